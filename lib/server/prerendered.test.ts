import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { encodedBody } from "./http";
import { loadPrerendered } from "./prerendered";

/** A build output with `pages` pre-rendered Chinese pages of `pageBytes` each and one large CSV. */
function fakeBuild(pages: number, pageBytes: number, csvBytes: number) {
  const nextDir = mkdtempSync(path.join(tmpdir(), "next-"));
  const app = path.join(nextDir, "server/app");
  mkdirSync(path.join(app, "zh/topics"), { recursive: true });
  mkdirSync(path.join(app, "data"), { recursive: true });
  const hashes: Record<string, string[]> = {};
  for (let i = 0; i < pages; i++) {
    writeFileSync(path.join(app, `zh/topics/t${i}.html`), `<!DOCTYPE html><p>${i}</p>`.padEnd(pageBytes, " "));
    hashes[`/topics/t${i}`] = [];
  }
  // Numbers spelled out differ enough that gzip cannot make the file small.
  writeFileSync(path.join(app, "data/all.csv.body"), Array.from({ length: csvBytes / 8 }, (_, i) => String((i * 7919) % 99_999_991).padStart(8, "0")).join(""));
  writeFileSync(path.join(app, "data/all.csv.meta"), JSON.stringify({ status: 200, headers: { "content-type": "text/csv; charset=utf-8" } }));
  writeFileSync(path.join(nextDir, "csp-hashes.json"), JSON.stringify(hashes));
  return nextDir;
}

describe("PrerenderedPages", () => {
  it("indexes every pre-rendered file but holds only what fits its byte budget", () => {
    {
      const pages = loadPrerendered(fakeBuild(40, 100_000, 8 * 1024 * 1024), 1024 * 1024);
      expect(pages.size).toBe(41);
      expect(pages.bytesInMemory).toBe(0);
      for (let i = 0; i < 40; i++) expect((pages.get(`/topics/t${i}`)!.body as Buffer).toString().trimEnd()).toBe(`<!DOCTYPE html><p>${i}</p>`);
      expect(pages.bytesInMemory).toBeGreaterThan(0);
      expect(pages.bytesInMemory).toBeLessThanOrEqual(1024 * 1024);
      // A page pushed out is read again, the same bytes under the same ETag.
      const first = pages.get("/topics/t0")!;
      expect(first.etag).toBe(pages.get("/topics/t0")!.etag);
      expect(gunzipSync(encodedBody(first, "gzip") as Buffer).equals(first.body as Buffer)).toBe(true);
      expect(brotliDecompressSync(encodedBody(first, "br") as Buffer).equals(first.body as Buffer)).toBe(true);
      expect(pages.get("/topics/none")).toBeUndefined();
    }
  });

  it("sends a large file from disk, with each compressed form made once beside the build", () => {
    const nextDir = fakeBuild(1, 100, 8 * 1024 * 1024);
    const pages = loadPrerendered(nextDir);
    const csv = pages.get("/data/all.csv")!;
    expect(csv.body).toEqual({ file: path.join(nextDir, "server/app/data/all.csv.body"), size: 8 * 1024 * 1024 });
    const gzip = encodedBody(csv, "gzip") as { file: string; size: number };
    expect(path.dirname(gzip.file)).toBe(path.join(nextDir, "cache/portal-encoded"));
    expect(readdirSync(path.dirname(gzip.file))).toEqual([path.basename(gzip.file)]);
    expect(encodedBody(csv, "gzip")).toBe(gzip);
    expect(csv.headers["Content-Type"] ?? csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    // Held: the index entry only (lru-cache counts every entry as at least one byte).
    expect(pages.bytesInMemory).toBeLessThanOrEqual(1);
    // A second process finds the gzip there and gives the same ETag.
    expect(loadPrerendered(nextDir).get("/data/all.csv")!.etag).toBe(csv.etag);
  });
});
