// Whether a text is well-formed XML 1.0, by saxes (a conforming parser): the first error, or null.
import { SaxesParser } from "saxes";

export function xmlError(xml: string): string | null {
  const parser = new SaxesParser({ xmlns: false });
  let error: string | null = null;
  parser.on("error", (e) => {
    error ??= e.message;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= (e as Error).message;
  }
  return error;
}
