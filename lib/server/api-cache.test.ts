import { describe, expect, it } from "vitest";
import { gunzipSync } from "node:zlib";
import { ApiCache } from "./api-cache";

const headers = {
  "content-type": "application/json; charset=utf-8",
  "cache-control": "public, max-age=300",
  etag: 'W/"abc"',
  date: "Sat, 28 Nov 2026 10:00:00 GMT",
  "transfer-encoding": "chunked",
  "strict-transport-security": "max-age=63072000",
  "x-cache": "MISS",
};
const body = Buffer.from('{"data":[1]}');

function cacheAt(version: { v: string }, limits?: ConstructorParameters<typeof ApiCache>[1]) {
  return new ApiCache(() => version.v, limits);
}

describe("ApiCache", () => {
  it("keeps a public 200 and replays its headers without per-connection ones", () => {
    const v = { v: "1" };
    const cache = cacheAt(v);
    expect(cache.put("/api/v1/topics", 200, headers, body, "1")).toBe(true);
    const hit = cache.get("/api/v1/topics")!;
    expect(hit.body.toString()).toBe('{"data":[1]}');
    expect(hit.gzip).toBeUndefined();
    expect(gunzipSync(cache.gzipOf(hit)).toString()).toBe('{"data":[1]}');
    expect(cache.gzipOf(hit)).toBe(hit.gzip);
    expect(hit.etag).toBe('W/"abc"');
    expect(Object.keys(hit.headers).sort()).toEqual(["cache-control", "content-type", "etag"]);
  });

  it("refuses errors, no-store answers, cookies and compressed bodies", () => {
    const cache = cacheAt({ v: "1" });
    expect(cache.put("/a", 400, { ...headers, "cache-control": "no-store" }, body, "1")).toBe(false);
    expect(cache.put("/b", 503, headers, body, "1")).toBe(false);
    expect(cache.put("/c", 200, { ...headers, "cache-control": "no-store" }, body, "1")).toBe(false);
    expect(cache.put("/d", 200, { ...headers, "set-cookie": "a=b" }, body, "1")).toBe(false);
    expect(cache.put("/e", 200, { ...headers, "content-encoding": "gzip" }, body, "1")).toBe(false);
    expect(cache.size).toBe(0);
  });

  it("drops an answer once the database changes, and refuses one made before the change", () => {
    const v = { v: "1" };
    const cache = cacheAt(v);
    cache.put("/api/v1/topics", 200, headers, body, "1");
    v.v = "2";
    expect(cache.get("/api/v1/topics")).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.put("/api/v1/topics", 200, headers, body, "1")).toBe(false);
  });

  it("evicts the least recently used beyond its entry budget", () => {
    const cache = cacheAt({ v: "1" }, { entries: 2, bytes: 1_000_000, entryBytes: 1_000 });
    cache.put("/a", 200, headers, body, "1");
    cache.put("/b", 200, headers, body, "1");
    cache.get("/a");
    cache.put("/c", 200, headers, body, "1");
    expect(cache.get("/b")).toBeUndefined();
    expect(cache.get("/a")).toBeDefined();
    expect(cache.get("/c")).toBeDefined();
  });

  it("keeps memory within its byte budget and skips oversized answers", () => {
    const cache = cacheAt({ v: "1" }, { entries: 100, bytes: 4_000, entryBytes: 1_500 });
    expect(cache.put("/big", 200, headers, Buffer.alloc(2_000, "x"), "1")).toBe(false);
    for (let i = 0; i < 10; i++) cache.put(`/q${i}`, 200, headers, Buffer.alloc(1_000, String(i)), "1");
    expect(cache.size).toBe(4);
    // A gzipped copy counts too: making one pushes the oldest entry out.
    cache.gzipOf(cache.get("/q9")!);
    expect(cache.size).toBe(3);
    expect(cache.get("/q6")).toBeUndefined();
    expect(cache.get("/q9")).toBeDefined();
  });
});
