import type { z } from "zod";
import { CORS_HEADERS } from "./cors";
import { etagMatches, weakEtag } from "./etag";
import type { ErrorResponse } from "./schemas";
import { isDatabaseUnavailable } from "../db-errors";

/**
 * Every API response is made here: JSON with cache headers, a weak ETag,
 * 304 for a matching If-None-Match, and CORS so a newsroom's page can call
 * the API from the browser.
 */

const CORS = CORS_HEADERS;

export const CACHE_CONTROL = "public, max-age=300";

export function json(request: Request, body: unknown, init: { status?: number; headers?: Record<string, string> } = {}) {
  const text = JSON.stringify(body);
  const status = init.status ?? 200;
  const etag = weakEtag(text);
  const headers: Record<string, string> = {
    ...CORS,
    "Cache-Control": status === 200 ? CACHE_CONTROL : "no-store",
    ETag: etag,
    ...init.headers,
  };
  if (status === 200 && etagMatches(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(request.method === "HEAD" ? null : text, {
    status,
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
  });
}

export function apiError(
  request: Request,
  status: number,
  code: ErrorResponse["error"]["code"],
  message: string,
  parameters?: ErrorResponse["error"]["parameters"],
  headers?: Record<string, string>,
) {
  const body: ErrorResponse = { error: { status, code, message, ...(parameters ? { parameters } : {}) } };
  return json(request, body, { status, headers });
}

export const notFound = (request: Request, message = `Nothing at ${new URL(request.url).pathname}. See /api/v1/openapi.json for the routes.`) =>
  apiError(request, 404, "not_found", message);

/** Answers CORS preflight for every API route. */
export const preflight = () => new Response(null, { status: 204, headers: { ...CORS, "Access-Control-Max-Age": "86400" } });

type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/**
 * Validates `input` (query parameters or path parameters) with `schema`; on failure the
 * response is a 400 naming each bad parameter and what it should have been.
 */
export function validate<S extends z.ZodType>(request: Request, schema: S, input: Record<string, string | string[]>): Parsed<z.infer<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const parameters = parsed.error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((name) => ({ name, expected: "no such parameter on this route", received: String(input[name]) }));
    }
    const name = String(issue.path[0] ?? "");
    const received = input[name];
    return [{ name, expected: issue.message, ...(received !== undefined ? { received: String(received) } : {}) }];
  });
  const names = [...new Set(parameters.map((p) => p.name))].join(", ");
  return { ok: false, response: apiError(request, 400, "invalid_parameter", `Invalid parameter: ${names}`, parameters) };
}

/** The query string as an object; a repeated parameter becomes an array, which the schemas refuse. */
export function queryOf(request: Request): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(request.url).searchParams) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** Wraps a handler so an unexpected failure is still a JSON answer, never an HTML error page. */
export function handle<A extends unknown[]>(fn: (request: Request, ...rest: A) => Promise<Response>) {
  return async (request: Request, ...rest: A): Promise<Response> => {
    try {
      return await fn(request, ...rest);
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        console.error(`API: the database is unavailable (${(error as Error).message.split("\n")[0]})`);
        return apiError(request, 503, "unavailable", "The data is temporarily unavailable; please try again later.");
      }
      console.error(error);
      return apiError(request, 500, "internal_error", "The server failed to answer; please try again later.");
    }
  };
}
