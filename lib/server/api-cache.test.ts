import { describe, expect, it } from "vitest";
import { gunzipSync } from "node:zlib";
import { ApiCache, type ApiCacheLimits } from "./api-cache";
import { encodedBody } from "./http";

const headers = (extra: Record<string, string> = {}) =>
  new Headers({
    "content-type": "application/json; charset=utf-8",
    "cache-control": "public, max-age=300",
    etag: 'W/"abc"',
    date: "Sat, 28 Nov 2026 10:00:00 GMT",
    "transfer-encoding": "chunked",
    "strict-transport-security": "max-age=63072000",
    "x-cache": "MISS",
    ...extra,
  });
const body = Buffer.from('{"data":[1]}');

/** 2026-12-04 12:00 in China (UTC+8), unless the test moves it. */
const clock = { now: new Date("2026-12-04T04:00:00Z") };

function cacheAt(data: { v: string }, limits?: ApiCacheLimits) {
  return new ApiCache(() => data.v, limits, () => clock.now);
}

describe("ApiCache", () => {
  it("keeps a public 200 and replays its headers without per-connection ones", () => {
    const cache = cacheAt({ v: "1" });
    expect(cache.put("/api/v1/topics", 200, headers(), body, cache.version())).toBeDefined();
    const hit = cache.get("/api/v1/topics")!;
    expect(hit.body.toString()).toBe('{"data":[1]}');
    expect(hit.encoded.gzip).toBeUndefined();
    expect(gunzipSync(encodedBody(hit, "gzip") as Buffer).toString()).toBe('{"data":[1]}');
    expect(hit.etag).toBe('W/"abc"');
    expect(Object.keys(hit.headers).filter((h) => !/^(x-content-type|referrer|permissions)/i.test(h)).sort()).toEqual(["ETag", "cache-control", "content-type"]);
  });

  it("refuses errors, no-store answers, cookies and compressed bodies", () => {
    const cache = cacheAt({ v: "1" });
    const v = cache.version();
    expect(cache.put("/a", 400, headers({ "cache-control": "no-store" }), body, v)).toBeUndefined();
    expect(cache.put("/b", 503, headers(), body, v)).toBeUndefined();
    expect(cache.put("/c", 200, headers({ "cache-control": "no-store" }), body, v)).toBeUndefined();
    expect(cache.put("/d", 200, headers({ "set-cookie": "a=b" }), body, v)).toBeUndefined();
    expect(cache.put("/e", 200, headers({ "content-encoding": "gzip" }), body, v)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("drops an answer once the database changes, and refuses one made before the change", () => {
    const data = { v: "1" };
    const cache = cacheAt(data);
    const before = cache.version();
    cache.put("/api/v1/topics", 200, headers(), body, before);
    data.v = "2";
    expect(cache.get("/api/v1/topics")).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.put("/api/v1/topics", 200, headers(), body, before)).toBeUndefined();
  });

  it("never replays an answer made on another day in China: its citations carry the access date", () => {
    clock.now = new Date("2026-12-04T15:59:59Z"); // 23:59:59 on 4 December in UTC+8
    const cache = cacheAt({ v: "1" });
    const made = cache.version();
    expect(made).toContain("2026-12-04");
    cache.put("/api/v1/indicators/a", 200, headers(), Buffer.from('{"accessed":"2026-12-04"}'), made);
    expect(cache.get("/api/v1/indicators/a")).toBeDefined();
    clock.now = new Date("2026-12-04T16:00:00Z"); // midnight: 5 December in China, still the 4th in UTC
    expect(cache.version()).toContain("2026-12-05");
    expect(cache.get("/api/v1/indicators/a")).toBeUndefined();
    // An answer begun before midnight and finished after it is not kept either.
    expect(cache.put("/api/v1/indicators/a", 200, headers(), body, made)).toBeUndefined();
    clock.now = new Date("2026-12-04T04:00:00Z");
  });

  it("evicts the least recently used beyond its entry budget", () => {
    const cache = cacheAt({ v: "1" }, { entries: 2, bytes: 1_000_000, entryBytes: 1_000 });
    const v = cache.version();
    cache.put("/a", 200, headers(), body, v);
    cache.put("/b", 200, headers(), body, v);
    cache.get("/a");
    cache.put("/c", 200, headers(), body, v);
    expect(cache.get("/b")).toBeUndefined();
    expect(cache.get("/a")).toBeDefined();
    expect(cache.get("/c")).toBeDefined();
  });

  it("keeps memory within its byte budget and skips oversized answers", () => {
    const cache = cacheAt({ v: "1" }, { entries: 100, bytes: 4_000, entryBytes: 1_500 });
    const v = cache.version();
    expect(cache.put("/big", 200, headers(), Buffer.alloc(2_000, "x"), v)).toBeUndefined();
    for (let i = 0; i < 10; i++) cache.put(`/q${i}`, 200, headers(), Buffer.alloc(1_000, String(i)), v);
    expect(cache.size).toBe(4);
    // A compressed copy counts too: once counted, the oldest entry is pushed out.
    const latest = cache.get("/q9")!;
    encodedBody(latest, "gzip");
    encodedBody(latest, "br");
    cache.recount("/q9", latest);
    expect(cache.size).toBe(3);
    expect(cache.get("/q6")).toBeUndefined();
    expect(cache.get("/q9")).toBeDefined();
  });
});
