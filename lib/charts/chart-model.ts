import type { Locale } from "../domain/types";
import { formatPeriod, formatValue } from "../format";
import { localizedPath } from "../i18n/paths";
import { chartConfig, seriesColours, SHARE_UNIT } from "./config";
import { isYear, seriesSchema, type Series, type SeriesPoint } from "./series";
import { ChartSeriesError, scaleMax } from "./to-series";

/**
 * The one place a typed series becomes what the Recharts wrapper draws (the "state layer"
 * of the chart page). Pure and serialisable: every text is formatted here with lib/format.ts,
 * so the client bundle carries no formatting code and shows exactly what the server chart shows.
 */

/** One drawn value, with every text its tooltip and the chart page show. */
export type ChartMark = {
  key: string;
  indicatorSlug: string;
  label: string;
  /** The stored value, in base units. */
  value: number;
  /** Where the mark ends on the scale: the value, or a breakdown part's share of 100%. */
  length: number;
  valueText: string;
  /** A derived share, when the chart computes one: in full for the tooltip ("about 82.7% of the total"), short beside the bar. */
  note: string | null;
  shortNote: string | null;
  periodText: string;
  /** "stated in source" or "derived by the portal". */
  originText: string;
  derived: boolean;
  /** The figure's page. */
  href: string;
  colour: string;
};

/** A legend entry: one indicator over periods, or the single series of a bar chart. */
export type ChartModelSeries = { key: string; label: string; colour: string };

/** One category (bar charts) or one year (charts over periods); a null mark is a gap, never a zero. */
export type ChartModelRow = { id: string; axisLabel: string; marks: Record<string, ChartMark | null> };

export type ChartModel = {
  chart: string;
  /** Horizontal bars, one per category; or a chart over years, drawn as columns or a line. */
  form: "bars" | "periods";
  series: ChartModelSeries[];
  rows: ChartModelRow[];
  scale: { max: number; percent: boolean; track: boolean };
  /** Figures for a range of years or an unstated year: listed beside a chart over periods, never on its axis. */
  offAxis: ChartMark[];
  /** Years inside the axis with no figure for any series. */
  gaps: string[];
  /** Pixel height of the drawing, shared by the server chart that stands in until Recharts mounts. */
  height: number;
  /** The bars cover different periods: each bar's label carries its period. */
  showPeriods: boolean;
};

/** The single series key of a bar chart. */
export const BAR_SERIES = "value";

/** Per-row height of a bar chart: up to two label lines (name, value) above a 16 px bar. */
export const BAR_ROW_HEIGHT = 72;
/** Room above the first row's labels. */
export const BAR_TOP = 16;
export const PERIODS_HEIGHT = 240;

export type ChartModelText = { stated: string; derived: string; shareOfTotal: (share: string) => string };

/**
 * Series → model. Throws ChartSeriesError for a series that fails the series schema (a mixed unit,
 * a range on a year axis) and for a flow, which has no fitting Recharts form and stays server-drawn;
 * the SVG and PNG files, which draw plain bars, pass `flowAsBars` to draw a flow's stages as bars.
 */
export function toChartModel(
  input: Series,
  locale: Locale,
  text: ChartModelText,
  /** `origin`: make figure links absolute, for embeds in other sites' pages. */
  options: { flowAsBars?: boolean; origin?: string } = {},
): ChartModel {
  const parsed = seriesSchema.safeParse(input);
  const chart = typeof (input as { chart?: unknown })?.chart === "string" ? (input as { chart: string }).chart : "(unnamed)";
  if (!parsed.success) throw new ChartSeriesError(chart, parsed.error.issues.map((i) => i.message).join("; "));
  const series = parsed.data;
  if (series.kind === "flow" && !options.flowAsBars) throw new ChartSeriesError(chart, "a flow has no Recharts form; it stays server-drawn");
  const config = chartConfig(series);

  const mark = (p: SeriesPoint, length: number, share: number | null): ChartMark => ({
    key: p.key,
    indicatorSlug: p.indicatorSlug,
    label: config[p.key].label[locale],
    value: p.value,
    length,
    valueText: formatValue(p.value, p.unit, p.qualifier, locale, p.written),
    note: share === null ? null : text.shareOfTotal(formatValue(share, SHARE_UNIT, "about", locale)),
    shortNote: share === null ? null : `${formatValue(share, SHARE_UNIT, "about", locale)}*`,
    periodText: formatPeriod(p.period, locale),
    originText: p.derived ? text.derived : text.stated,
    derived: p.derived,
    href: `${options.origin ?? ""}${localizedPath(locale, `/indicators/${p.indicatorSlug}`)}`,
    colour: config[p.key].colour,
  });
  const percent = series.points[0].unit.kind === "percent" || series.kind === "breakdown";

  if (series.kind !== "time-series") {
    const rows = series.points.map((p) => {
      const share = "share" in p ? (p.share as number) : null;
      const bar = mark(p, share ?? p.value, share);
      // A flow's outcome (drawn as a bar only in the SVG and PNG files) shows its share of the stage above.
      if ("shareOfParent" in p && p.shareOfParent !== null) bar.shortNote = `${formatValue(p.shareOfParent as number, SHARE_UNIT, "about", locale)}*`;
      return { id: p.key, axisLabel: config[p.key].label[locale], marks: { [BAR_SERIES]: bar } };
    });
    return {
      chart,
      form: "bars",
      series: [{ key: BAR_SERIES, label: series.title[locale], colour: config[series.points[0].key].colour }],
      rows,
      scale: { max: scaleMax(series), percent, track: series.kind === "rate" },
      offAxis: [],
      gaps: [],
      height: rows.length * BAR_ROW_HEIGHT + BAR_TOP,
      showPeriods: new Set(series.points.map((p) => p.period)).size > 1,
    };
  }

  const legend = seriesColours(series, config).map((s) => ({ key: s.key, label: s.label[locale], colour: s.colour }));
  const years = series.points.map((p) => Number(p.period));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const rows: ChartModelRow[] = [];
  // Every year from the first to the last figure is on the axis, so a missing year shows as a gap.
  for (let year = first; year <= last; year++) {
    const period = String(year);
    const marks = Object.fromEntries(
      legend.map((s) => {
        const p = series.points.find((q) => q.indicatorSlug === s.key && q.period === period);
        return [s.key, p ? mark(p, p.value, null) : null];
      }),
    );
    rows.push({ id: period, axisLabel: formatPeriod(period, locale), marks });
  }
  return {
    chart,
    form: "periods",
    series: legend,
    rows,
    scale: { max: scaleMax(series), percent, track: false },
    offAxis: series.offAxis.filter((p) => !isYear(p.period)).map((p) => mark(p, p.value, null)),
    gaps: rows.filter((r) => Object.values(r.marks).every((m) => m === null)).map((r) => r.axisLabel),
    height: PERIODS_HEIGHT,
    showPeriods: false,
  };
}

/** The text beside a bar: its value, its derived share, and its period when the bars' periods differ. */
export const barValueText = (m: ChartMark, showPeriod: boolean) =>
  [m.valueText, m.shortNote, showPeriod ? m.periodText : null].filter(Boolean).join(" · ");

/** Every mark of a model, in drawing order. */
export const modelMarks = (model: ChartModel) =>
  model.rows.flatMap((r) => model.series.flatMap((s) => (r.marks[s.key] ? [r.marks[s.key]!] : [])));
