// What the document commands (report, directive) take from the command line, and how a written
// document is shown.
import { basename, isAbsolute, join, relative, resolve } from "node:path";
import type { WrittenDocument } from "../app/document.js";
import { PACKAGE_ROOT } from "../package-root.js";
import type { Lang } from "../messages/index.js";
import { messages } from "../messages/index.js";
import type { Output } from "./output.js";
import type { Prompter } from "./prompter.js";

export interface DocumentCommandOptions {
  cwd: string;
  workspace?: string;
  period: string;
  number?: string;
  date?: string;
  draft: boolean;
  pdf: boolean;
  out?: string;
  force: boolean;
  interactive: boolean;
  lang: Lang;
  prompter?: Prompter;
  /** Told before the PDF conversion (a line on the terminal). */
  onPdf?: (() => void) | undefined;
}

export function printDocument(result: WrittenDocument, output: Output): void {
  if (output.settings.json) {
    output.json(result);
    return;
  }
  const m = messages(output.settings.lang).documents;
  // A built-in template is named, not shown as a path into where baocao is installed.
  const template = resolve(process.cwd(), result.template);
  const builtin = relative(join(PACKAGE_ROOT, "templates"), template);
  output.info(
    builtin !== "" && !builtin.startsWith("..") && !isAbsolute(builtin)
      ? m.builtinTemplate({ name: basename(template) })
      : m.template({ file: result.template }),
  );
  output.result(output.out.green(m.written({ file: result.docx })));
  if (result.pdf !== null) output.result(output.out.green(m.written({ file: result.pdf })));
  output.result(output.out.green(m.written({ file: result.record })));
}
