import type { IncomingMessage } from "node:http";
import { LRUCache } from "lru-cache";
import { todayInChina } from "../dates";
import { bytesInMemory, stored, type StoredResponse } from "./http";

/**
 * Answers of the read-only API kept in memory, in front of the read model. The API reads a database
 * that changes only when content is imported, and its citations carry the day they were made (the
 * access date, in China's time zone): an answer stays right until the database file changes or the
 * day turns in UTC+8. Entries carry both and are dropped when either changes. Only 200s that say
 * `Cache-Control: public` are kept, within a count and byte budget, least recently used first out
 * (lru-cache), so random query strings cannot grow memory without bound.
 */

export type CachedAnswer = StoredResponse & { version: string };

/** Per-connection or per-request headers that must not be replayed from the cache. */
const NOT_REPLAYED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "strict-transport-security", "x-cache"]);

export const API_PREFIX = "/api/";

export type ApiCacheLimits = { entries: number; bytes: number; entryBytes: number };

export class ApiCache {
  private readonly entries: LRUCache<string, CachedAnswer>;

  constructor(
    /** Changes whenever the data behind the API may have changed (the database file's mtime). */
    private readonly dataVersion: () => string,
    limits: ApiCacheLimits = { entries: 2_000, bytes: 64 * 1024 * 1024, entryBytes: 2 * 1024 * 1024 },
    /** The clock; a test moves it across midnight in China. */
    private readonly now: () => Date = () => new Date(),
  ) {
    this.entries = new LRUCache({
      max: limits.entries,
      maxSize: limits.bytes,
      maxEntrySize: limits.entryBytes,
      sizeCalculation: (entry) => Math.max(1, bytesInMemory(entry)),
    });
  }

  /** Whether this request's answer may come from, or go into, the cache. */
  static handles(req: IncomingMessage, url: URL): boolean {
    return (req.method === "GET" || req.method === "HEAD") && url.pathname.startsWith(API_PREFIX);
  }

  /** What an answer made now depends on: the database and the day its citations are accessed. */
  version(): string {
    return `${this.dataVersion()} ${todayInChina(this.now())}`;
  }

  get size() {
    return this.entries.size;
  }

  get(key: string): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.version !== this.version()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Counts again what `key` holds, after a compressed form was added to it. */
  recount(key: string, entry: CachedAnswer) {
    if (this.entries.peek(key) === entry) this.entries.set(key, entry);
  }

  /**
   * Keeps a finished answer if it is a public 200 within budget, made at `version` (this.version()
   * when its making began) and still current; returns the kept entry.
   */
  put(key: string, status: number, headers: Headers, body: Buffer, version: string): CachedAnswer | undefined {
    const kept: Record<string, string> = {};
    headers.forEach((value, name) => {
      if (!NOT_REPLAYED.has(name)) kept[name] = value;
    });
    if (status !== 200 || !/\bpublic\b/.test(kept["cache-control"] ?? "") || "set-cookie" in kept || headers.has("content-encoding")) return undefined;
    if (version !== this.version()) return undefined;
    const etag = kept.etag;
    delete kept.etag;
    const entry: CachedAnswer = { ...stored(body, kept, etag), version };
    this.entries.set(key, entry);
    return this.entries.peek(key);
  }
}
