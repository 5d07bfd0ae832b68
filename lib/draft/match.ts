/**
 * Matching a drafted figure to an indicator already in content/, so that it
 * extends that indicator's series instead of starting a new one. Wording is
 * compared by shared character pairs, which suits Chinese without a word list.
 */

/** What the matcher needs to know about an indicator in content/. */
export type ExistingIndicator = {
  slug: string;
  unit: string;
  /** Chinese name and description. */
  wording: string;
  /** The topic file it lives in. */
  file: string;
  figures: { quote: string; written: string; period: string; source: string }[];
};

export type IndicatorMatch = {
  slug: string;
  file: string;
  /** same-figure: the content already has this sentence and number; series: a new figure for the indicator. */
  how: "same-figure" | "series";
  score: number;
  /** The matched indicator already has a figure for this period from another sentence. */
  periodTaken?: boolean;
};

const bigrams = (text: string) => {
  const clean = text.replace(/[^\p{Script=Han}A-Za-z]/gu, "");
  const set = new Set<string>();
  for (let i = 0; i + 1 < clean.length; i++) set.add(clean.slice(i, i + 2));
  return set;
};

/** How closely the words around a number describe an indicator: 0 (nothing shared) to 1. */
export function wordingScore(label: string, wording: string): number {
  const a = bigrams(label);
  const b = bigrams(wording);
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  // Half Dice, half how much of the indicator's wording the label covers.
  return (2 * shared) / (a.size + b.size) / 2 + shared / b.size / 2;
}

/** Below this, close-sounding rates (办结率 and 按时办结率, 0.58) are different indicators. */
export const SERIES_THRESHOLD = 0.6;

type Drafted = { quote: string; written: string; label: string; unit: string; newUnit: boolean; unitOptions: string[]; period: string; change?: string };

/** How much of an indicator's wording the whole sentence covers: 热线 may stand a clause before 接通率. */
function sentenceCoverage(quote: string, wording: string): number {
  const a = bigrams(quote);
  const b = bigrams(wording);
  if (!b.size) return 0;
  let shared = 0;
  for (const x of b) if (a.has(x)) shared++;
  return shared / b.size;
}

export function matchIndicator(figure: Drafted, indicators: ExistingIndicator[]): IndicatorMatch | null {
  if (figure.change) return null; // a change (增长12.5%) is never the level an indicator records
  const fits = indicators.filter((ind) => (figure.newUnit ? figure.unitOptions.includes(ind.unit) : ind.unit === figure.unit));
  // The clause around the number counts as much as the rest of the sentence.
  const scored = fits
    .map((ind) => ({ ind, score: (wordingScore(figure.label, ind.wording) + sentenceCoverage(figure.quote, ind.wording)) / 2 }))
    .sort((x, y) => y.score - x.score);
  const same = scored.find(({ ind }) => ind.figures.some((f) => f.quote === figure.quote && f.written === figure.written));
  if (same) return { slug: same.ind.slug, file: same.ind.file, how: "same-figure", score: round(same.score) };
  const best = scored[0];
  if (!best || best.score < SERIES_THRESHOLD) return null;
  const periodTaken = best.ind.figures.some((f) => f.period === figure.period);
  return { slug: best.ind.slug, file: best.ind.file, how: "series", score: round(best.score), ...(periodTaken ? { periodTaken } : {}) };
}

const round = (x: number) => Math.round(x * 100) / 100;
