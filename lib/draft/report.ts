import type { Candidate, Draft } from "./draft";
import type { ExclusionReason } from "./scan";

/** What each exclusion reason means, for the report. */
export const REASONS: Record<ExclusionReason, string> = {
  date: "a date or year",
  time: "a time of day",
  "time-span": "a time span (近3年)",
  "list-marker": "a list marker",
  ordinal: "an ordinal in a name (第三届)",
  name: "part of a name (12345热线, 1+9+X, 5G, 三次产业, 十大产业)",
  title: "inside a title 《…》",
  slogan: "a slogan in Chinese numerals (“五小活动”)",
  article: "一 meaning “a” (一位)",
  "set-phrase": "a set phrase (百场, 万家)",
  "no-measure-word": "no measure word after it",
  approximate: "an approximate word without a number (几十名, 数百)",
  range: "a range (3至5年): the portal stores one value per figure",
  "phone-number": "a telephone number",
  "document-number": "a document number (〔2024〕12号)",
};

export type DraftCounts = { found: number; drafted: number; inContent: number; series: number; fresh: number; leftOut: number };

export function countDraft(draft: Draft): DraftCounts {
  const inContent = draft.candidates.filter((c) => c.indicator?.how === "same-figure").length;
  const series = draft.candidates.filter((c) => c.indicator?.how === "series").length;
  return {
    found: draft.candidates.length + draft.leftOut.length,
    drafted: draft.candidates.length,
    inContent,
    series,
    fresh: draft.candidates.length - inContent - series,
    leftOut: draft.leftOut.length,
  };
}

const short = (quote: string, width = 36) => (quote.length > width ? `${quote.slice(0, width)}…` : quote);

function line(c: Candidate): string {
  const unit = c.newUnit ? `new unit ${c.unit}` : c.unit;
  const qualifier = c.qualifier === "exact" ? "" : ` ${c.qualifier}`;
  const change = c.change ? ` ${c.change}` : "";
  return `  ${c.written} = ${c.value} ${unit}${qualifier}${change}, ${c.period}  ${short(c.quote)}`;
}

/** The plain-text report the command prints. */
export function formatReport(draft: Draft, written: string[]): string {
  const n = countDraft(draft);
  const out: string[] = [];
  out.push(`numbers found: ${n.found}`);
  out.push(`drafted as figures: ${n.drafted} (already in content/: ${n.inContent}, extending an existing indicator: ${n.series}, new: ${n.fresh})`);
  out.push(`left out: ${n.leftOut}`);
  out.push(`source date: ${draft.sourceDate ?? "unknown"}; period of the whole text: ${draft.leadPeriod ?? "none stated"}`);
  const section = (title: string, list: Candidate[], extra: (c: Candidate) => string = () => "") => {
    if (!list.length) return;
    out.push("", `${title} (${list.length}):`);
    for (const c of list) out.push(line(c) + extra(c));
  };
  section("new figures", draft.candidates.filter((c) => !c.indicator));
  section("extending an existing indicator", draft.candidates.filter((c) => c.indicator?.how === "series"), (c) =>
    `\n    → ${c.indicator!.slug} (${c.indicator!.file})${c.indicator!.periodTaken ? `, which already has ${c.period}` : ""}`);
  section("already in content/ (not drafted again)", draft.candidates.filter((c) => c.indicator?.how === "same-figure"), (c) =>
    `\n    = ${c.indicator!.slug}`);
  if (draft.structures.length) {
    out.push("", `structures of shares, one figure each, not drafted as separate figures (${draft.structures.length}):`);
    for (const s of draft.structures) out.push(`  ${s.written} = ${s.label}: ${s.parts.join(" / ")}, ${s.period}  ${short(s.quote)}`);
  }
  if (draft.leftOut.length) {
    out.push("", `left out (${draft.leftOut.length}):`);
    for (const x of draft.leftOut) out.push(`  ${x.written}: ${REASONS[x.reason]}  ${short(x.quote)}`);
  }
  out.push("");
  out.push(written.length ? `draft written:\n${written.map((f) => `  ${f}`).join("\n")}` : "nothing new to draft");
  return out.join("\n");
}

/** The candidates for other tools: one object per figure, with at least written, value, unit, qualifier, period and quote. */
export function candidatesJson(draft: Draft) {
  return draft.candidates.map((c) => ({
    written: c.written,
    value: c.value,
    unit: c.unit,
    newUnit: c.newUnit,
    qualifier: c.qualifier,
    period: c.period,
    quote: c.quote,
    label: c.label,
    ...(c.change ? { change: c.change } : {}),
    indicator: c.indicator ? { slug: c.indicator.slug, how: c.indicator.how } : null,
  }));
}
