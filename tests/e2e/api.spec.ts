import { expect, test, type APIResponse } from "@playwright/test";
import { utimesSync } from "node:fs";
import { resolve } from "node:path";

/** HTTP tests of /api/v1 against the running portal: status codes, headers and body shapes. */

async function expectError(res: APIResponse, status: number, code: string, parameter?: string) {
  expect(res.status()).toBe(status);
  expect(res.headers()["content-type"]).toContain("application/json");
  const body = await res.json();
  expect(body.error).toMatchObject({ status, code });
  expect(typeof body.error.message).toBe("string");
  if (parameter) {
    expect(body.error.parameters.map((p: { name: string }) => p.name)).toContain(parameter);
    for (const p of body.error.parameters) expect(p.expected).toBeTruthy();
  }
  return body;
}

test.describe("GET /api/v1/topics", () => {
  test("lists topics with cache, ETag and CORS headers", async ({ request }) => {
    const res = await request.get("/api/v1/topics");
    expect(res.status()).toBe(200);
    const headers = res.headers();
    expect(headers["cache-control"]).toBe("public, max-age=300");
    expect(headers["access-control-allow-origin"]).toBe("*");
    expect(headers.etag).toMatch(/^W\/".+"$/);
    const body = await res.json();
    expect(body.data.length).toBeGreaterThan(3);
    expect(body.data[0]).toMatchObject({ slug: expect.any(String), name: { zh: expect.any(String), en: expect.any(String) } });
  });

  test("answers 304 to a matching If-None-Match", async ({ request }) => {
    const first = await request.get("/api/v1/topics");
    const res = await request.get("/api/v1/topics", { headers: { "If-None-Match": first.headers().etag } });
    expect(res.status()).toBe(304);
  });

  test("answers CORS preflight", async ({ request }) => {
    const res = await request.fetch("/api/v1/topics", { method: "OPTIONS", headers: { Origin: "https://news.example", "Access-Control-Request-Method": "GET" } });
    expect(res.status()).toBe(204);
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    expect(res.headers()["access-control-allow-methods"]).toContain("GET");
  });

  test("refuses an unknown parameter", async ({ request }) => {
    await expectError(await request.get("/api/v1/topics?sort=name"), 400, "invalid_parameter", "sort");
  });

  test("one topic with its indicators; unknown topic is a JSON 404", async ({ request }) => {
    const res = await request.get("/api/v1/topics/hotline");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.data.slug).toBe("hotline");
    expect(body.data.indicators.length).toBe(body.data.indicator_count);
    await expectError(await request.get("/api/v1/topics/no-such-topic"), 404, "not_found");
  });
});

test.describe("GET /api/v1/indicators", () => {
  test("filters by topic and paginates", async ({ request }) => {
    const res = await request.get("/api/v1/indicators?topic=hotline&per_page=3&page=2");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.data).toHaveLength(3);
    for (const i of body.data) expect(i.topic.slug).toBe("hotline");
    expect(body.pagination).toMatchObject({ page: 2, per_page: 3, prev: expect.stringContaining("page=1") });
    expect(body.pagination.total).toBeGreaterThan(6);
  });

  test("filters by period and text", async ({ request }) => {
    const body = await (await request.get("/api/v1/indicators?period=2024&q=满意率")).json();
    expect(body.data[0].slug).toBe("hotline-satisfaction-rate");
    for (const i of body.data) expect(i.latest).toHaveProperty("period");
  });

  for (const [query, parameter] of [
    ["page=0", "page"],
    ["page=x", "page"],
    ["per_page=500", "per_page"],
    ["period=2024-2019", "period"],
    ["topic=Not_A_Slug", "topic"],
    ["topic=no-such-topic", "topic"],
    ["lang=fr", "lang"],
    ["pgae=2", "pgae"],
    ["page=1&page=2", "page"],
  ] as const) {
    test(`400 for ${query}`, async ({ request }) => {
      await expectError(await request.get(`/api/v1/indicators?${query}`), 400, "invalid_parameter", parameter);
    });
  }
});

