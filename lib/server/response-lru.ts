import type { PrerenderedResponse } from "./prerendered";

/** The bytes a response holds in memory: a body served from its file on disk holds none. */
export const bytesInMemory = (r: PrerenderedResponse) => (Buffer.isBuffer(r.body) ? r.body.length : 0) + (Buffer.isBuffer(r.gzip) ? r.gzip.length : 0);

/**
 * Responses kept in memory within a count and a byte budget, least recently used out: what bounds
 * the production server's memory whatever the number of pages (pre-rendered or made on demand).
 */
export class ResponseLru {
  private readonly entries = new Map<string, PrerenderedResponse>();
  private heldBytes = 0;

  constructor(readonly limits: { entries: number; bytes: number }) {}

  get size() {
    return this.entries.size;
  }

  get bytes() {
    return this.heldBytes;
  }

  get(key: string): PrerenderedResponse | undefined {
    const response = this.entries.get(key);
    if (!response) return undefined;
    // Re-insert so Map order is least recently used first.
    this.entries.delete(key);
    this.entries.set(key, response);
    return response;
  }

  /** Keeps `response` unless it alone would take more than a quarter of the budget; returns whether it was kept. */
  put(key: string, response: PrerenderedResponse): boolean {
    this.drop(key);
    const size = bytesInMemory(response);
    if (size > this.limits.bytes / 4) return false;
    this.entries.set(key, response);
    this.heldBytes += size;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.limits.entries && this.heldBytes <= this.limits.bytes) break;
      this.drop(oldest);
    }
    return true;
  }

  private drop(key: string) {
    const response = this.entries.get(key);
    if (!response) return;
    this.heldBytes -= bytesInMemory(response);
    this.entries.delete(key);
  }
}
