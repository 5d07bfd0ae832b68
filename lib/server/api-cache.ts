import { cameOverHttps, HSTS } from "../security/headers";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { etagMatches } from "../api/etag";

/**
 * Answers of the read-only API kept in memory, in front of Next. The API reads a database that
 * changes only when content is imported, so an answer stays right until the database file changes;
 * recomputing it costs Next's request pipeline and a Prisma query (about 4 ms of CPU each, see
 * `npm run bench`), a kept answer costs what a static file does. Entries carry the database's
 * version and are dropped when it changes. Only 200s that say `Cache-Control: public` are kept,
 * within a count and byte budget, least recently used first out, so random query strings cannot
 * grow memory without bound.
 */

export type CachedAnswer = {
  headers: Record<string, string>;
  body: Buffer;
  /** Made on the first hit that accepts gzip: most URLs asked once never need it. */
  gzip?: Buffer;
  etag: string | undefined;
  version: string;
};

/** Per-connection or per-request headers that must not be replayed from the cache. */
const NOT_REPLAYED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "strict-transport-security", "x-cache"]);

export const API_PREFIX = "/api/";

export class ApiCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private bytes = 0;

  constructor(
    /** Changes whenever the data behind the API may have changed (the database file's mtime). */
    private readonly version: () => string,
    private readonly limits = { entries: 2_000, bytes: 64 * 1024 * 1024, entryBytes: 2 * 1024 * 1024 },
  ) {}

  /** Whether this request's answer may come from, or go into, the cache. */
  static handles(req: IncomingMessage, url: URL): boolean {
    return (req.method === "GET" || req.method === "HEAD") && url.pathname.startsWith(API_PREFIX);
  }

  get size() {
    return this.entries.size;
  }

  /** The gzipped body, made once and counted in the byte budget. */
  gzipOf(entry: CachedAnswer): Buffer {
    if (!entry.gzip) {
      entry.gzip = gzipSync(entry.body);
      this.bytes += entry.gzip.length;
      this.evictOverBudget();
    }
    return entry.gzip;
  }

  get(key: string): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== this.version()) {
      this.delete(key);
      return undefined;
    }
    // Re-insert so Map order is least recently used first.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Keeps a finished answer if it is a public 200 within budget; returns whether it was kept. */
  put(key: string, status: number, rawHeaders: OutgoingHttpHeaders, body: Buffer, version: string): boolean {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(rawHeaders)) {
      if (value === undefined || NOT_REPLAYED.has(name.toLowerCase())) continue;
      headers[name] = Array.isArray(value) ? value.join(", ") : String(value);
    }
    const cacheControl = headers["cache-control"] ?? "";
    if (status !== 200 || !/\bpublic\b/.test(cacheControl) || "set-cookie" in headers) return false;
    if (rawHeaders["content-encoding"] !== undefined || body.length > this.limits.entryBytes) return false;
    if (version !== this.version()) return false;

    this.delete(key);
    const entry: CachedAnswer = { headers, body, etag: headers.etag, version };
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    this.evictOverBudget();
    return true;
  }

  /** Drops least recently used entries (first in Map order) until within both budgets. */
  private evictOverBudget() {
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.limits.entries && this.bytes <= this.limits.bytes) break;
      this.delete(oldest);
    }
  }

  private delete(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.body.length + (entry.gzip?.length ?? 0);
    this.entries.delete(key);
  }
}

/** Writes a cached answer: 304 for a matching If-None-Match, gzip when the client takes it, no body for HEAD. */
export function sendCached(req: IncomingMessage, res: ServerResponse, entry: CachedAnswer, cache: ApiCache, label: "HIT" | "MISS" = "HIT") {
  const headers: Record<string, string> = { ...entry.headers, "x-cache": label };
  if (cameOverHttps(req.headers["x-forwarded-proto"])) Object.assign(headers, HSTS);
  const ifNoneMatch = req.headers["if-none-match"];
  if (entry.etag && typeof ifNoneMatch === "string" && etagMatches(ifNoneMatch, entry.etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const body = gzip ? cache.gzipOf(entry) : entry.body;
  if (gzip) headers["content-encoding"] = "gzip";
  headers["content-length"] = String(body.length);
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * Lets Next answer `res` as usual while keeping a copy of what it writes; `done` gets the
 * status, headers and body once the answer is complete (not when the client went away).
 */
export function recordAnswer(res: ServerResponse, done: (status: number, headers: OutgoingHttpHeaders, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const write = res.write;
  const end = res.end;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse["write"];
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse["end"];
  res.on("finish", () => done(res.statusCode, res.getHeaders(), Buffer.concat(chunks)));
}
