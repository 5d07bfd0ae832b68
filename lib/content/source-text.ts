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

/** The sentences of a source's text (line breaks removed), with their offsets, for search and the source page's anchors. */
export function splitSentences(text: string): { start: number; sentence: string }[] {
  const out: { start: number; sentence: string }[] = [];
  const re = /[^。！？；\n]+(?:[\n\s]*[^。！？；\n]+)*?[。！？；]/g;
  for (const m of text.matchAll(re)) {
    const sentence = stripWhitespace(m[0]);
    if (sentence.length > 1) out.push({ start: m.index, sentence });
  }
  return out;
}

/** The longest line read as a photo caption: captions are a phrase or one sentence. */
const CAPTION_MAX = 40;

/**
 * Photo captions in a source's text: a short line set apart by two or more empty lines before it,
 * as the article's layout prints a photo's caption (and unlike its paragraphs and subheadings, which
 * one empty line separates). A caption may stand in the middle of a sentence that the photo
 * interrupted; the page shows it where it is printed, marked as a caption.
 */
export function captionSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const lines = text.split("\n");
  let offset = 0;
  let blankBefore = 2; // the start of the text counts as set apart
  for (const line of lines) {
    const content = line.trim();
    if (!content) blankBefore++;
    else {
      if (blankBefore >= 2 && [...content].length <= CAPTION_MAX) {
        const start = offset + line.indexOf(content);
        spans.push({ start, end: start + content.length });
      }
      blankBefore = 0;
    }
    offset += line.length + 1;
  }
  return spans;
}
