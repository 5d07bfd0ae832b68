import type { ChartInput } from "../content/schema";
import { computeDerived, roundTo } from "../content/derive";
import { latestFigure, type Figure, type Indicator } from "../domain/types";
import { chartUnitProblem, isYear, seriesSchema, type SeriesPoint, type Series } from "./series";

/** The figure a bar chart draws for an indicator: the spec's pinned period, or the latest. */
function drawnFigure(spec: ChartInput, indicator: Indicator): Figure {
  if (!spec.period) return latestFigure(indicator);
  const figure = indicator.figures.find((f) => f.period === spec.period);
  if (!figure) throw new ChartSeriesError(spec.slug, `${indicator.slug} has no figure for the pinned period ${spec.period}`);
  return figure;
}

/** A chart that cannot be drawn from its figures; the message names the chart and what to fix in content/. */
export class ChartSeriesError extends Error {
  constructor(chart: string, problem: string) {
    super(`chart ${chart}: ${problem}`);
    this.name = "ChartSeriesError";
  }
}

/** Shares are derived numbers: rounded to one decimal, as the portal's derived percentages are. */
const percentOf = (part: number, whole: number) => (whole === 0 ? 0 : roundTo((part / whole) * 100, 1));

const byValueDescending = <P extends { value: number }>(points: P[]) => [...points].sort((a, b) => b.value - a.value);

function toPoint(spec: ChartInput, indicator: Indicator, figure: Figure, key: string): SeriesPoint {
  return {
    key,
    indicatorSlug: indicator.slug,
    label: spec.labels[indicator.slug] ?? indicator.name,
    value: figure.value,
    qualifier: figure.qualifier,
    period: figure.period,
    unit: indicator.unit,
    written: figure.stated?.written ?? null,
    derived: figure.derived !== null,
  };
}

/**
 * Index of the first of the trailing stages that are outcomes of the stage before
 * them (answered directly + referred = requests accepted): at least two, in that
 * stage's unit, together no more than it. -1 when the flow has no such split.
 */
export function findOutcomeSplit(stages: { value: number; unit: { key: string } }[]): number {
  for (let start = 1; start <= stages.length - 2; start++) {
    const parent = stages[start - 1];
    const outcomes = stages.slice(start);
    const sum = outcomes.reduce((total, s) => total + s.value, 0);
    if (outcomes.every((s) => s.unit.key === parent.unit.key) && sum <= parent.value) return start;
  }
  return -1;
}

/**
 * Turns a chart's spec and the indicators it names into the series it draws.
 * Pure: the numbers come only from the indicators' stored figures, so a figure
 * added for another year extends a time series with no code change.
 * Throws ChartSeriesError for a missing indicator or a unit mix.
 */
export function toSeries(spec: ChartInput, indicators: Indicator[]): Series {
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  const missing = spec.indicators.filter((slug) => !bySlug.has(slug));
  if (missing.length) throw new ChartSeriesError(spec.slug, `indicator(s) not found: ${missing.join(", ")}`);
  const named = spec.indicators.map((slug) => bySlug.get(slug)!);

  const unitProblem = chartUnitProblem(
    spec.kind,
    named.map((i) => ({ slug: i.slug, unit: i.unit.key, kind: i.unit.kind })),
  );
  if (unitProblem) throw new ChartSeriesError(spec.slug, unitProblem);

  const base = { chart: spec.slug, title: spec.title };
  const latest = named.map((i) => toPoint(spec, i, drawnFigure(spec, i), i.slug));

  let series: unknown;
  switch (spec.kind) {
    case "time-series": {
      // A year axis holds single years; a range (2019-2024) or "unknown" would read as a year there,
      // so those figures go beside the chart. The mapper already orders figures oldest first.
      const all = named.flatMap((i) => i.figures.map((f) => toPoint(spec, i, f, `${i.slug}/${f.period}`)));
      const points = all.filter((p) => isYear(p.period));
      if (!points.length) throw new ChartSeriesError(spec.slug, "a time series needs at least one figure for a single year");
      series = { ...base, kind: "time-series", points, offAxis: all.filter((p) => !isYear(p.period)) };
      break;
    }
    case "breakdown": {
      const { value: total, qualifier: totalQualifier } = computeDerived("sum", latest, 0);
      series = { ...base, kind: "breakdown", total, totalQualifier, points: byValueDescending(latest).map((p) => ({ ...p, share: percentOf(p.value, total) })) };
      break;
    }
    case "flow": {
      const split = findOutcomeSplit(latest);
      const points = latest.map((p, i) => {
        const parent = split !== -1 && i >= split ? latest[split - 1] : null;
        return { ...p, parent: parent?.key ?? null, shareOfParent: parent ? percentOf(p.value, parent.value) : null };
      });
      series = { ...base, kind: "flow", points };
      break;
    }
    case "comparison":
      series = { ...base, kind: "comparison", points: byValueDescending(latest) };
      break;
    case "rate":
      series = { ...base, kind: "rate", points: latest };
      break;
  }

  const parsed = seriesSchema.safeParse(series);
  if (!parsed.success) {
    throw new ChartSeriesError(spec.slug, parsed.error.issues.map((i) => i.message).join("; "));
  }
  return parsed.data;
}

/** The largest value a chart's scale must hold; a rate's scale is always 0–100%. */
export function scaleMax(series: Series): number {
  if (series.kind === "rate") return 100;
  if (series.kind === "time-series" && series.points[0].unit.kind === "percent") return 100;
  if (series.kind === "breakdown") return 100;
  return Math.max(...series.points.map((p) => p.value), 0);
}

/** Distinct periods of a series, in order of appearance. */
export const seriesPeriods = (series: Series) => [...new Set(series.points.map((p) => p.period))];
