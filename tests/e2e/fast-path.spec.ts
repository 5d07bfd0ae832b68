import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { get, waitUntilAnswering, type Fetched } from "../../scripts/bench/http";
import { stopChild } from "../../scripts/bench/proc";

/**
 * What scripts/serve.ts answers without Next must be what Next answers: pre-rendered pages asked
 * with a shared link's tracking parameters, and API answers made from the read model. Next's own
 * answers come from `next start` on the next port, over the same build and database.
 */

const PORT = Number(process.env.E2E_PORT ?? 3000);
const SERVE = `http://127.0.0.1:${PORT}`;
const NEXT = `http://127.0.0.1:${PORT + 1}`;

/** Headers that belong to the connection or the moment, not to the answer. */
const PER_RESPONSE = new Set(["date", "connection", "keep-alive", "transfer-encoding", "x-cache", "content-length"]);
const answerHeaders = (r: Fetched) =>
  Object.fromEntries(Object.entries(r.headers).filter(([k]) => !PER_RESPONSE.has(k)).sort(([a], [b]) => a.localeCompare(b)));

test.describe("shared links take the fast path", () => {
  const page = "/topics/hotline";
  test("a WeChat link gets the same bytes and headers as the plain page", async () => {
    for (const encoding of ["identity", "gzip"]) {
      const plain = await get(SERVE + page, { "accept-encoding": encoding });
      for (const search of ["?from=singlemessage&isappinstalled=0", "?from=timeline", "?utm_source=weibo&utm_medium=social&spm=a.b.c"]) {
        const shared = await get(SERVE + page + search, { "accept-encoding": encoding });
        expect(shared.status, search).toBe(200);
        expect(shared.body.equals(plain.body), `${search} (${encoding}): same bytes`).toBe(true);
        expect(answerHeaders(shared), search).toEqual(answerHeaders(plain));
      }
    }
  });

  test("parameters a page reads still reach Next", async () => {
    // The embed's ?lang=en is a rewrite to the English embed: it must not be answered as the Chinese one.
    const embed = "/embed/indicators/hotline-calls-connected";
    const zh = await get(SERVE + embed + "?from=singlemessage");
    const en = await get(SERVE + embed + "?lang=en&from=singlemessage");
    expect(zh.body.toString()).toContain('lang="zh');
    expect(en.body.toString()).toContain('lang="en');
    // Search reads ?q=; with a tracking parameter beside it the results page is still rendered for the query.
    const search = await get(SERVE + "/search?q=" + encodeURIComponent("满意率") + "&from=singlemessage");
    expect(search.status).toBe(200);
    expect(search.body.toString()).toContain("hotline-satisfaction-rate");
  });
});

test.describe("API answers from the read model", () => {
  let next: ChildProcess | undefined;
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    next = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(PORT + 1)], {
      // The same public origin as the server under test, so both write the same absolute URLs.
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", SITE_URL: process.env.SITE_URL ?? `http://localhost:${PORT}` },
      stdio: "ignore",
    });
    await waitUntilAnswering(NEXT + "/api/v1/topics", 60_000, () => next!.exitCode === null);
  });
  test.afterAll(async () => {
    if (next) await stopChild(next);
  });

  const urls = [
    "/api/v1/topics",
    "/api/v1/topics?lang=en",
    "/api/v1/topics/hotline",
    "/api/v1/topics/hotline?lang=en",
    "/api/v1/topics/no-such-topic",
    "/api/v1/topics/Bad_Slug",
    "/api/v1/indicators",
    "/api/v1/indicators?page=2&per_page=7",
    "/api/v1/indicators?topic=hotline&period=2024",
    "/api/v1/indicators?q=" + encodeURIComponent("满意率"),
    "/api/v1/indicators?q=12345&lang=en",
    "/api/v1/indicators?q=" + encodeURIComponent("热线") + "&page=1&per_page=3",
    "/api/v1/indicators?topic=nope",
    "/api/v1/indicators?page=0",
    "/api/v1/indicators?pgae=2",
    "/api/v1/indicators/hotline-calls-connected",
    "/api/v1/indicators/hotline-direct-answer-share?lang=en",
    "/api/v1/indicators/no-such-indicator",
    "/api/v1/indicators/hotline-calls-connected?lang=fr",
    "/api/v1/search?q=" + encodeURIComponent("热线"),
    "/api/v1/search?q=satisfaction&lang=en&limit=5",
    "/api/v1/search?q=99.33",
    "/api/v1/search",
    "/api/v1/search?q=x&limit=99",
  ];

  test("gives the same status, headers and body as Next for each URL", async () => {
    for (const url of urls) {
      const fast = await get(SERVE + url, { "accept-encoding": "identity" });
      const slow = await get(NEXT + url, { "accept-encoding": "identity" });
      expect(fast.status, url).toBe(slow.status);
      expect(fast.body.toString(), url).toBe(slow.body.toString());
      expect(answerHeaders(fast), url).toEqual(answerHeaders(slow));
      expect(fast.headers["x-cache"], `${url} was answered by scripts/serve.ts`).toMatch(/HIT|MISS/);
    }
  });

  test("answers 304 to the ETag it gave, as Next does", async () => {
    const url = "/api/v1/indicators/hotline-calls-connected?lang=en";
    const first = await get(SERVE + url);
    const again = await get(SERVE + url, { "if-none-match": String(first.headers.etag) });
    const fromNext = await get(NEXT + url, { "if-none-match": String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(fromNext.status).toBe(304);
  });
});
