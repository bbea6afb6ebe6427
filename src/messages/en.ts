import type { TemplateProblemCode } from "../domain/template-problem.js";
import type { FindingCode } from "../domain/findings.js";
import { fsReasonEn } from "./fs-reason.js";
import { findingsEn } from "./findings-en.js";
import { asFinding } from "./vi.js";
import type { Messages } from "./vi.js";

type Params = Record<string, string | number>;
type Bound = { origin: string; limit: number; inclusive: boolean };
const list = (items: readonly string[]) => items.join(", ");

const skipReasonsEn: Record<string, string> = {
  hidden: "hidden file or folder",
  "lock-file": "a temporary lock file of Excel/LibreOffice (the original is open)",
  "annotated-copy": "an annotated copy made by baocao (--annotate)",
  "not-a-spreadsheet": "not an Excel spreadsheet",
};

export const en: Messages = {
  cli: {
    description:
      "baocao — compile the report on coordination against crime in the information and communications field, and issue its reports and letters in the Decree 30/2020/NĐ-CP layout",
    version: "show the version number",
    help: "show help",
    helpCommand: "show help for a command",
    workspace: "workspace folder (default: the nearest folder upward holding baocao.yaml)",
    json: "print the result as JSON (nothing else on stdout)",
    quiet: "print only errors and the main result",
    noColor: "do not use colours",
    noInput: "never ask questions; use defaults",
    lang: "language: vi (default) or en",
    choices: "choices",
    debug: "show technical details (stack traces) on errors",
    titles: {},
    usageErrors: {
      unknownOption: (p: Params) => `unknown option: ${p.detail}`,
      unknownCommand: (p: Params) => `unknown command: ${p.detail}`,
      missingArgument: (p: Params) => `missing argument: ${p.detail}`,
      missingOption: (p: Params) => `missing required option: ${p.detail}`,
      missingOptionValue: (p: Params) => `option needs a value: ${p.detail}`,
      invalidArgument: (p: Params) => `invalid value: ${p.detail}`,
      excessArguments: (p: Params) => `too many arguments: ${p.detail}`,
      other: (p: Params) => `${p.detail}`,
    },
    usageHint: "See `baocao --help`.",
    errorPrefix: "Error",
    warningPrefix: "Warning",
    internalError:
      "Internal error in baocao. Please file a bug report with the text below and the command you ran (run again with --debug for full details).",
  },
  commands: {
    init: {
      description: "create a new workspace (baocao.yaml and its folders)",
      dir: "folder to create (default: the current folder)",
      preset: (_p: Params) => "preset",
    },
    forms: {
      description: "write a blank Excel form for each reporting unit for a period",
      period: "the reporting period, e.g. 2023-H1",
      unit: "only for the unit with this code (repeatable)",
      out: "folder for the forms (default: forms/<period>/ in the workspace)",
    },
    validate: {
      description: "check received form files, cell by cell",
      files: ".xlsx files or folders (searched recursively)",
      period: "the period being compiled, e.g. 2023-H1 or \"6 tháng đầu năm 2023\"",
      annotate: "write to this folder copies with the problem cells highlighted and noted",
      maxIssues: "list at most N problems per file",
    },
    ingest: {
      description: "validate, then archive accepted forms in store/ and record them in the ledger",
      period: "the period being compiled, e.g. 2023-H1",
      received: "the day the files were received (dd/mm/yyyy), to tell late submissions; default: today",
      strict: "refuse files that have warnings too",
    },
    status: {
      description: "which units have submitted, were accepted or rejected, are missing or late",
      period: "the reporting period, e.g. 2023-H1",
    },
    aggregate: {
      description: "aggregate the units' figures (with the same-period comparison and the source of every figure); writes aggregate.json and tong-hop.xlsx",
      period: "the reporting period, e.g. 2023-H1",
      out: "output folder (default: out/<period>/)",
    },
    report: {
      description: "write the Department's report to the provincial committee (.docx, Decree 30), with appendices and a chart",
      period: "the reporting period, e.g. 2023-H1",
      number: "document number, e.g. 841",
      date: "date of issue, dd/mm/yyyy or yyyy-mm-dd",
      draft: "draft: leave the number and day blank for the records office",
      pdf: "also write a PDF (needs LibreOffice)",
      out: ".docx file to write (default: out/<period>/…)",
      force: "overwrite an existing file",
    },
    directive: {
      description: "write the provincial committee's directive letter after the Department's report (.docx, Decree 30)",
      reportNumber: "number of the Department's report being answered, e.g. 841",
      reportDate: "date of that report, e.g. 03/07/2023",
    },
    letters: {
      description: "write the same letter to many recipients: report requests, reminders, validation feedback, or your own Word template",
      template: "letter template: de-nghi-bao-cao, don-doc, ket-qua-kiem-tra, a template in the workspace's templates/, or a .docx file",
      to: "recipients: units (the units of baocao.yaml, default) or an .xlsx/.csv file with a header row",
      kind: "only units of this kind",
      group: "only units whose group contains this text (accent- and case-insensitive)",
      unit: "only the units with these codes",
      missing: "only units without an accepted submission for the period (missing or rejected); needs --period",
      rejected: "only units whose submission was rejected; needs --period",
      where: "only recipients whose field equals the value, as field=value (repeatable)",
      period: "reporting period, e.g. 2023-H1",
      out: "folder for the letters (default: out/<period>/thu/<template>/)",
      combine: "one .docx with every letter, each starting on a new page",
      numberFrom: "number of the first letter; the next letters take the following numbers",
      date: "date of issue, dd/mm/yyyy (default: today)",
      draft: "draft: number and day left blank for the records office",
      dryRun: "only list the letters that would be made and the missing fields; write nothing",
      force: "overwrite existing files",
    },
    doctor: {
      description: "check the workspace (baocao.yaml) and the machine (Node, LibreOffice, fonts)",
    },
  },
  init: {
    askPreset: "Choose a preset",
    askProvince: "Province or city",
    askPlace: "Place name used on the date line of documents",
    askIssuerName: (p: Params) => `Full name of the issuing body "${p.id}"`,
    askSignerName: (p: Params) => `Full name of the signer (${p.title})`,
    askSignerTitle: (p: Params) => `Signer's title (now ${p.title})`,
    created: (p: Params) => `Created workspace ${p.dir} from preset ${p.preset}.`,
    files: "Files created:",
    next: (p: Params) => `Next: review ${p.file}, then run \`baocao -w ${p.dir} doctor\`.`,
    defaultPreset: (p: Params) => `No --preset given: using preset ${p.preset}.`,
  },
  forms: {
    done: (p: Params) => `Wrote ${p.count} forms for ${p.label} in ${p.dir}.`,
  },
  validate: {
    summary: (p: Params) =>
      `Checked ${p.files} files: ${p.accepted} accepted, ${p.rejected} rejected, ${p.unreadable} unreadable — ${p.errors} errors, ${p.warnings} warnings.`,
    byCode: "By kind of problem:",
    status: { accepted: "accepted", rejected: "rejected", unreadable: "unreadable" },
    counts: (p: Params) => `${p.errors} errors, ${p.warnings} warnings`,
    omitted: (p: Params) => `… and ${p.count} more (cut by --max-issues)`,
    error: "Error",
    warning: "Warning",
    row: (p: Params) => `row ${p.row}`,
    annotated: (p: Params) => `Annotated copy: ${p.file}`,
    noFiles: "No spreadsheet files to check.",
    skipped: (p: Params) => `Skipped ${p.count} files in the folders, not read:`,
    skipReasons: skipReasonsEn,
  },
  ingest: {
    outcomes: {
      archived: "archived, now current",
      "already-current": "already current, nothing changed",
      "duplicate-of-archived": "an older, superseded copy; ignored",
      "already-recorded": "already recorded (rejected)",
      rejected: "rejected (errors)",
      "refused-warnings": "refused (--strict, warnings)",
      unreadable: "unreadable",
      "wrong-period": "wrong period",
      "no-unit": "no unit identified",
    },
    supersedes: "(replaces the earlier file)",
    summary: (p: Params) => `Period ${p.period}: ${p.files} files — ${p.detail}.`,
    torn: (p: Params) => `Warning: the last ledger line (${p.line}) was half-written (a crash?) and was ignored.`,
    skipped: (p: Params) => `Skipped ${p.count} files in the folders, not read:`,
    skipReasons: skipReasonsEn,
  },
  status: {
    title: (p: Params) => `Submissions for ${p.label} (due ${p.deadline}):`,
    states: { accepted: "accepted", "accepted-with-warnings": "accepted (warnings)", rejected: "rejected", missing: "missing" },
    late: "late",
    laterRejected: "a later file was rejected",
    unexpected: "(not in the list)",
    findings: (p: Params) => `${p.errors} errors, ${p.warnings} warnings`,
    totals: (p: Params) => `Total: ${p.expected} units — ${p.accepted} accepted, ${p.rejected} rejected, ${p.missing} missing, ${p.late} late.`,
  },
  aggregate: {
    title: (p: Params) => `Aggregate of ${p.label}: ${p.submitted}/${p.expected} units with an accepted submission.`,
    missing: (p: Params) => `No figures yet from: ${p.units}.`,
    incidents: (p: Params) => `Incidents: ${p.count}, damage ${p.damage} đồng, fines ${p.fines} đồng.`,
    previousDisagree: (p: Params) => `Warning: the same-period figure of ${p.indicator} in the forms differs from the stored one (${p.units}); the stored one is used.`,
    previousIncomplete: (p: Params) => `Warning: ${p.indicator} is not compared with the same period: no figure for last year from ${p.units}.`,
    unitNotInConfig: (p: Params) => `Warning: left out submissions of units no longer in baocao.yaml: ${p.units}.`,
    written: (p: Params) => `Wrote ${p.json} and ${p.workbook}.`,
  },
  documents: {
    askNumber: "Document number",
    askDate: "Date of issue (dd/mm/yyyy)",
    askReportNumber: "Number of the Department's report",
    askReportDate: "Date of the report (dd/mm/yyyy)",
    template: (p: Params) => `Template: ${p.file}`,
    written: (p: Params) => `Wrote ${p.file}.`,
    aggregateRecomputed: {
      damaged: (p: Params) => `Note: ${p.file} is damaged (unreadable, perhaps half-written): recomputing the aggregate from the store.`,
      shape: (p: Params) => `Note: ${p.file} does not have the structure this version of baocao writes: recomputing the aggregate from the store.`,
      period: (p: Params) => `Note: ${p.file} holds another period's figures: recomputing the aggregate from the store.`,
      config: (p: Params) => `Note: the configuration (baocao.yaml, chi-tieu.yaml …) changed after ${p.file} was made: recomputing the aggregate from the store.`,
      ledger: (p: Params) => `Note: the store received files after ${p.file} was made: recomputing the aggregate from the store.`,
    },
    incidentListCapped: (p: Params) =>
      `Appendix III lists ${p.listed} of ${p.total} incidents (limit report.incidentListLimit in baocao.yaml) and totals by unit and by behaviour; the full list is in the "${p.sheet}" sheet of ${p.file}.`,
  },
  letters: {
    none: "No recipient matches: no letter was made.",
    dryRunTitle: (p: Params) => `Dry run (nothing written): would make ${p.ok}/${p.total} letters in ${p.dir}.`,
    number: (p: Params) => `number ${p.number}`,
    failed: (p: Params) => `Letter ${p.index} (${p.recipient}): ${p.error}`,
    written: (p: Params) => `Made ${p.count} letters in ${p.dir}.`,
    combined: (p: Params) => `Combined ${p.count} letters into ${p.file}.`,
    failedTotal: (p: Params) => `${p.failed}/${p.total} letters could not be made (see the errors above).`,
    manifest: (p: Params) => `Manifest: ${p.file}`,
    progress: "Writing letters",
  },
  doctor: {
    workspaceTitle: "Workspace",
    machineTitle: "Machine",
    path: "Path",
    organisation: "Province",
    units: "Reporting units",
    unitsByKind: (p: Params) => `${p.total} (${p.detail})`,
    kinds: { agency: "agencies", district: "local governments", enterprise: "enterprises" },
    areas: "Areas",
    indicators: "Indicators",
    indicatorsDetail: (p: Params) => `${p.total} in ${p.groups} groups`,
    rules: "Consistency rules",
    issuers: "Issuing bodies",
    periodRule: "Periods",
    periodRules: {
      "decree-09": "Decree 09/2019 cut-off (15th of the previous period to the 14th)",
      calendar: "calendar periods (first to last day)",
    },
    example: (p: Params) => `e.g. ${p.label}: ${p.from} – ${p.to}, due ${p.deadline}`,
    deadline: (p: Params) => `${p.days} ${p.working === "true" ? "working " : ""}days after the cut-off`,
    node: "Node.js",
    nodeOk: (p: Params) => `${p.version}`,
    nodeOld: (p: Params) => `${p.version} — Node 20 or later is required`,
    libreoffice: "LibreOffice (PDF export)",
    libreofficeMissing:
      "not found — needed only for PDF export; install with `apt-get install libreoffice-writer-nogui`",
    font: "Times New Roman font",
    fontFound: (p: Params) => `${p.name}`,
    fontMetric: (p: Params) => `${p.name} (metric-compatible with Times New Roman)`,
    fontMissing: "neither Times New Roman nor Liberation Serif found — PDF line breaks may differ; install `fonts-liberation2`",
    fontUnknown: "could not check (fc-list missing)",
    ok: "The workspace is valid.",
  },
  config: {
    invalid: (p: Params) => `Configuration ${p.file} is invalid (${p.count} problems):`,
    location: (p: Params) => (p.line ? `${p.file}:${p.line}` : `${p.file}`),
    unknownKey: "key not allowed (a typo?)",
    required: "missing, required",
    oneOf: (p: { values: readonly string[] }) => `must be one of ${list(p.values)}`,
    expected: (p: Params) => `must be ${p.type}`,
    types: {
      string: "a text",
      number: "a number",
      boolean: "true or false",
      array: "a list",
      object: "a mapping of keys",
      record: "a mapping of keys",
    } as Record<string, string>,
    // Our own words where the yaml library's would be technical; its text otherwise.
    yamlSyntax: (p: Params) => `YAML syntax error: ${yamlFaultsEn[p.code as string] ?? p.detail}`,
    duplicate: (p: Params) => `code "${p.value}" is duplicated (first at ${p.first})`,
    unknownReference: (p: Params) => `"${p.value}" is not in ${p.where}`,
    authority: 'must start with TM., KT., Q., TL. or TUQ. (e.g. "KT. CHỦ TỊCH")',
    code: "only unaccented capital letters, digits, '-' or '_'",
    isoDate: "must be a date written YYYY-MM-DD",
    issuerId: "an issuer id has only unaccented lower-case letters, digits or '-' (e.g. sotttt)",
    abbreviation: "only letters, digits or '&', no spaces (e.g. STTTT)",
    email: "must be an e-mail address, e.g. vanthu@hungyen.gov.vn",
    wholeNumber: "must be a whole number",
    tooSmall: (p: Bound) =>
      p.origin === "string"
        ? p.limit <= 1
          ? "must not be empty"
          : `must have at least ${p.limit} characters`
        : p.origin === "array"
          ? p.limit <= 1
            ? "must have at least one item"
            : `must have at least ${p.limit} items`
          : p.inclusive
            ? `must not be less than ${p.limit}`
            : `must be greater than ${p.limit}`,
    tooBig: (p: Bound) =>
      p.origin === "string"
        ? `too long, at most ${p.limit} characters`
        : p.origin === "array"
          ? `too many, at most ${p.limit} items`
          : p.inclusive
            ? `must not be greater than ${p.limit}`
            : `must be less than ${p.limit}`,
    invalidValue: "not a valid value",
    duplicateTopKey: (p: Params) => `key "${p.key}" is already in ${p.first}`,
    includePath: "an included file must be inside the workspace (no absolute path, no '..')",
    includeMissing: (p: Params) => `cannot read included file ${p.file}`,
    notMapping: "the file must be a YAML mapping (key: value)",
    version: (p: Params) => `configuration version ${p.value} is not supported (only 1)`,
  },
  errors: {
    "workspace/not-found": (p: Params) =>
      `No baocao.yaml in ${p.dir} or any parent folder. Create one with \`baocao init\` or point to it with -w <dir>.`,
    "workspace/not-a-dir": (p: Params) => `${p.dir} is a file; -w takes the folder that holds baocao.yaml.`,
    "workspace/dir-missing": (p: Params) => `Workspace folder ${p.dir} does not exist.`,
    "workspace/unreadable": (p: Params) => `Cannot read ${p.file}: ${fsReasonEn(p.code)}`,
    "init/exists": (p: Params) => `${p.file} already exists: baocao never overwrites a workspace. Choose another folder.`,
    "init/unknown-preset": (p: Params) => `No preset "${p.preset}". Presets: ${p.names}.`,
    "init/not-dir": (p: Params) => `${p.dir} is not a folder.`,
    "init/cancelled": () => "Cancelled; nothing was created.",
    "input/not-found": (p: Params) => `${p.path} not found.`,
    "period/invalid-option": (p: Params) =>
      `Period "${p.value}" is not valid. Examples: 2023-H1, 2023-H2, 2023, 2023-Q3, 2023-07, "6 tháng đầu năm 2023".`,
    "annotate/inside-input": (p: Params) => `Not writing copies to ${p.dir}: it would overwrite the received file ${p.file}.`,
    "unit/unknown-option": (p: Params) => `No unit with code "${p.code}". Codes: ${p.codes}.`,
    "store/locked": (p: Params) => `The store is in use by another command (${p.file}, process ${p.pid}). Wait for it to finish and run again.`,
    "store/ledger-corrupt": (p: Params) => `Ledger ${p.file} is damaged at line ${p.line} (${ledgerProblemsEn[p.problem as string] ?? p.problem}). Do not edit it by hand; back it up and tell the administrator.`,
    "store/changed-since-validation": (p: Params) => `File ${p.file} changed while it was being checked. Run the command again.`,
    "received/invalid-option": (p: Params) => `Received date "${p.value}" is not valid; write dd/mm/yyyy, e.g. 16/06/2023.`,
    "aggregate/no-submissions": (p: Params) =>
      `No accepted submission for ${p.period} yet. ${
        p.held ? `The store only holds figures for: ${p.held}.` : "The store holds no accepted submission yet."
      } Run \`baocao ingest <folder> --period ${p.period}\` first, or check --period.`,
    "document/missing-metadata": (p: Params) => `Missing ${p.missing}. Give these options, or use --draft to leave the number and day blank.`,
    "document/bad-number": (p: Params) => `Document number "${p.value}" is not valid: digits only, e.g. 841.`,
    "document/exists": (p: Params) => `${p.file} already exists (it may have been edited in Word). Use --out for another file, or --force to overwrite.`,
    "document/no-issuer": (p: Params) => `${p.file}: no issuing body (documents.${p.kind}.issuer in baocao.yaml).`,
    "document/no-signer": (p: Params) => `${p.file}: issuer ${p.issuer} has no signer "${p.signer}".`,
    "date/invalid-option": (p: Params) => `${p.option} "${p.value}" is not a date; write dd/mm/yyyy, e.g. 03/07/2023.`,
    "pdf/no-libreoffice": (p: Params) => `Wrote ${p.file} but could not make a PDF: LibreOffice is not installed (apt-get install libreoffice-writer-nogui).`,
    "pdf/failed": (p: Params) => `LibreOffice could not convert ${p.file} to PDF: ${p.detail}`,
    "template/error": (p: Params) =>
      `Error in document template ${p.location}: ${p.helper ? `helper "${p.helper}": ` : ""}${
        p.section === "front-matter" ? "front matter: " : ""
      }${templateProblemsEn()[p.problem as TemplateProblemCode]?.(p) ?? p.problem}`,
    "template/bad-name": (p: Params) => `Template name "${p.name}" is not valid (lower-case letters, digits, "-").`,
    "template/not-found": (p: Params) => `No template "${p.name}" (searched: ${p.searched}).`,
    "template/unreadable": (p: Params) => `Cannot read template ${p.file}: ${fsReasonEn(p.code)}`,
    "template/front-matter": (p: Params) => `Template ${p.file}: front matter "${p.path}" is not valid: ${p.detailEn}`,
    "letters/needs-period": (p: Params) => `${p.option} needs a reporting period: add --period, e.g. --period 2023-H1.`,
    "letters/number-and-draft": () => "Use either --number-from (document numbers) or --draft (numbers left blank), not both.",
    "letters/no-number": () => "Missing --number-from (the first letter's number). Or use --draft to leave numbers and day blank for the records office.",
    "letters/combine-word": () => "--combine works with .hbs templates only; a Word template gives one file per recipient.",
    "letters/exists": (p: Params) =>
      `${p.file} already exists (${p.count} files would be overwritten). Nothing was written. Use --out for another folder, or --force to overwrite.`,
    "letters/csv-encoding": (p: Params) => `${p.file} is not UTF-8 text. In Excel, save it again as "CSV UTF-8 (Comma delimited)".`,
    "letters/csv-invalid": (p: Params) => `Cannot read ${p.file} as CSV: ${p.detail}`,
    "letters/xlsx-invalid": (p: Params) => `Cannot open ${p.file} as an .xlsx workbook: ${p.detail}`,
    "letters/xlsx-refused": (p: Params) => `Not opening ${p.file}: ${findingsEn[p.finding as FindingCode].message(asFinding(p))}`,
    "letters/no-header": (p: Params) => `${p.file} has no header row (field names) on its first sheet.`,
    "letters/bad-recipients-file": (p: Params) => `The recipient list ${p.file} must be an .xlsx or .csv file (or write --to units).`,
    "letters/bad-where": (p: Params) => `--where "${p.value}" is not valid: write field=value, e.g. --where province="Hưng Yên".`,
    "letters/unknown-field": (p: Params) => `--where: there is no field "${p.field}". Fields: ${p.fields}.`,
    "letters/word-template": (p: Params) => `Cannot use the Word template ${p.file}: ${p.detail}`,
    "letters/word-template-too-large": (p: Params) =>
      `Not opening the Word template ${p.file}: once unpacked it would exceed the safety limit (500 MB, or a part compressed abnormally). This is not an ordinary Word document; open the template in Word and save it again.`,
    "letters/write-failed": (p: Params) => `Cannot write ${p.file}: ${fsReasonEn(p.code)}. Stopped; the letters already written are still in the folder.`,
    "letters/missing-fields": (p: Params) => `missing field ${p.fields}`,
    "letters/no-name": () => "the recipient has no name (column ten, name or Tên đơn vị)",
    "letters/unexpected": (p: Params) => `unexpected error while making the letter: ${p.detail}`,
    "store/archive-missing": (p: Params) => `The archived copy ${p.archive} of ${p.unit} (received as ${p.file}) is missing. Ingest that file again.`,
    "output/unwritable": (p: Params) => {
      const reasons: Record<string, string> = {
        EISDIR: "it is a folder; give a file name",
        ENOTDIR: "part of the path is a file, not a folder",
        EEXIST: "part of the path is a file, not a folder",
        EACCES: "permission denied",
        EPERM: "permission denied",
        EROFS: "read-only disk",
        ENOSPC: "disk full",
        ENAMETOOLONG: "name too long",
      };
      return `Cannot write ${p.file}: ${reasons[String(p.code)] ?? p.code}. Choose another file or folder.`;
    },
    "forms/would-overwrite": (p: Params) => `These files exist and are not the blank form (perhaps filled in by a unit): ${p.files}. Use --out to write elsewhere, or --force to overwrite.`,
    "input/no-files": (p: Params) => (p.skipped ? `No .xlsx file to process (skipped: ${p.skipped}).` : "No .xlsx file to process."),
    "lang/unknown": (p: Params) => `Language "${p.lang}" is not supported; use vi or en.`,
  },
  templateProblems: templateProblemsEn(),
};

