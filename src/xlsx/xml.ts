// Reading the XML of a package part. Why not a general XML parser (saxes, which exceljs uses): a sheet
// of 1,000 rows is some 10,000 tags, and saxes' character-by-character state machine and its objects per
// tag took a third of the time of validating a form. Spreadsheet parts are machine-written XML with no
// DTD, so a scanner that finds tags with indexOf and one sticky regular expression reads them several
// times faster. It checks what matters for a clerk's file (every tag well formed, no DOCTYPE, known
// entities) and is tested against saxes on generated documents (xml.test.ts). Tags are given by local
// name, so a writer's namespace prefix ("x:c" from some .NET libraries) reads as Excel's plain "c".

/** A tag's attributes, read only when asked for (most tags of a sheet need one or two of them). */
export interface Attributes {
  /** The value of the attribute with this local name ("r:id" and "id" both answer "id"). */
  get(name: string): string | undefined;
  /** All of them by qualified name. */
  all(): Record<string, string>;
}

export interface XmlHandlers {
  open(name: string, attributes: Attributes, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
  /**
   * Called after each start tag (and its close, when self-closing) with the piece and where the scanner
   * is in it: a handler may read on by itself from there (a fast path for the markup it knows) and return
   * where the scanner goes on. It must read whole markup only, keep `open` (the qualified names of the
   * elements open) as the scanner would, and give up (return the position of what it does not know) on
   * anything else, so that the scanner reads that part and finds any error it holds.
   */
  resume?(xml: string, at: number, open: string[]): number;
}

export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

export class XmlError extends Error {}

const START_TAG = /<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const END_TAG = /<\/([^\s>]+)\s*>/y;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}))?;?/g;
const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text with its character and entity references replaced; anything else after "&" is an error, as in XML. */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") === -1) return text;
  return text.replace(REFERENCE, (whole: string, named?: string, decimal?: string, hex?: string) => {
    if (!whole.endsWith(";") || whole.length === 2) throw new XmlError(`bad reference ${whole}`);
    if (named !== undefined) return NAMED[named]!;
    const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      throw new XmlError(`bad character reference ${whole}`);
    return String.fromCodePoint(code);
  });
}

/** A streaming scanner: feed it the part in pieces (write), then close. */
export class XmlScanner {
  private rest = "";
  private readonly open: string[] = [];
  private started = false;

  constructor(private readonly handlers: XmlHandlers) {}

  write(chunk: string): void {
    const xml = this.rest === "" ? chunk : this.rest + chunk;
    this.rest = xml.slice(this.scan(xml, false));
  }

  close(): void {
    if (this.rest !== "") this.scan(this.rest, true);
    this.rest = "";
    if (this.open.length > 0) throw new XmlError(`unclosed <${this.open[this.open.length - 1]!}>`);
    if (!this.started) throw new XmlError("no root element");
  }

  /** Reads the complete markup of `xml`; returns where the incomplete rest begins. */
  private scan(xml: string, final: boolean): number {
    const { handlers } = this;
    let at = 0;
    for (;;) {
      const lt = xml.indexOf("<", at);
      if (lt === -1) {
        if (final) {
          this.text(xml.slice(at), true);
          return xml.length;
        }
        // Text runs on into the next piece: give what is here now (all but a reference cut in two), so
        // that a long text is never searched again from its start with each piece.
        const amp = xml.lastIndexOf("&");
        const keep = amp >= at && xml.indexOf(";", amp) === -1 ? amp : xml.length;
        if (keep > at) this.text(xml.slice(at, keep), false);
        return keep;
      }
      if (lt > at) this.text(xml.slice(at, lt), false);
      const next = xml.charCodeAt(lt + 1);
      if (next === 47 /* / */) {
        END_TAG.lastIndex = lt;
        const match = END_TAG.exec(xml);
        if (match === null) return this.incomplete(xml, lt, final);
        const name = localName(match[1]!);
        const expected = this.open.pop();
        if (expected !== match[1]) throw new XmlError(`</${match[1]!}> closes <${expected ?? ""}>`);
        handlers.close?.(name);
        at = END_TAG.lastIndex;
      } else if (next === 33 /* ! */) {
        if (xml.startsWith("<!--", lt)) {
          const end = xml.indexOf("-->", lt + 4);
          if (end === -1) return this.incomplete(xml, lt, final);
          at = end + 3;
        } else if (xml.startsWith("<![CDATA[", lt)) {
          const end = xml.indexOf("]]>", lt + 9);
          if (end === -1) return this.incomplete(xml, lt, final);
          if (this.open.length === 0) throw new XmlError("CDATA outside the root element");
          if (end > lt + 9) handlers.text?.(xml.slice(lt + 9, end));
          at = end + 3;
        } else if (!final && xml.length - lt < 9) {
          return lt; // "<![CDA" cut by the end of the piece
        } else {
          // A DOCTYPE (entity expansion) has no place in a spreadsheet part.
          throw new XmlError("DOCTYPE or unknown markup");
        }
      } else if (next === 63 /* ? */) {
        const end = xml.indexOf("?>", lt + 2);
        if (end === -1) return this.incomplete(xml, lt, final);
        at = end + 2;
      } else {
        START_TAG.lastIndex = lt;
        const match = START_TAG.exec(xml);
        if (match === null) return this.incomplete(xml, lt, final);
        const qualified = match[1]!;
        if (this.started && this.open.length === 0) throw new XmlError("a second root element");
        this.started = true;
        const selfClosing = match[3] === "/";
        const name = localName(qualified);
        const source = match[2]!;
        if (source.indexOf("<") !== -1) throw new XmlError("< in an attribute value");
        handlers.open(name, new TagAttributes(source), selfClosing);
        if (selfClosing) handlers.close?.(name);
        else this.open.push(qualified);
        at = START_TAG.lastIndex;
        if (handlers.resume !== undefined) at = handlers.resume(xml, at, this.open);
      }
    }
  }

