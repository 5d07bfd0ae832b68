import { z } from "zod";
import { changeSchema, periodSchema, qualifierSchema, unitSchema, derivedOpSchema } from "../content/schema";
import { SLUG_PATTERN } from "../domain/slug";
import { SOURCE_TYPES } from "../domain/source-types";
import { visibleText } from "../search/visible";

/**
 * The public API's contract: the query parameters each route accepts and the
 * shape of every response. Route handlers validate with these, and
 * lib/api/openapi.ts turns the same schemas into the OpenAPI document.
 */

const slugParam = z
  .string()
  .regex(SLUG_PATTERN, "a slug: lower-case English words joined by hyphens, such as hotline-satisfaction-rate")
  .max(100, "a slug of at most 100 characters");

// Query strings arrive as text: numbers are coerced, and empty values count as absent.
const emptyToUndefined = (v: unknown) => (v === "" ? undefined : v);
const intParam = (min: number, max: number, fallback: number, what: string) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: `${what}: a whole number from ${min} to ${max}` })
      .int(`${what}: a whole number from ${min} to ${max}`)
      .min(min, `${what}: a whole number from ${min} to ${max}`)
      .max(max, `${what}: a whole number from ${min} to ${max}`)
      .default(fallback),
  );

export const langParam = z
  .enum(["zh", "en"], { error: 'lang: "zh" or "en"' })
  .optional()
  .describe("Language of the links returned; both languages' names are always included");

export const queryText = z
  .string()
  .trim()
  .min(1, "q: at least 1 character")
  .max(100, "q: at most 100 characters")
  .describe("Words or a number to look for, in Chinese or English (热线, satisfaction, 99.33)");

/** GET /api/v1/topics takes no parameters except lang. */
export const topicsQuery = z.strictObject({ lang: langParam });

/** GET /api/v1/indicators */
export const indicatorsQuery = z.strictObject({
  topic: z.preprocess(emptyToUndefined, slugParam.optional()).describe("Only indicators of this topic (see /api/v1/topics)"),
  period: z
    .preprocess(emptyToUndefined, periodSchema.optional())
    .describe('Only indicators with a figure for this period: "2024", "2019-2024" or "unknown"'),
  q: z.preprocess(emptyToUndefined, queryText.optional()),
  page: intParam(1, 1000, 1, "page").describe("Page number, from 1"),
  per_page: intParam(1, 100, 20, "per_page").describe("Indicators per page, 1 to 100 (default 20)"),
  lang: langParam,
});

/** GET /api/v1/indicators/{slug} and /api/v1/topics/{slug} */
export const slugPathParams = z.strictObject({ slug: slugParam });
export const indicatorQuery = z.strictObject({ lang: langParam });

/**
 * The search's own parameters, shared by GET /api/v1/search and the search page (/search?q=…&page=…),
 * so that both refuse the same input with the same message. A query of only invisible characters
 * (q=%00) has nothing to look for and is refused like an empty one.
 */
export const searchParams = {
  q: z
    .string({ error: "q: required, 1 to 100 characters" })
    .pipe(queryText)
    .refine((q) => visibleText(q).length > 0, "q: at least 1 visible character"),
  page: intParam(1, 1000, 1, "page").describe("Page of results, from 1 (default 1)"),
};

/** GET /api/v1/search */
export const searchQuery = z.strictObject({
  ...searchParams,
  limit: intParam(1, 50, 20, "limit").describe("Results to return per page, 1 to 50 (default 20)"),
  lang: langParam,
});

/** The search page: the same q and page; other parameters (a shared link's tracking ones) are ignored. */
export const searchPageQuery = z.object(searchParams);

const bilingual = z.object({ zh: z.string(), en: z.string() });

export const unitResponse = unitSchema;

export const sourceResponse = z.object({
  slug: z.string(),
  type: z.enum(SOURCE_TYPES).describe("The kind of document; citations follow it"),
  language: z.string().describe("The language of the source's text (BCP 47)"),
  title: bilingual,
  authors: z.array(z.string()),
  publisher: z.string().nullable().describe("null: the source does not name its publisher"),
  published: z.string().nullable().describe("ISO date; null: the source is not dated"),
  url: z.string().nullable(),
  retrieved: z.string().describe("ISO date the portal's copy was taken"),
});

export const correctionResponse = z.object({
  date: z.string(),
  old_value: z.number(),
  new_value: z.number(),
  old_qualifier: qualifierSchema.nullable().describe("Where the correction changed the qualifier: the one before"),
  new_qualifier: qualifierSchema.nullable().describe("Where the correction changed the qualifier: the one after"),
  reason: z.string(),
});

export const citationsResponse = z
  .object({ gbt: bilingual, apa: bilingual, attribution: bilingual })
  .describe("Ready-to-paste citations; the access date is the day of the response");

