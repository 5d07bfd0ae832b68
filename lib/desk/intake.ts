import mammoth from "mammoth";
import type { Content } from "../content/load";
import { findInSource, indexSourceText, stripWhitespace } from "../content/source-text";
import { draftFigures } from "../draft/draft";
import { existingIndicators } from "../draft/existing";
import type { CandidateEntry, Review, SourceMeta } from "./state";

/** Longer than any report a city publishes (the seed article is a few thousand characters); a paste beyond it is a mistake. */
export const MAX_TEXT_CHARS = 1_000_000;

/** Bad input the editor can fix: the message is shown as it is. */
export class IntakeError extends Error {
  constructor(message: string, readonly status = 400) {
    super(message);
    this.name = "IntakeError";
  }
}

/** A pasted or converted text, refused when it cannot be a report's text. */
export function checkText(text: string): string {
  const normalized = text.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
  if (!normalized.trim()) throw new IntakeError("The text is empty: paste the report's text or upload a .txt or .docx file.");
  if (normalized.length > MAX_TEXT_CHARS) {
    throw new IntakeError(`The text has ${normalized.length.toLocaleString("en")} characters, more than the ${MAX_TEXT_CHARS.toLocaleString("en")} a report can have: was the right file chosen?`, 413);
  }
  if (/[\u0000-\u0008\u000E-\u001F]/.test(normalized)) throw new IntakeError("The text contains control characters: it looks like a binary file, not a report's text.");
  return normalized;
}

/** The text of an uploaded file: UTF-8 .txt, or .docx converted by mammoth. */
export async function textOfFile(name: string, data: Buffer): Promise<string> {
  if (data.length === 0) throw new IntakeError(`${name} is empty.`);
  const lower = name.toLowerCase();
  if (lower.endsWith(".docx")) {
    // A .docx is a zip archive ("PK"); anything else (an old .doc, a renamed PDF) is refused before conversion.
    if (data[0] !== 0x50 || data[1] !== 0x4b) throw new IntakeError(`${name} is not a Word .docx file (save it from Word as .docx, or paste its text).`);
    try {
      const result = await mammoth.extractRawText({ buffer: data });
      // mammoth ends every paragraph with a blank line; quotes are matched without white space, so only tidy it.
      return checkText(result.value.replace(/\n{3,}/g, "\n\n").replace(/\s+$/, "\n"));
    } catch (e) {
      if (e instanceof IntakeError) throw e;
      throw new IntakeError(`${name} is not a Word .docx file that can be read: ${(e as Error).message.split("\n")[0]}`);
    }
  }
  if (!lower.endsWith(".txt")) throw new IntakeError(`${name}: upload a .txt or .docx file.`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    throw new IntakeError(`${name} is not UTF-8 text: it looks like a binary file (or save it as UTF-8).`);
  }
  return checkText(text);
}

/** A new review: the drafter's candidates for the text, each located in it for highlighting. */
export function startReview(content: Content, source: SourceMeta, referenceDate: string | null, rawText: string): Review {
  const text = checkText(rawText);
  if (content.sources.some((s) => s.slug === source.slug)) {
    throw new IntakeError(`A source named ${source.slug} is already in content/sources/: it has been imported. Choose another slug, or correct its figures instead.`, 409);
  }
  const stripped = stripWhitespace(text);
  const same = content.sources.find((s) => stripWhitespace(s.fullText) === stripped);
  if (same) throw new IntakeError(`This text is already imported as source ${same.slug}.`, 409);

  const draft = draftFigures(text, {
    sourceDate: referenceDate ?? source.published,
    units: Object.fromEntries(Object.entries(content.units).map(([k, u]) => [k, { kind: u.kind, zh: u.zh }])),
    indicators: existingIndicators(content),
  });
  const indexed = indexSourceText(text);
  const candidates: CandidateEntry[] = draft.candidates.map((c, i) => {
    const quoteSpan = findInSource(indexed, c.quote);
    const span = quoteSpan ? findInSource(indexed, c.written, quoteSpan.start) : null;
    return {
      id: `c${i + 1}`,
      written: c.written,
      quote: c.quote,
      label: c.label,
      periodWhy: c.periodWhy,
      ...(c.change ? { change: c.change } : {}),
      span,
      match: c.indicator ? { slug: c.indicator.slug, how: c.indicator.how, score: c.indicator.score } : null,
      figure: { value: c.value, unit: c.unit, qualifier: c.qualifier, period: c.period },
      decision: null,
      preferred: null,
      correction: null,
    };
  });
  return {
    version: 1,
    source,
    referenceDate: referenceDate ?? draft.sourceDate,
    text,
    candidates,
    leftOut: draft.leftOut.map((l) => ({ written: l.written, reason: l.reason, quote: l.quote })),
    amendments: [],
    withdrawals: [],
  };
}
