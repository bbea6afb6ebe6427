// The workspace's `libreoffice:` key, in a module of its own: validate and ingest (which convert .xls/.ods)
// read it without loading the document code (docx, handlebars, marked) that app/document.ts brings.
import type { ConfiguredLibreOffice } from "../machine/libreoffice.js";
import type { Workspace } from "../workspace/read.js";

/** The workspace's `libreoffice:` key, with the folder its relative path is read from. */
export function configuredLibreOffice(workspace: Workspace): ConfiguredLibreOffice | null {
  const path = workspace.config.libreoffice;
  return path === undefined ? null : { path, workspaceDir: workspace.dir };
}
