/**
 * Locating quotes in a source's text. The article's layout breaks lines (and
 * once inserts spaces) in the middle of sentences, so quotes are matched with
 * all white space removed; every other character must match exactly.
 */

export type TextSpan = { start: number; end: number };

export const stripWhitespace = (text: string) => text.replace(/\s+/g, "");

/** The source text without white space, and for each kept character its offset in the original. */
export function indexSourceText(text: string) {
  let stripped = "";
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) continue;
    stripped += text[i];
    offsets.push(i);
  }
  return { stripped, offsets };
}

export type IndexedText = ReturnType<typeof indexSourceText>;

/** Where `needle` stands in the original text (ignoring white space), searching from `from`; null when absent. */
export function findInSource(indexed: IndexedText, needle: string, from = 0): TextSpan | null {
  const target = stripWhitespace(needle);
  if (!target) return null;
  const fromStripped = indexed.offsets.findIndex((o) => o >= from);
  if (fromStripped < 0) return null;
  const at = indexed.stripped.indexOf(target, fromStripped);
  if (at < 0) return null;
  return { start: indexed.offsets[at], end: indexed.offsets[at + target.length - 1] + 1 };
}
