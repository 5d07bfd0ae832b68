import type { Bilingual, Unit } from "../domain/types";
import type { Series } from "./series";

/**
 * Colours and labels of one chart, in one place (the shadcn/ui chart-config idea):
 * components read them from here and never pick a colour themselves.
 * The palette is Okabe–Ito, limited to the hues that keep 3:1 contrast on white,
 * so bars stay visible to readers with any common colour-vision deficiency;
 * every bar is also labelled in text, so colour never carries meaning alone.
 */
export const PALETTE = {
  blue: "#0072B2",
  vermillion: "#D55E00",
  green: "#009E73",
  purple: "#A8558A",
  /** The empty part of a 0–100% track. */
  track: "#E8E2DC",
} as const;

const CATEGORY_COLOURS = [PALETTE.blue, PALETTE.vermillion, PALETTE.green, PALETTE.purple];

export type ChartConfig = Record<string, { label: Bilingual; colour: string }>;

/**
 * One colour per role: categories on one scale (comparison, rate, time series) share
 * one colour, since position and text already tell them apart; parts of a whole and
 * the outcomes of a flow get distinct colours, because they are read against each other.
 */
export function chartConfig(series: Series): ChartConfig {
  const indicators = [...new Set(series.points.map((p) => p.indicatorSlug))];
  const entries = series.points.map((p, i) => {
    let colour: string = PALETTE.blue;
    // Several indicators over time are lines told apart by colour (and by the legend's text).
    if (series.kind === "time-series") colour = CATEGORY_COLOURS[indicators.indexOf(p.indicatorSlug) % CATEGORY_COLOURS.length];
    if (series.kind === "breakdown") colour = CATEGORY_COLOURS[i % CATEGORY_COLOURS.length];
    if (series.kind === "flow") {
      const point = series.points[i];
      const outcomeIndex = series.points.filter((q) => q.parent !== null).indexOf(point);
      if (outcomeIndex >= 0) colour = CATEGORY_COLOURS[(outcomeIndex + 1) % CATEGORY_COLOURS.length];
    }
    return [p.key, { label: p.label, colour }] as const;
  });
  const offAxis = series.kind === "time-series" ? series.offAxis.map((p) => [p.key, { label: p.label, colour: PALETTE.blue }] as const) : [];
  return Object.fromEntries([...entries, ...offAxis]);
}

/** A colour per indicator of a chart over periods: the legend's entries and the lines' colours. */
export function seriesColours(series: Series, config: ChartConfig): { key: string; label: Bilingual; colour: string }[] {
  const first = new Map<string, (typeof series.points)[number]>();
  for (const p of series.points) if (!first.has(p.indicatorSlug)) first.set(p.indicatorSlug, p);
  return [...first.values()].map((p) => ({ key: p.indicatorSlug, label: p.label, colour: config[p.key].colour }));
}

/** The unit of the portal's computed shares (a share of a total, of a stage). */
export const SHARE_UNIT: Unit = { key: "percent", kind: "percent", zh: "%", en: { singular: "%", plural: "%" } };
