import { presentIndicatorDetail, presentIndicatorSummary, presentTopic } from "../api/present";
import { CORS_HEADERS } from "../api/cors";
import { apiError, CACHE_CONTROL, json, notFound, queryOf, validate } from "../api/respond";
import { API_INDICATOR_BASE } from "../content/redirects";
import { indicatorQuery, indicatorsQuery, searchQuery, slugPathParams, topicsQuery } from "../api/schemas";
import { search, searchIndicatorSlugs, type SearchResultItem } from "../data/search";
import { citationContextOf } from "../data/citation-context";
import { todayInChina } from "../dates";
import type { Indicator } from "../domain/types";
import { localizedPath } from "../i18n/paths";
import { absoluteUrl } from "../seo";
import type { ReadModel } from "./model";
import { filterIndicators, rankedIndicators } from "./indicator-index";

/**
 * The read-only API's answers, computed from the in-memory read model. The Next route handlers under
 * app/api/v1/ and scripts/serve.ts both call these, so the two paths cannot differ; the parameters
 * are validated with the same zod schemas (lib/api/schemas.ts) and answered by lib/api/respond.ts.
 * Only text search reaches the database (its FTS index, through Prisma).
 */

export function topicsAnswer(request: Request, model: ReadModel): Response {
  const query = validate(request, topicsQuery, queryOf(request));
  if (!query.ok) return query.response;
  return json(request, { data: model.topics.map((t) => presentTopic(t, query.data.lang)) });
}

export function topicAnswer(request: Request, slug: string, model: ReadModel): Response {
  const path = validate(request, slugPathParams, { slug });
  if (!path.ok) return path.response;
  const query = validate(request, topicsQuery, queryOf(request));
  if (!query.ok) return query.response;
  const topic = model.topicBySlug.get(path.data.slug);
  if (!topic) return notFound(request, `No topic "${path.data.slug}". See /api/v1/topics for the list.`);
  const indicators = model.indicatorsByTopic.get(topic.slug) ?? [];
  return json(request, {
    data: { ...presentTopic(topic, query.data.lang), indicators: indicators.map((i) => presentIndicatorSummary(i, query.data.lang)) },
  });
}

export async function indicatorsAnswer(request: Request, model: ReadModel): Promise<Response> {
  const query = validate(request, indicatorsQuery, queryOf(request));
  if (!query.ok) return query.response;
  const { topic, period, q, page, per_page, lang } = query.data;
  if (topic && !model.topicBySlug.has(topic)) {
    return apiError(request, 400, "invalid_parameter", "Invalid parameter: topic", [
      { name: "topic", expected: "a topic slug listed by /api/v1/topics", received: topic },
    ]);
  }
  // From the read model's indexes (indicator-index.ts), never a walk over every figure.
  let all: Indicator[];
  if (q) {
    // Relevance order from the search index, as lib/data/indicators.ts findIndicators does.
    all = rankedIndicators(model.index, await searchIndicatorSlugs(q), { topic, period });
  } else {
    all = filterIndicators(model.index, { topic, period });
  }
  const pages = Math.max(1, Math.ceil(all.length / per_page));
  const link = (p: number) => {
    const url = new URL(request.url);
    url.searchParams.set("page", String(p));
    return `${url.pathname}${url.search}`;
  };
  return json(request, {
    data: all.slice((page - 1) * per_page, page * per_page).map((i) => presentIndicatorSummary(i, lang)),
    pagination: {
      page,
      per_page,
      total: all.length,
      pages,
      next: page < pages ? link(page + 1) : null,
      prev: page > 1 ? link(Math.min(page - 1, pages)) : null,
    },
  });
}

export function indicatorAnswer(request: Request, slug: string, model: ReadModel): Response {
  const path = validate(request, slugPathParams, { slug });
  if (!path.ok) return path.response;
  const query = validate(request, indicatorQuery, queryOf(request));
  if (!query.ok) return query.response;
  const lang = query.data.lang ?? "zh";
  const indicator = model.indicatorBySlug.get(path.data.slug);
  if (!indicator) {
    // Permalinks never break: a renamed indicator answers with a permanent redirect, as its page does.
    const renamed = model.renames.get(path.data.slug);
    if (renamed) return renamedResponse(request, renamed);
    return notFound(request, `No indicator "${path.data.slug}". See /api/v1/indicators for the list.`);
  }
  // Cited as a figure page cites it: every indicator its derived figures draw on is in the model; accessed today.
  const context = citationContextOf([indicator], model.indicatorBySlug, model.city, todayInChina());
  return json(request, { data: presentIndicatorDetail(indicator, context, lang) });
}

/** A renamed indicator's resource: 308 to the new slug's, with the query, and CORS so other sites' pages follow it. */
function renamedResponse(request: Request, to: string): Response {
  const url = new URL(request.url);
  const location = `${API_INDICATOR_BASE}/${to}${url.search}`;
  return new Response(null, { status: 308, headers: { ...CORS_HEADERS, Location: location, "Cache-Control": CACHE_CONTROL } });
}

export async function searchAnswer(request: Request): Promise<Response> {
  const query = validate(request, searchQuery, queryOf(request));
  if (!query.ok) return query.response;
  const { q, limit, page, lang = "zh" } = query.data;
  // The search page calls the same function with the same validated parameters.
  const outcome = await search(q, lang, limit, page);
  const present = (r: SearchResultItem) => ({
    kind: r.kind,
    ref: r.ref,
    title: r.title,
    snippet: r.snippet,
    value: r.value,
    url: absoluteUrl(localizedPath(lang, r.path)),
    score: r.score,
  });
  return json(request, {
    query: q,
    method: outcome.method,
    total: outcome.total,
    page: outcome.page,
    data: outcome.results.map(present),
    nearest: outcome.nearest.map(present),
  });
}

const ROUTE = /^\/api\/v1\/(topics|indicators|search)(?:\/([^/]+))?$/;

/** An API path this module answers: the resource and, for one topic or indicator, its slug. */
export type ApiRoute = { resource: "topics" | "indicators"; slug?: string } | { resource: "search"; slug?: undefined };

/**
 * The route of an API path this module serves, or null for any other path (the OpenAPI document,
 * unknown routes, trailing slashes, malformed escapes), which Next answers. Path segments are decoded
 * as Next decodes route parameters.
 */
export function apiRoute(pathname: string): ApiRoute | null {
  const match = ROUTE.exec(pathname);
  if (!match) return null;
  const [, resource, rawSlug] = match;
  if (rawSlug === undefined) return { resource: resource as ApiRoute["resource"] };
  if (resource === "search") return null;
  try {
    return { resource: resource as "topics" | "indicators", slug: decodeURIComponent(rawSlug) };
  } catch {
    return null;
  }
}

export async function apiAnswer(request: Request, route: ApiRoute, model: ReadModel): Promise<Response> {
  if (route.resource === "search") return searchAnswer(request);
  if (route.resource === "topics") return route.slug === undefined ? topicsAnswer(request, model) : topicAnswer(request, route.slug, model);
  return route.slug === undefined ? indicatorsAnswer(request, model) : indicatorAnswer(request, route.slug, model);
}