export const figureResponse = z.object({
  id: z.string(),
  value: z.number().describe("In base units: yuan, counts, 70.81 for 70.81%"),
  display: bilingual.describe("The value with unit and qualifier, as the portal prints it"),
  qualifier: qualifierSchema,
  qualifier_text: bilingual.describe("The qualifier named in both languages (about: 约数 / about)"),
  change: changeSchema.nullable().describe("increase or decrease when the figure is a change against an earlier period (增长5.5%); null for a level"),
  period: z.string().describe('"2024", "2019-2024" or "unknown"'),
  checked: z.string(),
  added: z.string(),
  stated: z
    .object({ written: z.string(), quote: z.string(), source: z.string().describe("Source slug") })
    .nullable()
    .describe("Present when the source states the figure"),
  derived: z
    .object({ op: derivedOpSchema, inputs: z.array(z.string()), decimals: z.number().int() })
    .nullable()
    .describe("Present when the portal computed the figure"),
  corrections: z.array(correctionResponse),
  preferred_reason: z
    .string()
    .nullable()
    .describe("Where another source gives a different figure for the period: why this one is shown"),
  statements: z
    .array(
      z.object({
        source: z.string().describe("Source slug"),
        value: z.number(),
        qualifier: qualifierSchema,
        written: z.string(),
        quote: z.string(),
        agrees: z.boolean().describe("true: the same value and precision as the figure shown"),
      }),
    )
    .describe("Other sources' figures for the same indicator and period"),
});

export const topicRef = z.object({ slug: z.string(), name: bilingual });

export const indicatorSummaryResponse = z.object({
  slug: z.string(),
  name: bilingual,
  description: bilingual,
  topic: topicRef,
  unit: unitResponse,
  headline: z.boolean(),
  latest: figureResponse,
  url: z.string().describe("The figure's page on the portal"),
  api_url: z.string(),
});

export const indicatorDetailResponse = indicatorSummaryResponse.extend({
  figures: z.array(figureResponse).describe("Oldest period first; unknown periods last"),
  sources: z.array(sourceResponse),
  citations: citationsResponse.nullable(),
  downloads: z.object({ csv: z.string(), json: z.string() }),
  licence: z.object({ name: z.string(), url: z.string() }),
});

export const topicResponse = z.object({
  slug: z.string(),
  position: z.number().int(),
  name: bilingual,
  description: bilingual,
  summary: bilingual,
  indicator_count: z.number().int(),
  story_count: z.number().int(),
  url: z.string(),
  indicators_url: z.string(),
});

export const paginationResponse = z.object({
  page: z.number().int(),
  per_page: z.number().int(),
  total: z.number().int(),
  pages: z.number().int(),
  next: z.string().nullable(),
  prev: z.string().nullable(),
});

export const topicsListResponse = z.object({ data: z.array(topicResponse) });
export const topicDetailResponse = z.object({ data: topicResponse.extend({ indicators: z.array(indicatorSummaryResponse) }) });
export const indicatorsListResponse = z.object({ data: z.array(indicatorSummaryResponse), pagination: paginationResponse });
export const indicatorResponse = z.object({ data: indicatorDetailResponse });

export const searchKind = z.enum(["indicator", "topic", "story", "sentence"]);

export const searchResultResponse = z.object({
  kind: searchKind,
  ref: z.string().describe('Slug, or "<source>#<offset>" for a source sentence'),
  title: z.string(),
  snippet: z.string().describe("The matching text, shortened around the match"),
  value: z.string().nullable().describe("For indicators: the latest figure with its unit"),
  url: z.string(),
  score: z.number().describe("Relevance: higher is better. Name and vocabulary matches weigh most, then descriptions, then sentences"),
});

export const searchResponse = z.object({
  query: z.string(),
  method: z.enum(["fts", "like"]).describe("How source sentences were found: fts, the trigram full-text index; like, a substring scan for words of 1–2 characters"),
  total: z.number().int().describe("How many items match in all; data holds page `page` of them, `limit` a page"),
  page: z.number().int(),
  data: z.array(searchResultResponse),
  nearest: z.array(searchResultResponse).describe("When nothing matches (total 0): the indicators and topics closest to the query; empty otherwise"),
});

export const errorResponse = z.object({
  error: z.object({
    status: z.number().int(),
    code: z.enum(["invalid_parameter", "not_found", "method_not_allowed", "internal_error", "unavailable"]),
    message: z.string(),
    parameters: z
      .array(z.object({ name: z.string(), expected: z.string(), received: z.string().optional() }))
      .optional()
      .describe("For invalid_parameter: each bad parameter and what was expected"),
  }),
});

export type IndicatorSummaryResponse = z.infer<typeof indicatorSummaryResponse>;
export type IndicatorDetailResponse = z.infer<typeof indicatorDetailResponse>;
export type FigureResponse = z.infer<typeof figureResponse>;
export type TopicResponse = z.infer<typeof topicResponse>;
export type SearchResultResponse = z.infer<typeof searchResultResponse>;
export type ErrorResponse = z.infer<typeof errorResponse>;
