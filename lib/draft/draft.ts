import { matchIndicator, type ExistingIndicator, type IndicatorMatch } from "./match";
import { CONTINUATION, periodAt, type PeriodContext } from "./period";
import { scanSentence, type DraftQualifier, type ExclusionReason, type FoundFigure } from "./scan";
import { NUMBERED_HEADING, splitParagraphs } from "./sentences";
import { resolveUnit, type UnitsTable } from "./units";

/** One figure the text states, drafted for a person to check. */
export type Candidate = {
  /** As the source writes it (8.4万余次); a substring of quote. */
  written: string;
  /** In base units (yuan, square metres, counts). */
  value: number;
  /** A units.yaml key, or when newUnit the measure word a new unit is proposed for. */
  unit: string;
  newUnit: boolean;
  /** Existing units written with the same measure word. */
  unitOptions: string[];
  qualifier: DraftQualifier;
  /** "2024", "2019-2024" or "unknown". */
  period: string;
  /** What the period was read from. */
  periodWhy: string;
  /** The sentence, verbatim without white space, as content/ quotes it. */
  quote: string;
  /** The words around the number in its clause: a first Chinese name for the indicator. */
  label: string;
  change?: "increase" | "decrease";
  /** An indicator in content/ that this figure restates or extends. */
  indicator?: IndicatorMatch;
  paragraph: number;
};

/** A ratio of shares stated as one (三次产业结构为18.6:46.5:34.9): one structure, drafted apart from single figures. */
export type DraftStructure = { written: string; parts: number[]; quote: string; label: string; period: string; periodWhy: string; paragraph: number };

/** A number left out, with the reason. */
export type LeftOut = { written: string; reason: ExclusionReason; quote: string; paragraph: number };

export type Draft = {
  /** YYYY-MM-DD when the source's YAML or a dateline in the text gives it. */
  sourceDate: string | null;
  leadPeriod: string | null;
  candidates: Candidate[];
  /** Ratios of shares: each one structure of several parts, which content/ has no figure shape for yet. */
  structures: DraftStructure[];
  leftOut: LeftOut[];
};

export type DraftOptions = {
  /** The date in the source's YAML (published), which wins over a dateline in the text. */
  sourceDate?: string | null;
  units: UnitsTable;
  indicators: ExistingIndicator[];
};

/** Every number in a text: the figures it states, drafted, and the rest with the reason each is left out. */
export function draftFigures(text: string, options: DraftOptions): Draft {
  const paragraphs = splitParagraphs(text);
  const firstProse = paragraphs.findIndex((p) => !p.heading);
  const lead = paragraphs.slice(0, firstProse < 0 ? paragraphs.length : firstProse);
  const sourceDate = options.sourceDate ?? datelineDate(lead.map((p) => p.text));
  const sourceYear = sourceDate ? Number(sourceDate.slice(0, 4)) : null;
  const firstSentence = firstProse < 0 ? "" : paragraphs[firstProse].sentences[0];
  const leadPeriod = leadYear(lead.map((p) => p.text)) ?? openingYear(firstSentence, sourceYear);
  const ctx: PeriodContext = { sourceYear };

  const candidates: Candidate[] = [];
  const leftOut: LeftOut[] = [];
  const structures: DraftStructure[] = [];
  // A section heading with a year (一、2024年工作回顾) frames the paragraphs below it, more closely than the title.
  let frame = leadPeriod ? { period: leadPeriod, why: "from the text's title or opening" } : null;
  paragraphs.forEach((paragraph, p) => {
    const section = paragraph.heading && (NUMBERED_HEADING.test(paragraph.text) || (firstProse >= 0 && p > firstProse));
    const sectionYear = section ? leadYear([paragraph.text]) : null;
    if (sectionYear) frame = { period: sectionYear, why: `from the heading “${paragraph.text}”` };
    let previous: { period: string; why: string } | null = null;
    let previousSentence = "";
    for (const sentence of paragraph.sentences) {
      const scan = scanSentence(sentence);
      for (const x of scan.exclusions) leftOut.push({ written: x.written, reason: x.reason, quote: sentence, paragraph: p });
      // After a semicolon the sentence goes on; content quotes the clauses apart, the period carries over.
      const continues = CONTINUATION.test(sentence) || /[;;]$/.test(previousSentence);
      previousSentence = sentence;
      const inherited: { period: string; why: string } =
        previous && continues
          ? { period: previous.period, why: `${previous.why} (previous sentence, which this one continues)` }
          : (frame ?? { period: "unknown", why: "no year stated" });
      for (const s of scan.structures) {
        const { period, why } = periodAt(scan.times, s.start, ctx) ?? inherited;
        const label = sentence.slice(0, s.start).split(BOUNDARY).at(-1)!.replace(/(为|是|达到)$/, "");
        structures.push({ written: s.written, parts: s.parts, quote: sentence, label, period, periodWhy: why, paragraph: p });
      }
      for (const figure of scan.figures) {
        const { period, why } = periodAt(scan.times, figure.start, ctx) ?? inherited;
        const unit = resolveUnit(figure, options.units);
        const label = listLabelOf(sentence, figure, scan.figures) ?? labelOf(sentence, figure, scan.figures);
        const candidate: Candidate = {
          written: figure.written, value: figure.value, unit: unit.unit, newUnit: unit.newUnit, unitOptions: unit.options,
          qualifier: figure.qualifier, period, periodWhy: why, quote: sentence, label, paragraph: p,
          ...(figure.change ? { change: figure.change } : {}),
        };
        const match = matchIndicator(candidate, options.indicators);
        if (match) {
          candidate.indicator = match;
          const ind = options.indicators.find((i) => i.slug === match.slug)!;
          if (candidate.newUnit) Object.assign(candidate, { unit: ind.unit, newUnit: false });
        }
        candidates.push(candidate);
      }
      const end = periodAt(scan.times, sentence.length, ctx);
      previous = end ?? inherited;
    }
  });
  return { sourceDate, leadPeriod, candidates, structures, leftOut };
}

