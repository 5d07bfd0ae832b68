/**
 * Splitting a report into paragraphs and sentences the way content/ quotes them:
 * white space removed (the layout breaks lines mid-sentence), a sentence ends at
 * 。!?; (full or half width), and direct speech loses its outer quotation marks
 * so each spoken sentence is quoted on its own.
 */

const TERMINATORS = new Set(["。", "!", "!", "?", "?", ";", ";"]);
const CLOSERS = new Set(["”", "’", "」", "』"]);
const OPENERS: Record<string, string> = { "“": "”", "「": "」" };
/** Punctuation that only running prose has; a line without any of it is a heading, caption or dateline. */
const PROSE_PUNCTUATION = /[,,。;;!!??]/;

export type Paragraph = {
  /** The paragraph without white space. */
  text: string;
  /** True for a line without prose punctuation: a title, heading, byline or dateline. */
  heading: boolean;
  sentences: string[];
};

/** A heading that numbers a section: 一、 (一) 1. 第一部分. */
export const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]+[))]|\d{1,2}[.、.]|第[一二三四五六七八九十]+[部章节])/;

/**
 * Line breaks separate paragraphs, except where the article's layout broke a
 * sentence across them: a line that does not end a sentence is joined with
 * the next one. A chunk without prose punctuation is a heading when it is part
 * of the title block, numbers a section, or stands next to another such line;
 * a lone one in the middle of the text is a sentence broken by the layout
 * (示例市持续丰富群众文化活 / 动形式载体,…).
 */
export function splitParagraphs(text: string): Paragraph[] {
  // Line by line: some texts leave a blank line between paragraphs, others only a line break.
  const chunks = text
    .split(/\n/)
    .map((c) => c.replace(/\s+/g, ""))
    .filter(Boolean);
  const bare = chunks.map((c) => !PROSE_PUNCTUATION.test(c));
  const firstProse = bare.indexOf(false);
  const isHeading = (i: number) =>
    bare[i] && (firstProse < 0 || i < firstProse || NUMBERED_HEADING.test(chunks[i]) || bare[i - 1] || bare[i + 1]);
  const paragraphs: Paragraph[] = [];
  let pending = "";
  chunks.forEach((chunk, i) => {
    if (!pending && isHeading(i)) {
      paragraphs.push({ text: chunk, heading: true, sentences: [chunk] });
      return;
    }
    const joined = pending + chunk;
    const last = joined.at(-1)!;
    // A colon ends a paragraph that introduces a list (现将具体情况公布如下:).
    if (TERMINATORS.has(last) || CLOSERS.has(last) || last === "…" || last === ":" || last === ":") {
      paragraphs.push({ text: joined, heading: false, sentences: splitSentences(joined) });
      pending = "";
    } else pending = joined;
  });
  if (pending) paragraphs.push({ text: pending, heading: false, sentences: splitSentences(pending) });
  return paragraphs;
}

/** Sentences of one paragraph (already without white space), each verbatim. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let current = "";
  let speechCloser: string | null = null;
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i];
    if (!current && ch in OPENERS && isSpeech(paragraph, i)) {
      speechCloser = OPENERS[ch];
      continue;
    }
    if (!current && speechCloser && ch === speechCloser) {
      speechCloser = null;
      continue;
    }
    current += ch;
    if (TERMINATORS.has(ch) && !TERMINATORS.has(paragraph[i + 1] ?? "")) {
      // A closing mark right after the terminator belongs to a quotation that is not speech.
      while (!speechCloser && CLOSERS.has(paragraph[i + 1] ?? "")) current += paragraph[++i];
      sentences.push(current);
      current = "";
    }
  }
  if (current) sentences.push(current);
  return sentences;
}

/** An opening mark starts direct speech when its closing mark comes right after a sentence's end. */
function isSpeech(text: string, at: number): boolean {
  const close = text.indexOf(OPENERS[text[at]], at + 1);
  return close > 0 && TERMINATORS.has(text[close - 1]);
}
