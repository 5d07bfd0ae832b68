import type { IncomingMessage, ServerResponse } from "node:http";
import { handle } from "../api/respond";
import { apiAnswer, type ApiRoute } from "../read-model/api";
import type { ReadModel } from "../read-model/model";
import { contentSecurityPolicy } from "../security/csp";
import { FIXED_SECURITY_HEADERS, responseSecurityHeaders } from "../security/headers";
import type { ApiCache } from "./api-cache";
import { send, stored } from "./http";
import { PAGE_VARY } from "./prerendered";

/**
 * The headers Next's pipeline adds to a route handler's answer (next.config.ts headers(), proxy.ts's
 * CSP for responses that run no script, and Next's own Vary), added here so an answer made without
 * Next is the same answer; tests/e2e/fast-path.spec.ts compares the two.
 */
export const NEXT_ADDS: Record<string, string> = {
  ...FIXED_SECURITY_HEADERS,
  ...responseSecurityHeaders({ csp: contentSecurityPolicy({ scriptSources: [], embed: false }), embed: false, https: false }),
  Vary: PAGE_VARY,
};

/**
 * Answers an API GET or HEAD from the read model (lib/read-model/api.ts serves `route`). Made in full
 * as a GET, so a public 200 can be kept in the API cache: the same URL asked again costs a lookup.
 * Errors (400, 404, 503, a rename's 308) are sent and never kept. Settles when the answer is sent.
 */
export async function answerFromReadModel(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  route: ApiRoute,
  cache: ApiCache,
  model: () => Promise<ReadModel>,
): Promise<void> {
  const version = cache.version();
  const response = await handle(async (request: Request) => apiAnswer(request, route, await model()))(new Request(url));
  const body = Buffer.from(await response.arrayBuffer());
  const key = url.pathname + url.search;
  const headers = new Headers(NEXT_ADDS);
  response.headers.forEach((value, name) => headers.set(name, value));
  const kept = cache.put(key, response.status, headers, body, version);
  if (kept) {
    send(req, res, kept, 200, { "x-cache": "MISS" });
    cache.recount(key, kept);
    return;
  }
  const plain = Object.fromEntries(headers);
  send(req, res, stored(body, plain, plain.etag), response.status, { "x-cache": "MISS" });
}