test.describe("GET /api/v1/indicators/{slug}", () => {
  test("returns figures, sources, corrections and citations", async ({ request }) => {
    const res = await request.get("/api/v1/indicators/hotline-satisfaction-rate");
    expect(res.status()).toBe(200);
    const { data } = await res.json();
    expect(data.slug).toBe("hotline-satisfaction-rate");
    expect(data.figures[0]).toMatchObject({ value: 97.02, period: "2024", corrections: [] });
    expect(data.sources[0]).toMatchObject({ authors: ["于晓明", "白艳华", "朱玲"], publisher: null, published: null });
    expect(data.citations.gbt.zh).toContain("[出版者不详]");
    expect(data.citations.apa.en).toContain("(n.d.)");
    expect(data.downloads.csv).toContain("/data/indicators/hotline-satisfaction-rate.csv");
  });

  test("a derived figure cites the article its inputs come from", async ({ request }) => {
    const { data } = await (await request.get("/api/v1/indicators/hotline-direct-answer-share")).json();
    expect(data.latest.derived.op).toBe("percent");
    expect(data.sources[0].slug).toBe("jiayuguan-2025");
  });

  test("bad slug is 400, unknown slug is a JSON 404", async ({ request }) => {
    await expectError(await request.get("/api/v1/indicators/Bad%20Slug"), 400, "invalid_parameter", "slug");
    await expectError(await request.get("/api/v1/indicators/no-such-indicator"), 404, "not_found");
  });
});

test.describe("GET /api/v1/search", () => {
  test("finds a figure by number", async ({ request }) => {
    const body = await (await request.get("/api/v1/search?q=99.33")).json();
    expect(body.method).toBe("fts");
    expect(body.data[0]).toMatchObject({ kind: "indicator", ref: "hotline-on-time-completion-rate", value: "99.33%" });
  });

  test("uses the LIKE fallback for two characters", async ({ request }) => {
    const body = await (await request.get("/api/v1/search?q=热线")).json();
    expect(body.method).toBe("like");
    expect(body.data[0]).toMatchObject({ kind: "topic", ref: "hotline" });
  });

  test("an empty result is still 200", async ({ request }) => {
    const body = await (await request.get("/api/v1/search?q=<script>alert(1)</script>")).json();
    expect(body.data).toEqual([]);
  });

  test("finds what readers mean, with the same answers as the page", async ({ request }) => {
    const body = await (await request.get(`/api/v1/search?q=${encodeURIComponent("hotlne satisfacion")}&lang=en`)).json();
    expect(body.data[0]).toMatchObject({ kind: "indicator", ref: "hotline-satisfaction-rate" });
    const none = await (await request.get("/api/v1/search?q=zzqqxx")).json();
    expect(none).toMatchObject({ total: 0, data: [] });
    expect(Array.isArray(none.nearest)).toBe(true);
  });

  for (const [query, parameter] of [["", "q"], ["q=", "q"], [`q=${"x".repeat(101)}`, "q"], ["q=%00", "q"], ["q=%E2%80%8B", "q"], ["q=a&page=-1", "page"], ["q=a&limit=0", "limit"]] as const) {
    test(`400 for "${query.slice(0, 20)}"`, async ({ request }) => {
      await expectError(await request.get(`/api/v1/search?${query}`), 400, "invalid_parameter", parameter);
    });
  }
});

test("the OpenAPI document lists every route", async ({ request }) => {
  const res = await request.get("/api/v1/openapi.json");
  expect(res.status()).toBe(200);
  const doc = await res.json();
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/indicators", "/api/v1/indicators/{slug}", "/api/v1/search", "/api/v1/topics"]));
});

test("unknown API paths are JSON 404s", async ({ request }) => {
  for (const path of ["/api/v1/nothing", "/api/v2/indicators", "/api/v1/indicators/hotline-satisfaction-rate/figures"]) {
    await expectError(await request.get(path), 404, "not_found");
  }
});

