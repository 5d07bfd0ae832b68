/**
 * The production server (`npm run serve`, started by scripts/serve.ts). Pages and files that `next build` pre-rendered are
 * answered straight from memory (within a byte budget, lib/server/prerendered.ts), precompressed, with their security headers, also when a shared
 * link appends tracking parameters (lib/server/tracking-params.ts); figure pages beyond the build's
 * limit are kept in a bounded cache once Next made them (lib/server/on-demand-pages.ts). The API's
 * data routes are answered from an in-memory read model (lib/read-model/), and every API answer is
 * kept once made, until the database changes. Everything else (search, redirects, client
 * navigations) goes to Next. `next start` spends several milliseconds of CPU on each pre-rendered
 * page; this answers them at static-server cost. SIGTERM lets in-flight requests finish.
 */
import { cameOverHttps, HSTS } from "../security/headers";
import { createReadStream } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { pipeline } from "node:stream/promises";
import next from "next";
import { ApiCache, recordAnswer, sendCached } from "./api-cache";
import { answerFromReadModel } from "./fast-api";
import { currentReadModel } from "../read-model/current";
import { databaseVersion } from "../read-model/version";
import { drainOnSignal } from "./graceful";
import { checkServerPrerequisites } from "./preflight";
import { loadNotFoundPage, loadPrerendered, type PrerenderedResponse } from "./prerendered";
import { ON_DEMAND_PAGE, OnDemandPages } from "./on-demand-pages";
import { onlyTrackingParams } from "./tracking-params";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();

/** Requests Next must answer itself: client navigations ask the same URL for an RSC payload. */
const needsNext = (req: IncomingMessage, url: URL) =>
  (req.method !== "GET" && req.method !== "HEAD") || req.headers.rsc !== undefined || url.searchParams.has("_rsc");

function send(req: IncomingMessage, res: ServerResponse, page: PrerenderedResponse, status = 200) {
  const headers: Record<string, string> = { ...page.headers };
  if (cameOverHttps(req.headers["x-forwarded-proto"])) Object.assign(headers, HSTS);
  if (req.headers["if-none-match"] === page.etag) {
    res.writeHead(304, headers).end();
    return;
  }
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const body = gzip ? page.gzip : page.body;
  if (gzip) headers["Content-Encoding"] = "gzip";
  const inMemory = Buffer.isBuffer(body);
  headers["Content-Length"] = String(inMemory ? body.length : body.size);
  res.writeHead(status, headers);
  if (req.method === "HEAD") res.end();
  else if (inMemory) res.end(body);
  else pipeline(createReadStream(body.file), res).catch(() => res.destroy());
}

async function main() {
  // A valid environment, a build and its CSP hash table, or a message saying what to run.
  checkServerPrerequisites();
  await app.prepare();
  // Built now rather than on the first API request; without a database the pages still serve and
  // the API answers 503 until it is there (lib/api/respond.ts).
  currentReadModel().catch((error: unknown) =>
    console.error(`read model: not built (${(error as Error).message.split("\n")[0]}); the API answers 503 until the database is readable`),
  );
  const prerendered = loadPrerendered();
  const dataVersion = databaseVersion();
  const apiCache = new ApiCache(dataVersion);
  const onDemand = new OnDemandPages();
  const notFoundPage = loadNotFoundPage();

  /**
   * A figure page beyond the build's limit: made by Next on its first request and kept, uncompressed,
   * for the next ones. An indicator the data does not have gets the pre-rendered 404 page instead of
   * Next's script-filled notFound() shell.
   */
  async function answerOnDemand(req: IncomingMessage, res: ServerResponse, pagePath: string) {
    const slug = pagePath.slice(pagePath.lastIndexOf("/") + 1);
    const model = await currentReadModel().catch(() => null);
    if (model && notFoundPage && !model.indicatorBySlug.has(slug)) return send(req, res, notFoundPage, 404);
    delete req.headers["accept-encoding"];
    recordAnswer(res, (status, headers, body) => onDemand.put(pagePath, status, headers["content-type"] as string | undefined, body));
    void handle(req, res);
  }
  const server = createServer((req, res) => {
    drain.markResponse(res);
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://localhost");
    } catch {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" }).end("Bad request");
      return;
    }
    // A query may change the answer (?lang=en on embeds is a rewrite): only plain paths, or paths with
    // nothing but the tracking parameters a shared link carries, take the fast path.
    const pagePath = needsNext(req, url) || !onlyTrackingParams(url) ? undefined : url.pathname;
    const page = pagePath === undefined ? undefined : (prerendered.get(pagePath) ?? onDemand.get(pagePath));
    if (page) return send(req, res, page);
    if (pagePath !== undefined && ON_DEMAND_PAGE.test(pagePath) && req.method === "GET") {
      return void answerOnDemand(req, res, pagePath);
    }
    if (!ApiCache.handles(req, url)) return void handle(req, res);

    const key = url.pathname + url.search;
    const cached = apiCache.get(key);
    if (cached) return sendCached(req, res, cached, apiCache);
    // Topics, indicators and search: answered from the in-memory read model, without Next.
    if (answerFromReadModel(req, res, url, apiCache)) return;
    // Next answers this one in full and uncompressed, so what is kept is the plain 200 body (the cache
    // gzips it once, when first asked); a 200 is a right answer to a conditional request too.
    delete req.headers["accept-encoding"];
    delete req.headers["if-none-match"];
    const version = dataVersion();
    res.setHeader("x-cache", "MISS");
    if (req.method === "GET") recordAnswer(res, (status, headers, body) => apiCache.put(key, status, headers, body, version));
    void handle(req, res);
  });
  // Longer than a proxy keeps idle connections to it (deploy/nginx.conf: 30 s), so the proxy, not
  // this process, closes them: otherwise a request can cross the close and fail.
  server.keepAliveTimeout = 65_000;
  const drain = drainOnSignal(server);
  server.listen(port, hostname, () => {
    console.log(`Portal on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port} (${prerendered.size} pre-rendered responses, read into memory when first asked for)`);
  });
}

main().catch((error) => {
  console.error(`The portal could not start: ${(error as Error).message}`);
  process.exit(1);
});