const yamlFaultsEn: Record<string, string> = {
  BAD_INDENT: "wrong indentation (keys of the same level must line up)",
  TAB_AS_INDENT: "indented with Tab; use spaces",
  MISSING_CHAR: "a closing ], }, \" or ' is missing",
  DUPLICATE_KEY: "a key is written twice",
  MULTILINE_IMPLICIT_KEY: "a key runs over several lines (a missing ':' or wrong indentation)",
  BLOCK_AS_IMPLICIT_KEY: "a missing ':' after a key, or wrong indentation",
  BAD_SCALAR_START: "a value starts with a special character; put it in double quotes",
  MULTIPLE_DOCS: "a file holds one YAML document only (remove the second '---' line)",
  RESOURCE_EXHAUSTION: "too many nested aliases (*)",
};

const ledgerProblemsEn: Record<string, string> = {
  json: "the line cannot be read",
  version: "an unsupported ledger version",
  schema: "the line lacks or has wrong fields",
};

/** A value a helper was given, as describeValue (src/documents/template/escape.ts) names it. */
const gotEn = (got: string | number | undefined): string =>
  got === "<undefined>" ? "nothing (undefined)" : got === "<list>" ? "a list" : got === "<object>" ? "an object" : `${got}`;

/** Handlebars' token names (its parser's), as the template author wrote them. */
const tokensEn: Record<string, string> = {
  CLOSE: '"}}"',
  CLOSE_UNESCAPED: '"}}}"',
  OPEN: '"{{"',
  OPEN_BLOCK: '"{{#"',
  OPEN_ENDBLOCK: '"{{/"',
  OPEN_INVERSE: '"{{^"',
  INVERSE: '"{{else}}"',
  OPEN_SEXPR: '"("',
  CLOSE_SEXPR: '")"',
  EQUALS: '"="',
  INVALID: "an invalid character",
};