test("the API is read-only: a write is a JSON 405 naming the methods it takes", async ({ request }) => {
  for (const [method, path] of [
    ["POST", "/api/v1/indicators"],
    ["PUT", "/api/v1/indicators/hotline-satisfaction-rate"],
    ["DELETE", "/api/v1/topics"],
  ] as const) {
    const res = await request.fetch(path, { method, data: { value: 1 } });
    const body = await expectError(res, 405, "method_not_allowed");
    expect(body.error.message).toContain(method);
    expect(res.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  }
});

/**
 * Makes the server drop every answer it kept (they are keyed to the database file's modification
 * time), so the next request is answered by Next whatever earlier tests, or earlier runs against a
 * reused server, asked.
 */
async function dropKeptAnswers() {
  const now = new Date();
  utimesSync(resolve("data/portal.db"), now, new Date(now.getTime() + 1_000));
  // The server looks at the file at most twice a second.
  await new Promise((r) => setTimeout(r, 700));
}

test.describe("answers kept in memory (scripts/serve.ts)", () => {
  const url = "/api/v1/indicators?topic=hotline&lang=en&per_page=7";
  const replayed = (h: Record<string, string>) =>
    Object.fromEntries(Object.entries(h).filter(([k]) => !["date", "x-cache", "content-length", "transfer-encoding", "connection", "keep-alive", "content-encoding", "vary"].includes(k)));

  test("the kept answer is the one Next gave: same status, body and headers; then 304 and HEAD", async ({ request }) => {
    await dropKeptAnswers();
    const first = await request.get(url);
    expect(first.status()).toBe(200);
    expect(first.headers()["x-cache"]).toBe("MISS");
    const second = await request.get(url);
    expect(second.status()).toBe(200);
    expect(second.headers()["x-cache"]).toBe("HIT");
    expect(await second.text()).toBe(await first.text());
    expect(replayed(second.headers())).toEqual(replayed(first.headers()));
    expect(second.headers()["content-security-policy"]).not.toContain("nonce-");

    const notModified = await request.get(url, { headers: { "If-None-Match": first.headers().etag } });
    expect(notModified.status()).toBe(304);
    const head = await request.head(url);
    expect(head.status()).toBe(200);
    expect(head.headers()["x-cache"]).toBe("HIT");
  });

  test("a revalidation the server has not seen is made in full and kept, then answered 304", async ({ request }) => {
    // A browser revalidating after a restart: the server makes the full answer from its read model, keeps it, and
    // answers the matching ETag with a 304 (scripts/serve.ts; lib/server/fast-api.ts).
    await dropKeptAnswers();
    const etag = (await request.get("/api/v1/indicators?topic=education")).headers().etag;
    // The same query written differently, so it is kept under another key.
    const sameQuery = "/api/v1/indicators?page=1&per_page=20&lang=zh&period=&topic=education&q=";
    const first = await request.get(sameQuery, { headers: { "If-None-Match": etag } });
    expect(first.status()).toBe(304);
    expect(first.headers()["x-cache"]).toBe("MISS");
    expect(first.headers().etag).toBe(etag);
    const again = await request.get(sameQuery, { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);
    expect(again.headers()["x-cache"]).toBe("HIT");
  });

  test("errors are never kept", async ({ request }) => {
    for (let i = 0; i < 2; i++) {
      const res = await request.get("/api/v1/indicators?limit=0");
      expect(res.status()).toBe(400);
      expect(res.headers()["x-cache"]).toBe("MISS");
    }
  });

  test("a change to the database file drops what was kept", async ({ request }) => {
    const path = "/api/v1/topics?lang=zh";
    await request.get(path);
    expect((await request.get(path)).headers()["x-cache"]).toBe("HIT");
    await dropKeptAnswers();
    expect((await request.get(path)).headers()["x-cache"]).toBe("MISS");
    expect((await request.get(path)).headers()["x-cache"]).toBe("HIT");
  });
});
