// The machine: where LibreOffice was found (doctor), how to install it on this operating system, and the
// errors of a LibreOffice path given in BAOCAO_SOFFICE or baocao.yaml.
import type { Params } from "./params.js";

const DOWNLOAD = "https://www.libreoffice.org/download/";

export const machineVi = {
  /** How LibreOffice was found (machine/libreoffice.ts LibreOfficeSource). */
  sources: {
    env: "theo biến môi trường BAOCAO_SOFFICE",
    config: "theo khóa libreoffice trong baocao.yaml",
    path: "trong PATH",
    standard: "ở nơi cài đặt mặc định",
  } as Record<string, string>,
  /** Where a path was given, as the subject of a sentence. */
  givenIn: {
    env: "Biến môi trường BAOCAO_SOFFICE",
    config: "Khóa libreoffice trong baocao.yaml",
  } as Record<string, string>,
  found: (p: Params) => `${p.version ? `${p.version} — ` : ""}${p.command} (${p.source})`,
  missing: "không có — chỉ cần khi xuất PDF",
  givenMissing: (p: Params) =>
    `${p.where} ghi ${p.path}, nhưng ở đó không có soffice: sửa lại đường dẫn (tệp soffice hoặc thư mục cài LibreOffice), hoặc bỏ đi để baocao tự tìm.`,
  doesNotRun: (p: Params) => `${p.command} không chạy được (soffice --version báo lỗi): cài lại LibreOffice.`,
  /** How to install LibreOffice, for the machine's operating system. */
  install: (p: Params): string => {
    switch (p.platform) {
      case "win32":
        return `Cài LibreOffice: tải bộ cài tại ${DOWNLOAD} rồi chạy, hoặc gõ \`winget install TheDocumentFoundation.LibreOffice\`. Đã cài ở thư mục khác: ghi đường dẫn soffice.exe vào khóa \`libreoffice:\` của baocao.yaml.`;
      case "darwin":
        return `Cài LibreOffice: tải tệp .dmg tại ${DOWNLOAD}, hoặc gõ \`brew install --cask libreoffice\`.`;
      case "linux":
        return "Cài LibreOffice: `sudo apt-get install libreoffice-writer-nogui` (Debian, Ubuntu), hoặc gói libreoffice của bản phân phối.";
      default:
        return `Cài LibreOffice: ${DOWNLOAD}.`;
    }
  },
};

export const machineEn: typeof machineVi = {
  sources: {
    env: "from the BAOCAO_SOFFICE environment variable",
    config: "from the libreoffice key of baocao.yaml",
    path: "on the PATH",
    standard: "in the standard install place",
  },
  givenIn: {
    env: "The BAOCAO_SOFFICE environment variable",
    config: "The libreoffice key of baocao.yaml",
  },
  found: (p: Params) => `${p.version ? `${p.version} — ` : ""}${p.command} (${p.source})`,
  missing: "not found — needed only for PDF export",
  givenMissing: (p: Params) =>
    `${p.where} says ${p.path}, but there is no soffice there: correct the path (the soffice program or the LibreOffice install folder), or remove it to let baocao look by itself.`,
  doesNotRun: (p: Params) => `${p.command} does not run (soffice --version fails): reinstall LibreOffice.`,
  install: (p: Params): string => {
    switch (p.platform) {
      case "win32":
        return `Install LibreOffice: download the installer from ${DOWNLOAD} and run it, or type \`winget install TheDocumentFoundation.LibreOffice\`. Installed elsewhere: put the path of soffice.exe in the \`libreoffice:\` key of baocao.yaml.`;
      case "darwin":
        return `Install LibreOffice: download the .dmg from ${DOWNLOAD}, or type \`brew install --cask libreoffice\`.`;
      case "linux":
        return "Install LibreOffice: `sudo apt-get install libreoffice-writer-nogui` (Debian, Ubuntu), or your distribution's libreoffice package.";
      default:
        return `Install LibreOffice: ${DOWNLOAD}.`;
    }
  },
};

export const machineErrorsVi = {
  "pdf/no-libreoffice": (p: Params) =>
    `Đã ghi ${p.file} nhưng không xuất được PDF: máy chưa có LibreOffice. ${machineVi.install(p)}`,
  "pdf/libreoffice-missing": (p: Params) =>
    `Đã ghi ${p.file} nhưng không xuất được PDF. ${machineVi.givenMissing({ ...p, where: machineVi.givenIn[p.source as string] ?? String(p.source) })}`,
};

export const machineErrorsEn: typeof machineErrorsVi = {
  "pdf/no-libreoffice": (p: Params) =>
    `Wrote ${p.file} but could not make a PDF: LibreOffice is not installed. ${machineEn.install(p)}`,
  "pdf/libreoffice-missing": (p: Params) =>
    `Wrote ${p.file} but could not make a PDF. ${machineEn.givenMissing({ ...p, where: machineEn.givenIn[p.source as string] ?? String(p.source) })}`,
};
