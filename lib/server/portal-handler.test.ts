import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get as rawGet } from "../../scripts/bench/http";
import type { ReadModel } from "../read-model/model";
import { responseSecurityHeaders } from "../security/headers";
import { ApiCache } from "./api-cache";
import { stored, type StoredResponse } from "./http";
import { createPortalHandler } from "./portal-handler";

/**
 * The production server's request handler over a real socket, with an injected build (two
 * pre-rendered responses), read model (two indicators, one rename) and Next (which records what reached
 * it). tests/e2e/routing.spec.ts runs the same through `npm run serve` and nginx with a fixture import.
 */

const prerenderedFiles = new Map<string, StoredResponse>([
  ["/indicators/kept", stored(Buffer.from("<p>kept</p>"), { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": "script-src 'self' 'sha256-x'" })],
  ["/og/zh/indicators/kept.png", stored(Buffer.from("png"), { "Content-Type": "image/png" })],
]);
const notFoundPage = stored(Buffer.from("<h1>404</h1>"), {
  "Content-Type": "text/html; charset=utf-8",
  ...responseSecurityHeaders({ csp: "script-src 'self' 'sha256-404'", embed: false, https: false }),
});
const model = {
  version: "1",
  renames: new Map([["old-name", "kept"]]),
  indicatorBySlug: new Map([
    ["kept", {}],
    ["beyond-limit", {}],
  ]),
} as unknown as ReadModel;

const reachedNext: string[] = [];
let failNext = false;
let server: Server;
let origin = "";

beforeAll(async () => {
  const handler = createPortalHandler({
    prerendered: { get: (p) => prerenderedFiles.get(p), has: (p) => prerenderedFiles.has(p), recount: () => undefined },
    notFoundPage,
    apiCache: new ApiCache(() => "1"),
    readModel: async () => model,
    next: async (req: IncomingMessage, res: ServerResponse) => {
      reachedNext.push(req.url ?? "");
      if (failNext) throw new Error("Next failed");
      res.writeHead(200, { "Content-Type": "text/plain" }).end("from next");
    },
    log: () => undefined,
  });
  server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string, init: RequestInit = {}) => fetch(origin + path, { redirect: "manual", ...init });

/** What every answer carries, like a page: a CSP, nosniff, a referrer policy, framing rules. */
function expectSecurityHeaders(res: Response, framable = false) {
  expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("referrer-policy")).toBeTruthy();
  expect(res.headers.get("permissions-policy")).toBeTruthy();
  expect(res.headers.get("x-frame-options")).toBe(framable ? null : "DENY");
}

describe("a renamed indicator", () => {
  it.each([
    ["/indicators/old-name", "/indicators/kept"],
    ["/en/indicators/old-name", "/en/indicators/kept"],
    ["/embed/indicators/old-name", "/embed/indicators/kept"],
    ["/embed/en/indicators/old-name?lang=en", "/embed/en/indicators/kept?lang=en"],
    ["/og/zh/indicators/old-name.png", "/og/zh/indicators/kept.png"],
    ["/og/en/cards/old-name.png", "/og/en/cards/kept.png"],
    ["/data/indicators/old-name.csv", "/data/indicators/kept.csv"],
    ["/data/indicators/old-name.json?from=timeline", "/data/indicators/kept.json?from=timeline"],
  ])("%s redirects permanently to %s, in the same language", async (from, to) => {
    const res = await get(from);
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe(to);
    expectSecurityHeaders(res, from.startsWith("/embed/"));
  });
});

describe("addresses nobody published", () => {
  it.each(["/indicators/never-was", "/en/indicators/never-was?x=1", "/indicators/Not_A_Slug", "/og/fr/indicators/kept.png", "/og/xx/cards/kept.png", "/data/indicators/never-was.csv", "/data/other.txt"])(
    "%s is the pre-rendered 404, and Next never sees it",
    async (path) => {
      reachedNext.length = 0;
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(await res.text()).toBe("<h1>404</h1>");
      expect(res.headers.get("content-security-policy")).toContain("'sha256-404'");
      expect(reachedNext).toEqual([]);
    },
  );

  it("an indicator beyond the build's limit that the data has goes to Next", async () => {
    reachedNext.length = 0;
    expect(await (await get("/en/indicators/beyond-limit")).text()).toBe("from next");
    expect(reachedNext).toEqual(["/en/indicators/beyond-limit"]);
  });
});

describe("answers the server makes itself carry a page's security headers", () => {
  it("400 for a malformed %-escape", async () => {
    const res = await get("/indicators/%E0%A4%A");
    expect(res.status).toBe(400);
    expectSecurityHeaders(res);
  });

  it("405 for a write to the API, as JSON", async () => {
    const res = await get("/api/v1/topics", { method: "POST" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect((await res.json()).error.code).toBe("method_not_allowed");
    expectSecurityHeaders(res);
  });

  it("500 when Next fails, never a dropped connection", async () => {
    failNext = true;
    try {
      const res = await get("/search?q=x");
      expect(res.status).toBe(500);
      expectSecurityHeaders(res);
    } finally {
      failNext = false;
    }
  });

  it("404 on a page address", async () => {
    expectSecurityHeaders(await get("/indicators/never-was"));
  });
});

describe("pre-rendered responses", () => {
  it("are sent from memory, with 304 for a weak validator of their ETag", async () => {
    const first = await get("/indicators/kept?from=singlemessage");
    expect(first.status).toBe(200);
    expect(await first.text()).toBe("<p>kept</p>");
    // node:http, not fetch: fetch adds Cache-Control: no-cache to a conditional request, which asks for a full answer.
    const again = await rawGet(origin + "/indicators/kept", { "if-none-match": `"nope", W/${first.headers.get("etag")}` });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});
