import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { publicPathOfPrerenderedFile } from "../i18n/paths";
import { contentSecurityPolicy, inlineScripts, isEmbedPath, scriptHash } from "../security/csp";
import { readCspHashes } from "../security/csp-hashes";
import { FIXED_SECURITY_HEADERS, responseSecurityHeaders } from "../security/headers";
import { PAGE_CACHE_CONTROL } from "./cache-policy";

/** A response built once at start-up from a pre-rendered file, ready to send as is. */
export type PrerenderedResponse = {
  headers: Record<string, string>;
  body: Buffer;
  gzip: Buffer;
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

/**
 * Everything `next build` pre-rendered, keyed by public path: the portal's pages (with their
 * hash-based CSP) and static route outputs. Dynamic routes, redirects and client-navigation
 * requests are not here and go to Next.
 */
export function loadPrerendered(nextDir = path.resolve(".next")): Map<string, PrerenderedResponse> {
  const appDir = path.join(nextDir, "server/app");
  const hashes = readCspHashes(nextDir);
  const out = new Map<string, PrerenderedResponse>();

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
        out.set(
          publicPath,
          prepared(readFileSync(full), {
            "Content-Type": "text/html; charset=utf-8",
            ...responseSecurityHeaders({ csp, embed: isEmbedPath(publicPath), https: false }),
            "Cache-Control": PAGE_CACHE_CONTROL,
            Vary: PAGE_VARY,
          }),
        );
      } else if (name.endsWith(".body")) {
        const publicPath = publicPathOfRouteOutput(relative);
        const metaFile = full.replace(/\.body$/, ".meta");
        if (!publicPath || !existsSync(metaFile)) continue;
        const meta = JSON.parse(readFileSync(metaFile, "utf8")) as { status?: number; headers?: Record<string, string> };
        if ((meta.status ?? 200) !== 200) continue;
        const headers = Object.fromEntries(Object.entries(meta.headers ?? {}).filter(([k]) => !k.startsWith("x-next")));
        out.set(
          publicPath,
          prepared(readFileSync(full), {
            ...headers,
            ...responseSecurityHeaders({ csp: contentSecurityPolicy({ scriptSources: [], embed: false }), embed: false, https: false }),
            "Cache-Control": headers["cache-control"] ?? "public, max-age=300",
            Vary: "Accept-Encoding",
          }),
        );
      }
    }
  };
  if (existsSync(appDir)) walk(appDir);
  return out;
}