  /**
   * Markup at `lt` did not match: the rest of it may be in the next piece; at the end it is malformed.
   * A tag or comment longer than any a spreadsheet writes is refused rather than searched again and
   * again as the pieces come.
   */
  private incomplete(xml: string, lt: number, final: boolean): number {
    if (final) throw new XmlError(`malformed markup: ${xml.slice(lt, lt + 40)}`);
    if (xml.length - lt > MAX_MARKUP)
      throw new XmlError(`markup longer than ${MAX_MARKUP} characters: ${xml.slice(lt, lt + 40)}`);
    return lt;
  }

  private text(raw: string, last: boolean): void {
    if (this.open.length === 0) {
      if (raw.trim() !== "") throw new XmlError(last ? "text after the root element" : "text outside the root element");
      return;
    }
    const text = decodeEntities(raw); // decoded even when unused: a bad reference is a malformed part
    this.handlers.text?.(text);
  }
}

/** The longest tag, comment or CDATA section read across pieces (only parts over 16 MB come in pieces). */
const MAX_MARKUP = 4 * 1024 * 1024;

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/** Attributes over the tag's source text, which START_TAG has already found well formed. */
class TagAttributes implements Attributes {
  constructor(private readonly source: string) {}

  get(name: string): string | undefined {
    const s = this.source;
    for (let i = 0; i < s.length;) {
      if (isSpace(s.charCodeAt(i))) {
        i++;
        continue;
      }
      const nameStart = i;
      const equals = s.indexOf("=", i);
      let nameEnd = equals;
      while (isSpace(s.charCodeAt(nameEnd - 1))) nameEnd--;
      let quote = equals + 1;
      while (isSpace(s.charCodeAt(quote))) quote++;
      const end = s.indexOf(s.charCodeAt(quote) === 34 ? '"' : "'", quote + 1);
      // The local name matches: the whole name, or its part after a prefix's ":" — but a namespace
      // declaration (xmlns:r="…") is no attribute of the element.
      const length = nameEnd - nameStart;
      if (
        (length === name.length || (length > name.length && s.charCodeAt(nameEnd - name.length - 1) === 58)) &&
        s.startsWith(name, nameEnd - name.length) &&
        !s.startsWith("xmlns", nameStart)
      ) {
        return this.value(quote + 1, end);
      }
      i = end + 1;
    }
    return undefined;
  }

  all(): Record<string, string> {
    const attributes: Record<string, string> = {};
    const pattern = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
    for (let match = pattern.exec(this.source); match !== null; match = pattern.exec(this.source)) {
      const start = match.index + match[0].length - 1 - (match[2] ?? match[3]!).length;
      attributes[match[1]!] = this.value(start, start + (match[2] ?? match[3]!).length);
    }
    return attributes;
  }

  private value(start: number, end: number): string {
    const raw = this.source.slice(start, end);
    // Attribute values are normalised: tabs and line ends read as spaces (XML 1.0 §3.3.3).
    const spaced = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw;
    return decodeEntities(spaced);
  }
}

/** Scans a whole part. */
export function scanXml(xml: string, handlers: XmlHandlers): void {
  const scanner = new XmlScanner(handlers);
  scanner.write(xml);
  scanner.close();
}
