import { z } from "zod";
import { bilingualSchema, chartKindSchema, qualifierSchema, unitSchema, type ChartKind, type UnitKind } from "../content/schema";

/**
 * The kinds of series the portal draws, as one zod schema. Series are built from
 * stored figures by `toSeries` (to-series.ts) and parsed here, so a chart that
 * mixes units or lacks an indicator never reaches a component.
 */


/** One drawn value: a stored figure of one indicator. */
export const seriesPointSchema = z.object({
  /** Unique within the series: the indicator slug, or slug/period in a time series. */
  key: z.string().min(1),
  indicatorSlug: z.string().min(1),
  /** The short label the chart shows. */
  label: bilingualSchema,
  /** In base units, exactly as stored. */
  value: z.number().finite(),
  qualifier: qualifierSchema,
  period: z.string().min(1),
  unit: unitSchema,
  /** The source's spelling, so formatting keeps its precision; null for derived figures. */
  written: z.string().nullable(),
  /** True when the portal computed the figure rather than the source stating it. */
  derived: z.boolean(),
});

/** A share computed by the portal (always derived): percent of a whole, one decimal. */
const shareSchema = z.number().min(0).max(100);

const base = {
  /** The chart's slug in content/. */
  chart: z.string().min(1),
  title: bilingualSchema,
};

const oneUnitKind = (points: { unit: { kind: UnitKind } }[]) => new Set(points.map((p) => p.unit.kind)).size <= 1;
const oneUnit = (points: { unit: { key: string } }[]) => new Set(points.map((p) => p.unit.key)).size <= 1;

/** A period a year axis can hold: one calendar year. */
export const isYear = (period: string) => /^\d{4}$/.test(period);

/** Values of one or more indicators over periods, oldest first. */
export const timeSeriesSchema = z
  .object({
    ...base,
    kind: z.literal("time-series"),
    /** Figures of single years: the points on the year axis. */
    points: z.array(seriesPointSchema.refine((p) => isYear(p.period), { message: "only a single year goes on a year axis" })).min(1),
    /** Figures for a range of years or an unstated year: listed beside the chart, never placed on the axis. */
    offAxis: z.array(seriesPointSchema).default([]),
  })
  .refine((s) => oneUnit([...s.points, ...s.offAxis]), { message: "a time series needs one unit" });

/** The parts of a total: one unit, at least two parts; the total and shares are derived. */
export const breakdownSchema = z
  .object({
    ...base,
    kind: z.literal("breakdown"),
    points: z.array(seriesPointSchema.extend({ share: shareSchema })).min(2, "a breakdown needs at least two parts"),
    /** Sum of the parts, computed by the portal. */
    total: z.number().finite(),
    /** "about" when a part is not exact. */
    totalQualifier: qualifierSchema,
  })
  .refine((s) => oneUnit(s.points), { message: "the parts of a breakdown must share one unit" });

/** Stages in order (calls → requests); outcomes of a stage name it as parent and carry their derived share of it. */
export const flowSchema = z
  .object({
    ...base,
    kind: z.literal("flow"),
    points: z
      .array(seriesPointSchema.extend({ parent: z.string().nullable(), shareOfParent: shareSchema.nullable() }))
      .min(2, "a flow needs at least two stages"),
  })
  .refine((s) => oneUnitKind(s.points) && s.points[0].unit.kind === "count", { message: "a flow counts one kind of thing" });

/** Amounts of different categories on one scale: one kind of unit (all money, or all counts). */
export const comparisonSchema = z
  .object({ ...base, kind: z.literal("comparison"), points: z.array(seriesPointSchema).min(2, "a comparison needs at least two categories") })
  .refine((s) => oneUnitKind(s.points), { message: "a comparison cannot mix kinds of unit" });

/** Percentages drawn against their full 0–100% scale. */
export const rateSchema = z
  .object({
    ...base,
    kind: z.literal("rate"),
    points: z.array(seriesPointSchema.refine((p) => p.unit.kind === "percent", { message: "a rate must be a percentage" })).min(1),
  })
  .refine((s) => s.points.every((p) => p.value >= 0 && p.value <= 100), { message: "a rate must lie between 0 and 100%" });

export const seriesSchema = z.discriminatedUnion("kind", [timeSeriesSchema, breakdownSchema, flowSchema, comparisonSchema, rateSchema]);

export type SeriesPoint = z.infer<typeof seriesPointSchema>;
export type TimeSeries = z.infer<typeof timeSeriesSchema>;
export type Breakdown = z.infer<typeof breakdownSchema>;
export type Flow = z.infer<typeof flowSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
export type Rate = z.infer<typeof rateSchema>;
export type Series = z.infer<typeof seriesSchema>;
export { chartKindSchema };

/**
 * Which units a chart of `kind` may combine; null when they fit, else the reason.
 * Shared by the content loader (refuses bad content at import) and toSeries.
 * Counts of different things (contacts, visits) may share a comparison or a flow,
 * since a bar per category carries its own unit; money never sits beside counts.
 */
export function chartUnitProblem(kind: ChartKind, units: { slug: string; unit: string; kind: UnitKind }[]): string | null {
  const kinds = [...new Set(units.map((u) => u.kind))];
  const keys = [...new Set(units.map((u) => u.unit))];
  const list = units.map((u) => `${u.slug} (${u.unit})`).join(", ");
  // A percentage-point figure is a change of a rate: drawn on an axis it would read as a rate itself.
  const points = units.filter((u) => u.kind === "percentage-point");
  if (points.length) return `percentage points are a change, never drawn as a level or a share: ${points.map((u) => `${u.slug} (${u.unit})`).join(", ")}`;
  if (kind === "rate") {
    const notPercent = units.filter((u) => u.kind !== "percent");
    return notPercent.length ? `a rate chart draws percentages only, not ${notPercent.map((u) => `${u.slug} (${u.unit})`).join(", ")}` : null;
  }
  if ((kind === "time-series" || kind === "breakdown") && keys.length > 1) return `a ${kind} chart needs one unit, but has ${list}`;
  if (kinds.length > 1) return `a ${kind} chart cannot mix units of different kinds (${kinds.join(" and ")}): ${list}`;
  if (kind === "flow" && kinds[0] !== "count") return `a flow chart draws counts, not ${kinds[0]}: ${list}`;
  if ((kind === "comparison" || kind === "breakdown") && kinds[0] !== "count" && kinds[0] !== "currency") {
    return `a ${kind} chart draws money or counts, not ${kinds[0]}: ${list}`;
  }
  return null;
}
