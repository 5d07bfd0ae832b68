import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { publicPathOfPrerenderedFile } from "../i18n/paths";
import { contentSecurityPolicy, inlineScripts, isEmbedPath, scriptHash } from "../security/csp";
import { readCspHashes } from "../security/csp-hashes";
import { FIXED_SECURITY_HEADERS, responseSecurityHeaders } from "../security/headers";
import { PAGE_CACHE_CONTROL } from "./cache-policy";
import { ResponseLru } from "./response-lru";

/** A body held in memory, or one too large to hold, sent from its file on disk. */
export type ResponseBody = Buffer | { file: string; size: number };

/** A response made once from a pre-rendered file, ready to send as is. */
export type PrerenderedResponse = {
  headers: Record<string, string>;
  body: ResponseBody;
  gzip: ResponseBody;
  etag: string;
};


// The same Vary Next sends: one URL answers HTML, or an RSC payload for client navigations.
export const PAGE_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";

/** A body made ready to send: its gzip and ETag computed once. */
export function prepared(body: Buffer, headers: Record<string, string>): PrerenderedResponse {
  const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
  return { body, gzip: gzipSync(body, { level: 9 }), etag, headers: { ...FIXED_SECURITY_HEADERS, ...headers, ETag: etag } };
}

/** Route-handler outputs (`x.body` + `x.meta`) that Next pre-rendered: CSV, JSON, feeds, share images. */
function publicPathOfRouteOutput(relative: string): string | null {
  const route = relative.replace(/\\/g, "/").replace(/\.body$/, "");
  return publicPathOfPrerenderedFile(relative) ?? (/^(data|og)\//.test(route) ? `/${route}` : null);
}

/**
 * The pre-rendered 404 page (app/global-not-found.tsx), with a CSP that allows its own inline scripts:
 * what an unknown figure address gets, since a page that calls notFound() itself renders an empty
 * shell that only JavaScript fills in (vercel/next.js#98954).
 */
export function loadNotFoundPage(nextDir = path.resolve(".next")): PrerenderedResponse | null {
  const file = path.join(nextDir, "server/app/_not-found.html");
  if (!existsSync(file)) return null;
  const body = readFileSync(file);
  const csp = contentSecurityPolicy({ scriptSources: [...new Set(inlineScripts(body.toString("utf8")).map(scriptHash))], embed: false });
  return prepared(body, {
    "Content-Type": "text/html; charset=utf-8",
    ...responseSecurityHeaders({ csp, embed: false, https: false }),
    "Cache-Control": "no-store",
  });
}

/** A pre-rendered file and the headers it is sent with; its body is read when first asked for. */
type PrerenderedFile = { file: string; headers: Record<string, string> };

/** Files from this size up are never held in memory: their gzip is made once, on disk, and both are sent from there. */
const LARGE_FILE_BYTES = 4 * 1024 * 1024;

/** How much memory pre-rendered responses may hold (`PORTAL_PAGE_MEMORY_MB`, default 128). */
export function pageMemoryBytes(env = process.env.PORTAL_PAGE_MEMORY_MB): number {
  const mb = env === undefined || env === "" ? 128 : Number(env);
  if (!Number.isFinite(mb) || mb < 1) throw new Error(`PORTAL_PAGE_MEMORY_MB=${env}: a number of megabytes, 1 or more`);
  return mb * 1024 * 1024;
}

/**
 * Everything `next build` pre-rendered, keyed by public path. The index of paths is complete; the
 * bodies are read and compressed on first request and kept within a byte budget, least recently
 * used out, so the server's memory follows the budget, not the number of pages. Files too large for
 * the budget are sent from disk with a gzip made once beside the build.
 */
export class PrerenderedPages {
  private readonly kept: ResponseLru;

  constructor(
    private readonly files: Map<string, PrerenderedFile>,
    private readonly gzipDir: string,
    budgetBytes = pageMemoryBytes(),
  ) {
    this.kept = new ResponseLru({ entries: Number.MAX_SAFE_INTEGER, bytes: budgetBytes });
  }

  /** How many responses there are, in memory or not. */
  get size() {
    return this.files.size;
  }

  /** What the responses kept in memory hold now. */
  get bytesInMemory() {
    return this.kept.bytes;
  }

  get(pathname: string): PrerenderedResponse | undefined {
    const kept = this.kept.get(pathname);
    if (kept) return kept;
    const entry = this.files.get(pathname);
    if (!entry) return undefined;
    const response = statSync(entry.file).size >= LARGE_FILE_BYTES ? this.onDisk(entry) : prepared(readFileSync(entry.file), entry.headers);
    this.kept.put(pathname, response);
    return response;
  }

  /** A large file's response: ETag from its bytes, gzip written once under the build (named by content, so replicas share it). */
  private onDisk({ file, headers }: PrerenderedFile): PrerenderedResponse {
    const body = readFileSync(file);
    const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
    const gzipFile = path.join(this.gzipDir, `${etag.slice(1, -1)}.gz`);
    if (!existsSync(gzipFile)) {
      mkdirSync(this.gzipDir, { recursive: true });
      const temporary = `${gzipFile}.${process.pid}.tmp`;
      writeFileSync(temporary, gzipSync(body, { level: 6 }));
      renameSync(temporary, gzipFile);
    }
    return {
      body: { file, size: body.length },
      gzip: { file: gzipFile, size: statSync(gzipFile).size },
      etag,
      headers: { ...FIXED_SECURITY_HEADERS, ...headers, ETag: etag },
    };
  }
}

/**
 * Indexes everything `next build` pre-rendered: the portal's pages (with their hash-based CSP) and
 * static route outputs. Dynamic routes, redirects and client-navigation requests are not here and go to Next.
 */
export function loadPrerendered(nextDir = path.resolve(".next")): PrerenderedPages {
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
  return new PrerenderedPages(out, path.join(nextDir, "cache/portal-gzip"));
}