const BOUNDARY = /[,,;;、::。!!??]/;

/** The clause around a number, without the number and without other figures in the clause. */
export function labelOf(sentence: string, figure: FoundFigure, all: FoundFigure[]): string {
  let start = figure.start;
  while (start > 0 && !BOUNDARY.test(sentence[start - 1]) && !all.some((f) => f.end === start)) start--;
  let end = figure.end;
  while (end < sentence.length && !BOUNDARY.test(sentence[end]) && !all.some((f) => f.start === end)) end++;
  return (sentence.slice(start, figure.start) + sentence.slice(figure.end, end))
    .replace(/^(\d{4}年|累计|共|达)+/, "")
    .replace(/(达到|达|为)$/, "");
}

/**
 * 粮食种植面积、产量分别达321.06万亩、153.10万吨: a list of names before 分别 pairs with the list of
 * numbers after it, in order, so each figure gets its own name. Null when the clause is no such list.
 */
export function listLabelOf(sentence: string, figure: FoundFigure, all: FoundFigure[]): string | null {
  const at = sentence.lastIndexOf("分别", figure.start);
  if (at < 0) return null;
  let start = at;
  while (start > 0 && !/[,,;;。::]/.test(sentence[start - 1])) start--;
  const names = sentence
    .slice(start, at)
    .replace(/^(\d{4}年|全年|年末|累计|共)+/, "")
    .split(/、|和|及|与/)
    .filter(Boolean);
  if (names.length < 2) return null;
  const clauseEnd = sentence.slice(at).search(/[,,;;。]/);
  const listed = all.filter((f) => f.start > at && (clauseEnd < 0 || f.start < at + clauseEnd));
  const index = listed.indexOf(figure);
  return listed.length === names.length && index >= 0 ? names[index] : null;
}

/** A publication date in the lines above the first paragraph: 2025年1月15日 or 2025-01-15. */
function datelineDate(lines: string[]): string | null {
  for (const line of lines) {
    const m = /(\d{4})(?:年|[-/.])(\d{1,2})(?:月|[-/.])(\d{1,2})/.exec(line);
    if (m) return `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  }
  return null;
}

/**
 * A news lead that opens with its time frame (今年以来,… / 2024年,…) sets the period
 * of the whole text; a lead that opens otherwise (作为全国文明城市,…) sets none.
 */
function openingYear(sentence: string, sourceYear: number | null): string | null {
  const year = /^(\d{4})年(?:以来|来|上半年|下半年)?[,,]/.exec(sentence);
  if (year) return year[1];
  if (sourceYear && /^(?:今年以来|今年|上半年|下半年|\d{1,2}月(?:\d{1,2}日)?(?:上午|下午|晚)?)[,,]/.test(sentence)) return String(sourceYear);
  return null;
}

/** A single year (or range) a title states for the whole text: 2024年民生实事完成情况. */
function leadYear(lines: string[]): string | null {
  for (const line of lines) {
    if (/(\d{4})(?:年|[-/.])(\d{1,2})(?:月|[-/.])/.test(line)) continue; // a dateline, not the period
    const range = /(\d{4})[—–\-~至到]{1,2}(\d{4})年/.exec(line);
    if (range) return `${range[1]}-${range[2]}`;
    const year = /(\d{4})年/.exec(line);
    if (year) return year[1];
  }
  return null;
}
