import { z } from "zod";

/**
 * The one schema for everything in content/. The domain types the rest of the
 * portal uses are inferred from it, so content and code cannot drift apart.
 */

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case English words joined by hyphens");

const isoDate = z.iso.date("must be a date written YYYY-MM-DD");

// YAML reads an unquoted 2026-11-28 as a Date; accept both spellings.
const contentDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  isoDate,
);

/** A text in both languages; a missing or empty translation is refused. */
export const bilingualSchema = z.object({
  zh: z.string().trim().min(1, "Chinese text is missing"),
  en: z.string().trim().min(1, "English translation is missing"),
});

export const qualifierSchema = z.enum(["exact", "more-than", "nearly", "at-least", "about"]);

/** "2024", "2019-2024", or "unknown" when the source does not say. */
export const periodSchema = z
  .string()
  .regex(/^(\d{4}|\d{4}-\d{4}|unknown)$/, 'must be a year ("2024"), a range ("2019-2024") or "unknown"')
  .refine((p) => !/^\d{4}-\d{4}$/.test(p) || Number(p.slice(0, 4)) < Number(p.slice(5)), {
    message: "a range must start before it ends",
  });

export const unitKindSchema = z.enum(["currency", "percent", "rank", "count", "duration"]);

export const unitSchema = z.object({
  kind: unitKindSchema,
  /** Written after the number in Chinese (元, 个, 人次). */
  zh: z.string().min(1),
  /** English singular and plural. */
  en: z.tuple([z.string().min(1), z.string().min(1)]),
});

export const unitsFileSchema = z.record(slug, unitSchema);

export const correctionSchema = z.object({
  date: contentDate,
  old: z.number(),
  new: z.number(),
  reason: z.string().trim().min(1, "a correction must say why"),
});

const figureCommon = {
  value: z.number().finite(),
  qualifier: qualifierSchema,
  period: periodSchema,
  /** The day a person last compared the figure with its source. */
  checked: contentDate,
  /** The day the figure entered the portal. */
  added: contentDate,
  corrections: z.array(correctionSchema).default([]),
};

/** A figure the source states, with the sentence that states it. */
export const statedFigureSchema = z.strictObject({
  ...figureCommon,
  /** The number as the source writes it (8.4万余次); must occur in quote. */
  written: z.string().trim().min(1),
  source: slug,
  /** The source sentence, verbatim. */
  quote: z.string().trim().min(1),
});

export const derivedOpSchema = z.enum(["sum", "percent", "divide"]);

/** A figure the portal computes from other indicators' figures of the same period. */
export const derivedFigureSchema = z.strictObject({
  ...figureCommon,
  derived: z.strictObject({
    op: derivedOpSchema,
    inputs: z.array(slug).min(2, "a derived figure needs at least two inputs"),
    decimals: z.number().int().min(0).max(6).default(0),
  }),
});

export const figureSchema = z.union([statedFigureSchema, derivedFigureSchema]);

export const indicatorSchema = z.strictObject({
  slug,
  name: bilingualSchema,
  description: bilingualSchema,
  unit: slug,
  headline: z.boolean().default(false),
  figures: z.array(figureSchema).min(1, "an indicator needs at least one figure"),
});

export const storySchema = z.strictObject({
  slug,
  speaker: bilingualSchema,
  context: bilingualSchema,
  /** The words as the source quotes them, without quotation marks. */
  quote: z.string().trim().min(1),
  translation: z.string().trim().min(1, "English translation is missing"),
  source: slug,
});

export const chartKindSchema = z.enum(["time-series", "breakdown", "flow", "comparison", "rate"]);

/** A chart names the indicators it draws; the numbers come from their stored figures. */
export const chartSchema = z.strictObject({
  slug,
  kind: chartKindSchema,
  title: bilingualSchema,
  indicators: z.array(slug).min(1, "a chart needs at least one indicator"),
  /** Short labels for the chart, by indicator slug; the indicator's name is used otherwise. */
  labels: z.record(slug, bilingualSchema).default({}),
  /** Show a compact version of this chart on the home page. */
  home: z.boolean().default(false),
  /** The bars cover different periods: each bar shows its period and the chart says so (lib/content/chart-periods.ts). */
  mixedPeriods: z.literal(true).optional(),
});

export const topicFileSchema = z.strictObject({
  slug,
  order: z.number().int(),
  name: bilingualSchema,
  description: bilingualSchema,
  /** A plain-language sentence for older readers. */
  summary: bilingualSchema,
  indicators: z.array(indicatorSchema).min(1),
  stories: z.array(storySchema).default([]),
  charts: z.array(chartSchema).default([]),
});

export const sourceFileSchema = z.strictObject({
  slug,
  title: bilingualSchema,
  authors: z.array(z.string().min(1)).min(1),
  publisher: z.string().min(1).nullable(),
  published: contentDate.nullable(),
  url: z.url().nullable(),
  /** File name of the full text, next to this file. */
  text: z.string().regex(/^[\w.-]+\.txt$/, "must name a .txt file beside this one"),
  retrieved: contentDate,
});

export const cityFileSchema = z.strictObject({
  slug,
  name: bilingualSchema,
  province: bilingualSchema,
  /** The city's topics; a topic file whose slug is not listed here is refused. */
  topics: z.array(slug).min(1),
  portal: z.strictObject({
    name: bilingualSchema,
    tagline: bilingualSchema,
    contact: z.string().min(3),
    licence: z.strictObject({ name: z.string().min(1), url: z.url() }),
  }),
});

export const redirectsFileSchema = z.array(z.strictObject({ from: slug, to: slug })).default([]);

export type Bilingual = z.infer<typeof bilingualSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type UnitKind = z.infer<typeof unitKindSchema>;
export type UnitDefinition = z.infer<typeof unitSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type StatedFigureInput = z.infer<typeof statedFigureSchema>;
export type DerivedFigureInput = z.infer<typeof derivedFigureSchema>;
export type FigureInput = z.infer<typeof figureSchema>;
export type IndicatorInput = z.infer<typeof indicatorSchema>;
export type StoryInput = z.infer<typeof storySchema>;
export type ChartKind = z.infer<typeof chartKindSchema>;
export type ChartInput = z.infer<typeof chartSchema>;
export type TopicInput = z.infer<typeof topicFileSchema>;
export type SourceInput = z.infer<typeof sourceFileSchema>;
export type CityInput = z.infer<typeof cityFileSchema>;
export type DerivedOp = z.infer<typeof derivedOpSchema>;
