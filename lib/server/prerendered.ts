import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { LRUCache } from "lru-cache";
import { readEnv } from "../env";
import { publicPathOfPrerenderedFile } from "../i18n/paths";
import { contentSecurityPolicy, isEmbedPath } from "../security/csp";
import { NOT_FOUND_PAGE_KEY, readCspHashes } from "../security/csp-hashes";
import { responseSecurityHeaders } from "../security/headers";
import { PAGE_CACHE_CONTROL } from "./cache-policy";
import { bytesInMemory, stored, storedFile, type StoredResponse } from "./http";

// The same Vary Next sends: one URL answers HTML, or an RSC payload for client navigations.
export const PAGE_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";

/** Route-handler outputs (`x.body` + `x.meta`) that Next pre-rendered: CSV, JSON, feeds, share images. */
function publicPathOfRouteOutput(relative: string): string | null {
  const route = relative.replace(/\\/g, "/").replace(/\.body$/, "");
  return publicPathOfPrerenderedFile(relative) ?? (/^(data|og)\//.test(route) ? `/${route}` : null);
}

/**
 * The pre-rendered 404 page (app/global-not-found.tsx), with a CSP that allows its inline scripts by
 * the hashes the build recorded (scripts/csp-hashes.ts): what an unknown address gets, since a page
 * that calls notFound() itself renders an empty shell that only JavaScript fills in (vercel/next.js#98954).
 */
export function loadNotFoundPage(nextDir = path.resolve(".next")): StoredResponse | null {
  const file = path.join(nextDir, "server/app/_not-found.html");
  const scriptSources = readCspHashes(nextDir).get(NOT_FOUND_PAGE_KEY);
  if (!existsSync(file) || !scriptSources) return null;
  const csp = contentSecurityPolicy({ scriptSources, embed: false });
  return stored(readFileSync(file), {
    "Content-Type": "text/html; charset=utf-8",
    ...responseSecurityHeaders({ csp, embed: false, https: false }),
    "Cache-Control": "no-store",
  });
}

/** A pre-rendered file and the headers it is sent with; its body is read when first asked for. */
type PrerenderedFile = { file: string; headers: Record<string, string> };

/** Files from this size up are never held in memory: their compressed forms are made once, on disk, and all are sent from there. */
const LARGE_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Everything `next build` pre-rendered, keyed by public path. The index of paths is complete; the
 * bodies are read and compressed on first request and kept within a byte budget, least recently
 * used out, so the server's memory follows the budget, not the number of pages. Files too large for
 * the budget are sent from disk with their compressed forms made once beside the build.
 */
export class PrerenderedPages {
  private readonly kept: LRUCache<string, StoredResponse>;

  constructor(
    private readonly files: Map<string, PrerenderedFile>,
    private readonly encodedDir: string,
    budgetBytes = readEnv().PORTAL_PAGE_MEMORY_MB * 1024 * 1024,
  ) {
    // A response alone larger than a quarter of the budget is never held (lru-cache's maxEntrySize).
    this.kept = new LRUCache({ maxSize: budgetBytes, maxEntrySize: budgetBytes / 4, sizeCalculation: (r) => Math.max(1, bytesInMemory(r)) });
  }

  /** How many responses there are, in memory or not. */
  get size() {
    return this.files.size;
  }

  /** What the responses kept in memory hold now. */
  get bytesInMemory() {
    return this.kept.calculatedSize;
  }

  has(pathname: string): boolean {
    return this.files.has(pathname);
  }

  get(pathname: string): StoredResponse | undefined {
    const kept = this.kept.get(pathname);
    if (kept) return kept;
    const entry = this.files.get(pathname);
    if (!entry) return undefined;
    const response =
      statSync(entry.file).size >= LARGE_FILE_BYTES ? storedFile(entry.file, entry.headers, this.encodedDir) : stored(readFileSync(entry.file), entry.headers);
    this.kept.set(pathname, response);
    return response;
  }

  /** Counts again what `pathname` holds, after a compressed form was added to it. */
  recount(pathname: string, response: StoredResponse) {
    if (this.kept.has(pathname)) this.kept.set(pathname, response);
  }
}

/**
 * Indexes everything `next build` pre-rendered: the portal's pages (with their hash-based CSP) and
 * static route outputs. Dynamic routes, redirects and client-navigation requests are not here and go to Next.
 */
export function loadPrerendered(nextDir = path.resolve(".next"), budgetBytes?: number): PrerenderedPages {
  const appDir = path.join(nextDir, "server/app");
  const hashes = readCspHashes(nextDir);
  const out = new Map<string, PrerenderedFile>();

  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      const relative = path.relative(appDir, full);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".html")) {
        const publicPath = publicPathOfPrerenderedFile(relative);
        const scriptSources = publicPath ? hashes.get(publicPath) : undefined;
        if (!publicPath || !scriptSources) continue;
        const csp = contentSecurityPolicy({ scriptSources, embed: isEmbedPath(publicPath) });
        out.set(publicPath, {
          file: full,
          headers: {
            "Content-Type": "text/html; charset=utf-8",
            ...responseSecurityHeaders({ csp, embed: isEmbedPath(publicPath), https: false }),
            "Cache-Control": PAGE_CACHE_CONTROL,
            Vary: PAGE_VARY,
          },
        });
      } else if (name.endsWith(".body")) {
        const publicPath = publicPathOfRouteOutput(relative);
        const metaFile = full.replace(/\.body$/, ".meta");
        if (!publicPath || !existsSync(metaFile)) continue;
        const meta = JSON.parse(readFileSync(metaFile, "utf8")) as { status?: number; headers?: Record<string, string> };
        if ((meta.status ?? 200) !== 200) continue;
        const headers = Object.fromEntries(Object.entries(meta.headers ?? {}).filter(([k]) => !k.startsWith("x-next")));
        out.set(publicPath, {
          file: full,
          headers: {
            ...headers,
            ...responseSecurityHeaders({ csp: contentSecurityPolicy({ scriptSources: [], embed: false }), embed: false, https: false }),
            "Cache-Control": headers["cache-control"] ?? "public, max-age=300",
            Vary: "Accept-Encoding",
          },
        });
      }
    }
  };
  if (existsSync(appDir)) walk(appDir);
  return new PrerenderedPages(out, path.join(nextDir, "cache/portal-encoded"), budgetBytes);
}
