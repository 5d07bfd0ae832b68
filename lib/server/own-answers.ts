import type { IncomingMessage, ServerResponse } from "node:http";
import { CORS_HEADERS } from "../api/cors";
import { apiError, CACHE_CONTROL } from "../api/respond";
import type { ErrorResponse } from "../api/schemas";
import { contentSecurityPolicy, isEmbedPath } from "../security/csp";
import { FIXED_SECURITY_HEADERS, responseSecurityHeaders } from "../security/headers";
import { API_PREFIX } from "./api-cache";
import { NEXT_ADDS } from "./fast-api";
import { perRequestHeaders, send, stored, type StoredResponse } from "./http";

/**
 * Answers the production server makes itself, without a page: redirects for renamed indicators and
 * errors (400, 404, 405, 500). Each carries the security headers a page carries (a CSP that runs no
 * script, nosniff, framing rules, HSTS over HTTPS); an API address gets the API's JSON error body.
 */

const noScriptHeaders = (pathname: string): Record<string, string> => {
  const embed = isEmbedPath(pathname);
  return { ...FIXED_SECURITY_HEADERS, ...responseSecurityHeaders({ csp: contentSecurityPolicy({ scriptSources: [], embed }), embed, https: false }) };
};

/** A permanent redirect (308 keeps the method), with CORS on the API so other sites' pages follow it. */
export function sendRedirect(req: IncomingMessage, res: ServerResponse, pathname: string, location: string) {
  const headers: Record<string, string> = {
    ...noScriptHeaders(pathname),
    ...(pathname.startsWith(API_PREFIX) ? CORS_HEADERS : {}),
    ...perRequestHeaders(req),
    Location: location,
    "Cache-Control": CACHE_CONTROL,
    "Content-Length": "0",
  };
  res.writeHead(308, headers).end();
}

type ErrorCode = ErrorResponse["error"]["code"];

/** An error the server answers itself: the API's JSON error body on an API address, plain text elsewhere. */
export async function sendError(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  status: number,
  code: ErrorCode,
  message: string,
  extra: Record<string, string> = {},
) {
  if (res.headersSent) return void res.destroy();
  if (pathname.startsWith(API_PREFIX)) {
    const response = apiError(new Request(new URL(pathname.replace(/[?#].*$/, ""), "http://localhost")), status, code, message, undefined, extra);
    const headers: Record<string, string> = { ...NEXT_ADDS };
    response.headers.forEach((value, name) => (headers[name] = value));
    delete headers.etag;
    return send(req, res, stored(Buffer.from(await response.arrayBuffer()), headers), status);
  }
  send(req, res, stored(Buffer.from(`${message}\n`), { ...noScriptHeaders(pathname), "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...extra }), status);
}

/** The pre-rendered 404 page for a page's address, the API's JSON 404 for an API address. */
export function sendNotFound(req: IncomingMessage, res: ServerResponse, pathname: string, notFoundPage: StoredResponse | null) {
  if (notFoundPage && !pathname.startsWith(API_PREFIX)) return send(req, res, notFoundPage, 404);
  return sendError(req, res, pathname, 404, "not_found", `Nothing at ${pathname}.`);
}
