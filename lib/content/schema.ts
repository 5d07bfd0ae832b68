import { z } from "zod";
import { parsePeriod } from "../domain/period";
import { SLUG_PATTERN } from "../domain/slug";
import { SOURCE_TYPES } from "../domain/source-types";
import { QUALIFIERS } from "../numbers/read";

/**
 * The one schema for everything in content/. The domain types the rest of the
 * portal uses are inferred from it, so content and code cannot drift apart.
 */

const slug = z
  .string()
  .regex(SLUG_PATTERN, "must be lower-case English words joined by hyphens");

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

/**
 * How the written number relates to the true one (the words of each: lib/numbers/read.ts): exact; about
 * (约, 左右, 大约; a derived figure that was rounded); nearly (近, 将近, 接近); more-than (余, 多, 超, 超过, 逾, 突破);
 * at-least (以上, 不低于, 不少于); less-than (不足, 不到, 少于, 低于); at-most (以内, 以下, 不超过).
 */
export const qualifierSchema = z.enum(QUALIFIERS, { error: `must be one of ${QUALIFIERS.join(", ")}` });

/** What a figure states: omitted for a level (常住人口13.22万人); a change against an earlier period (比上年增长5.5%) says which way. */
export const changeSchema = z.enum(["increase", "decrease"], { error: "must be increase or decrease (omit it for a level)" });

/** "2024", "2019-2024", or "unknown" when the source does not say. */
export const periodSchema = z
  .string()
  .refine((p) => parsePeriod(p) !== null, 'must be a year ("2024"), a range ("2019-2024") or "unknown"')
  .refine((p) => parsePeriod(p)?.kind !== "range" || periodRangeIsOrdered(p), { message: "a range must start before it ends" });

function periodRangeIsOrdered(p: string) {
  const parsed = parsePeriod(p);
  return parsed?.kind === "range" && parsed.start < parsed.end;
}

/** per-mille (‰) and percentage-point (个百分点) are units of their own, never percent. */
export const unitKindSchema = z.enum(["currency", "percent", "per-mille", "percentage-point", "rank", "count", "duration"]);

/**
 * How a value is written after its number: the one shape of a unit, for the domain, charts and the API
 * (lib/domain/types.ts, lib/charts/series.ts and lib/api/schemas.ts use it as it is).
 */
export const unitSchema = z.object({
  key: slug,
  kind: unitKindSchema,
  zh: z.string().min(1).describe("Written after the number in Chinese (元, 个, 人次)"),
  en: z.object({ singular: z.string().min(1), plural: z.string().min(1) }).describe("The English noun"),
});

/** A unit as units.yaml writes it: keyed by its slug, English as [singular, plural]. */
export const unitFileEntrySchema = unitSchema
  .omit({ key: true, en: true })
  .extend({ en: z.tuple([z.string().min(1), z.string().min(1)]) });

export const unitsFileSchema = z.record(slug, unitFileEntrySchema);

export const correctionSchema = z.strictObject({
  date: contentDate,
  old: z.number(),
  new: z.number(),
  /** Where the qualifier changed too (90%以上 read as more-than, now at-least): the qualifier before and after. */
  qualifier: z.strictObject({ old: qualifierSchema, new: qualifierSchema }).optional(),
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
  /** Set when the figure is a change against an earlier period (增长5.5%, 减少500人), not a level. */
  change: changeSchema.optional(),
  /**
   * Where another source gives a different figure for the same indicator and period: why this one
   * is the one to show (the other stays on the figure's page as a statement beside it).
   */
  preferred: z.string().trim().min(1, "say why this source's figure is preferred").optional(),
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
  /** What the figure measures when read alone (a card, a search result, a share image): "12345热线群众满意率". Omit when the name says it. */
  label: bilingualSchema.optional(),
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
  /**
   * The one period a bar chart draws, for every indicator; without it each indicator's latest figure.
   * Pinning keeps a chart whole when a new report adds a year to only some of its indicators.
   */
  period: periodSchema.optional(),
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
  /** What kind of document it is; citations and structured data follow it. */
  type: z.enum(SOURCE_TYPES, { error: `must be one of ${SOURCE_TYPES.join(", ")}` }),
  /** The language the text is written in, as a BCP 47 tag (zh-CN). */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "must be a language tag such as zh-CN"),
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
    /** Who runs the portal (主办单位), named in the footer and on About. */
    operator: bilingualSchema,
    /** The ICP record number (ICP备案号) of a deployment in mainland China, where it has one. */
    icp: z.string().trim().min(1).optional(),
    licence: z.strictObject({ name: z.string().min(1), url: z.url() }),
  }),
});

/** content/synonyms.yaml: a resident's word → the words content uses for it (养老院 → [养老机构]). */
export const synonymsFileSchema = z
  .record(z.string().trim().min(1).max(40), z.array(z.string().trim().min(1).max(40)).min(1, "list at least one word it stands for"))
  .default({});

export const redirectsFileSchema = z.array(z.strictObject({ from: slug, to: slug })).default([]);

/** A published figure taken out of content: its last value, when, and why. Never remove an entry. */
export const withdrawalSchema = z.strictObject({
  indicator: slug,
  period: periodSchema,
  /** The value it had when it was withdrawn. */
  value: z.number().finite(),
  date: contentDate,
  reason: z.string().trim().min(1, "a withdrawal must say why"),
});

export const withdrawnFileSchema = z.array(withdrawalSchema).default([]);

export type Bilingual = z.infer<typeof bilingualSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type Change = z.infer<typeof changeSchema>;
export type UnitKind = z.infer<typeof unitKindSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type UnitFileEntry = z.infer<typeof unitFileEntrySchema>;
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
export type Withdrawal = z.infer<typeof withdrawalSchema>;
export type DerivedOp = z.infer<typeof derivedOpSchema>;
