import type { IncomingMessage, ServerResponse } from "node:http";
import { etagMatches } from "../api/etag";
import { handle } from "../api/respond";
import { apiAnswer, apiRoute } from "../read-model/api";
import { currentReadModel } from "../read-model/current";
import { contentSecurityPolicy } from "../security/csp";
import { sendCached, type ApiCache } from "./api-cache";
import { cameOverHttps, FIXED_SECURITY_HEADERS, HSTS, responseSecurityHeaders } from "../security/headers";
import { PAGE_VARY } from "./prerendered";

/**
 * The headers Next's pipeline adds to a route handler's answer (next.config.ts headers(), proxy.ts's
 * CSP for responses that run no script, and Next's own Vary), added here so an answer made without
 * Next is the same answer; tests/integration/fast-api.test.ts compares the two.
 */
const NEXT_ADDS: Record<string, string> = {
  ...FIXED_SECURITY_HEADERS,
  ...responseSecurityHeaders({ csp: contentSecurityPolicy({ scriptSources: [], embed: false }), embed: false, https: false }),
  Vary: PAGE_VARY,
};

/**
 * Answers an API GET or HEAD from the read model when lib/read-model/api.ts serves its path; returns
 * false (and leaves `res` alone) for any other path, which Next then answers. A public 200 is also
 * kept in the API cache, so the same URL asked again costs a lookup.
 */
export function answerFromReadModel(req: IncomingMessage, res: ServerResponse, url: URL, cache: ApiCache): boolean {
  const route = apiRoute(url.pathname);
  if (!route) return false;
  // Made in full as a GET, so a 200 can be kept; sendCached then answers HEAD and If-None-Match from it.
  const request = new Request(url);
  let version = "";
  const answer = handle(async (r: Request) => {
    const model = await currentReadModel();
    version = model.version;
    return apiAnswer(r, route, model);
  });
  void answer(request).then(async (response) => {
    const body = Buffer.from(await response.arrayBuffer());
    const headers: Record<string, string> = { ...NEXT_ADDS };
    response.headers.forEach((value, name) => (headers[name] = value));
    const key = url.pathname + url.search;
    const kept = response.status === 200 && cache.put(key, 200, headers, body, version) ? cache.get(key) : undefined;
    if (kept) return sendCached(req, res, kept, cache, "MISS");
    if (cameOverHttps(req.headers["x-forwarded-proto"])) Object.assign(headers, HSTS);
    headers["x-cache"] = "MISS";
    if (response.status === 200 && headers.etag && etagMatches(String(req.headers["if-none-match"] ?? ""), headers.etag)) {
      return void res.writeHead(304, headers).end();
    }
    headers["content-length"] = String(body.length);
    res.writeHead(response.status, headers).end(req.method === "HEAD" ? undefined : body);
  });
  return true;
}