function templateProblemsEn(): Record<TemplateProblemCode, (p: Params) => string> {
  return {
    "front-matter-unclosed": () => 'the front matter opened by "---" is not closed by a "---" line',
    "front-matter-not-mapping": () => "the front matter must be a YAML mapping (key: value lines)",
    "front-matter-yaml": (p) => `front matter is not valid YAML: ${yamlFaultsEn[p.yamlCode as string] ?? p.reason}`,
    "reserved-characters": () => "the front matter contains the reserved characters U+E000/U+E001",
    "reserved-field": (p) => `"${p.name}" cannot be used as a field name`,
    partials: () => "partials ({{> name}}) are not supported",
    decorators: () => "decorators ({{* name}}) are not supported",
    "unexpected-end": (p) => `unexpected end of template (a {{/…}} missing?) near "${p.near}"`,
    "unexpected-token": (p) => `unexpected ${tokensEn[p.token as string] ?? p.token} near "${p.near}"`,
    syntax: (p) => `syntax error near "${p.near}"`,
    "block-mismatch": (p) => `{{#${p.open}}} is closed by {{/${p.close}}}; close it with {{/${p.open}}}`,
    "block-argument": (p) => `{{#${p.block}}} needs exactly one argument, e.g. {{#${p.block} field}}`,
    handlebars: (p) => `Handlebars error: "${p.reason}"`,
    "not-defined": (p) => `"${p.field}" is not defined`,
    "unknown-helper": (p) => `unknown helper "${p.name}"`,
    "helper-arity": (p) => {
      const min = Number(p.min);
      const max = Number(p.max);
      const expected = min === max ? `${min}` : max < 0 ? `at least ${min}` : `${min} to ${max}`;
      const hint = Number(p.count) === 0 ? ` (to print a field called "${p.name}", write {{this.${p.name}}})` : "";
      return `expects ${expected} argument${min === 1 && max === 1 ? "" : "s"}, got ${p.count}${hint}`;
    },
    "argument-not-defined": (p) => `argument ${p.n} is not defined`,
    "unknown-option": (p) => `unknown option "${p.option}" (options: ${p.known || "none"})`,
    "option-not-defined": (p) => `option "${p.option}" is not defined`,
    "helper-failed": (p) => `${p.reason}`,
    "print-list": () => 'a list cannot be printed as text; use {{join list ", "}} or {{#each}}',
    "print-object": () => "an object cannot be printed as text; print one of its fields or use a helper",
    "print-function": () => "a function cannot be printed as text",
    "print-number": (p) => `cannot print ${p.value}`,
    "expected-number": (p) => `expected a number, got ${gotEn(p.got)}`,
    "expected-text": (p) => `expected text, got ${gotEn(p.got)}`,
    "expected-list": (p) => `expected a list, got ${gotEn(p.got)}`,
    "expected-date": (p) => `expected a date ("2023-07-03" or { year, month, day }), got ${gotEn(p.got)}`,
    "expected-period": (p) => `expected a period such as "2023-H1", got ${gotEn(p.got)}`,
    "expected-whole-number": (p) => `${p.option} must be a whole number, got ${gotEn(p.got)}`,
    "expected-boolean": (p) => `${p.option} must be true or false, got ${gotEn(p.got)}`,
    "money-scale": (p) => `scale must be "dong" or "million", got ${gotEn(p.got)}`,
    "draft-date": () => "a draft date needs a year and a month",
    "columns-twice": () => "give the columns either as arguments or as columns=…, not both",
    "columns-not-list": (p) => `columns must be a list, got ${gotEn(p.got)}`,
    "no-columns": () => 'no columns: write them as "key:Header" or pass columns=…',
    "column-spec": (p) => `column ${p.n}: expected "key:Header" or { key, header }, got ${gotEn(p.got)}`,
    "indicators-not-list": (p) => `expected the list of indicators, got ${gotEn(p.got)}`,
    "indicator-row": (p) => `indicator ${p.n}: ${p.path ? `${p.path} ` : ""}${p.reason}`,
    "rows-not-list": (p) => `expected a list of rows, got ${gotEn(p.got)}`,
    "row-missing-field": (p) => `row ${p.row} has no field "${p.key}"`,
    "chart-yaml": (p) => `chart: not valid YAML: ${p.reason}`,
    "chart-shape": (p) => `chart: ${p.path ? `${p.path}: ` : ""}${p.reason} (expected title, categories, series: [{ name, values }])`,
    "chart-no-series": () => "chart: a chart needs at least one series",
    "chart-lengths": (p) => `chart: series "${p.series}" has ${p.values} values for ${p.categories} categories`,
    "chart-not-number": (p) => `chart: series "${p.series}" has a value that is not a number`,
  };
}
