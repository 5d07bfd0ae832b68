import { z } from "zod";
import { SLUG_PATTERN } from "../domain/slug";
import {
  errorResponse,
  indicatorResponse,
  indicatorsListResponse,
  indicatorsQuery,
  indicatorQuery,
  searchQuery,
  searchResponse,
  topicDetailResponse,
  topicsListResponse,
  topicsQuery,
} from "./schemas";

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the routes
 * validate with, so the documentation cannot drift from the behaviour.
 */

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[] };

const toSchema = (schema: z.ZodType, io: "input" | "output" = "output") => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" }) as JsonSchema;
  return rest;
};

/** A strict object schema's fields as OpenAPI parameters. */
function parameters(schema: z.ZodType, location: "query" | "path"): unknown[] {
  const input = toSchema(schema, "input");
  const output = toSchema(schema, "output");
  return Object.entries(input.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s;
    const required = location === "path" || ((output.required ?? []).includes(name) && !("default" in s));
    return { name, in: location, required, ...(description ? { description } : {}), schema: rest };
  });
}

const slugPath = {
  name: "slug",
  in: "path",
  required: true,
  schema: { type: "string", pattern: SLUG_PATTERN.source, maxLength: 100 },
};

const ok = (ref: string, description: string) => ({
  description,
  headers: {
    ETag: { description: "Weak validator; send it back as If-None-Match to get 304", schema: { type: "string" } },
    "Cache-Control": { schema: { type: "string", const: "public, max-age=300" } },
    "Access-Control-Allow-Origin": { schema: { type: "string", const: "*" } },
  },
  content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } },
});

const problem = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const common = { "304": { description: "Not modified (If-None-Match matched the ETag)" }, "400": problem("A parameter is invalid; the body names it and says what was expected") };

/** The OpenAPI document; `portalName` is the English name content/city.yaml gives the portal. */
export function buildOpenApi(portalName = "Livelihood indicators") {
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: `${portalName} API`,
      version: "1.0.0",
      description:
        "Read-only access to every figure on the portal, with its source sentence, corrections and ready-made citations. " +
        "No key needed; CORS is open for GET. Responses are cached for 5 minutes and carry an ETag. " +
        "Any method but GET, HEAD and OPTIONS gets 405 with the Error body and an Allow header.",
      license: { name: "MIT (code); see each response's licence for the data", identifier: "MIT" },
    },
    // Relative: the API is wherever this document was fetched from, on any host or port.
    servers: [{ url: "/", description: "This portal" }],
    // Public and read-only: no key, no authentication.
    security: [],
    paths: {
      "/api/v1/topics": {
        get: {
          operationId: "listTopics",
          summary: "All topics, in menu order",
          parameters: parameters(topicsQuery, "query"),
          responses: { "200": ok("TopicList", "Topics"), ...common },
        },
      },
      "/api/v1/topics/{slug}": {
        get: {
          operationId: "getTopic",
          summary: "One topic with its indicators",
          parameters: [slugPath, ...parameters(topicsQuery, "query")],
          responses: { "200": ok("TopicDetail", "The topic"), ...common, "404": problem("No such topic") },
        },
      },
      "/api/v1/indicators": {
        get: {
          operationId: "listIndicators",
          summary: "Indicators, filtered by topic, period and text, paginated",
          parameters: parameters(indicatorsQuery, "query"),
          responses: { "200": ok("IndicatorList", "A page of indicators with their latest figure"), ...common },
        },
      },
      "/api/v1/indicators/{slug}": {
        get: {
          operationId: "getIndicator",
          summary: "One indicator with all its figures, sources, corrections and citations",
          parameters: [slugPath, ...parameters(indicatorQuery, "query")],
          responses: {
            "200": ok("IndicatorDetail", "The indicator"),
            "308": { description: "The indicator was renamed; Location gives its permanent new address" },
            ...common,
            "404": problem("No such indicator"),
          },
        },
      },
      "/api/v1/search": {
        get: {
          operationId: "search",
          summary: "Search figures, topics, residents' stories and source sentences",
          parameters: parameters(searchQuery, "query"),
          responses: { "200": ok("SearchResults", "Results, best first"), ...common },
        },
      },
    },
    components: {
      schemas: {
        TopicList: toSchema(topicsListResponse),
        TopicDetail: toSchema(topicDetailResponse),
        IndicatorList: toSchema(indicatorsListResponse),
        IndicatorDetail: toSchema(indicatorResponse),
        SearchResults: toSchema(searchResponse),
        Error: toSchema(errorResponse),
      },
    },
  };
}
