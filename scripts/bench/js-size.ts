import { gzipSync } from "node:zlib";
import { get } from "./http";

/** One JavaScript file a first visit loads. */
export type Chunk = {
  path: string;
  /** Bytes as served without compression. */
  raw: number;
  /** zlib gzip level 9 of the raw bytes: the number the targets use. */
  gzip: number;
  /** Bytes on the wire when the client accepts gzip and br; equals `raw` when the server does not compress. */
  served: number;
  servedEncoding: string;
  /** What the chunk appears to hold, guessed from strings that survive minification. */
  holds: string;
};

export type PageJs = {
  route: string;
  path: string;
  status: number;
  htmlGzip: number;
  chunks: Chunk[];
  /** Scripts only legacy browsers load (`<script nomodule>`): listed, not counted. */
  legacyOnly: Chunk[];
  totalRaw: number;
  totalGzip: number;
  totalServed: number;
};

/**
 * `src` of every script and `href` of every script preload or modulepreload under /_next/static, in
 * document order, without repeats. Inline scripts (the RSC payload) are part of the HTML and counted there.
 */
export function scriptUrls(html: string): { modern: string[]; legacy: string[] } {
  const modern: string[] = [];
  const legacy: string[] = [];
  const tag = /<(script|link)\b([^>]*)>/gi;
  for (const [, name, attrs] of html.matchAll(tag)) {
    const attr = (key: string) => new RegExp(`\\b${key}\\s*=\\s*["']([^"']*)["']`, "i").exec(attrs)?.[1];
    let url: string | undefined;
    if (name.toLowerCase() === "script") url = attr("src");
    else {
      const rel = attr("rel")?.toLowerCase();
      if (rel === "modulepreload" || (rel === "preload" && attr("as")?.toLowerCase() === "script")) url = attr("href");
    }
    if (!url || !url.startsWith("/_next/static/")) continue;
    const list = /\bnomodule\b/i.test(attrs) ? legacy : modern;
    if (!modern.includes(url) && !legacy.includes(url)) list.push(url);
  }
  return { modern, legacy };
}

/** Strings that survive minification, and what they give away. Order matters: first match names the chunk. */
const SIGNATURES: [RegExp, string][] = [
  [/TURBOPACK_ASSET_SUFFIX/, "Turbopack runtime (module loader)"],
  [/__reactContainer|__reactFiber/, "react-dom (client renderer, scheduler)"],
  [/INSUFFICIENT_PATH|IntlMessageFormat|@formatjs/, "next-intl / use-intl client (with intl-messageformat)"],
  [/next-router|NEXT_REDIRECT|__NEXT_/, "next app-router client runtime"],
  [/errorThemeCss|WarningIcon/, "next error overlay / global-error UI"],
  [/useRouterBFCache|LayoutRouter/, "next layout router"],
];

/** App components exported from a chunk, read from Turbopack's `e.s(["Name",…` export lists. */
function appExports(code: string): string[] {
  return [...new Set([...code.matchAll(/\.s\(\["([A-Z][A-Za-z0-9]+)"/g)].map((m) => m[1]))];
}

function describeChunk(code: string, legacy: boolean): string {
  if (legacy) return "polyfills for browsers without ES modules";
  const found = SIGNATURES.filter(([re]) => re.test(code)).map(([, what]) => what);
  const components = appExports(code);
  if (components.length) found.push(`app client components: ${components.join(", ")}`);
  return found.length ? found.slice(0, 2).join("; ") : "unidentified";
}

const cache = new Map<string, Promise<Chunk>>();

function measureChunk(origin: string, path: string, legacy: boolean): Promise<Chunk> {
  const key = `${origin}${path}`;
  if (!cache.has(key)) {
    cache.set(
      key,
      (async () => {
        const plain = await get(origin + path, { "accept-encoding": "identity" });
        if (plain.status !== 200) throw new Error(`${path}: HTTP ${plain.status}`);
        const wire = await get(origin + path, { "accept-encoding": "gzip, br" });
        return {
          path,
          raw: plain.body.length,
          gzip: gzipSync(plain.body, { level: 9 }).length,
          served: wire.body.length,
          servedEncoding: String(wire.headers["content-encoding"] ?? "none"),
          holds: describeChunk(plain.body.toString("utf8"), legacy),
        };
      })(),
    );
  }
  return cache.get(key)!;
}

/** The JavaScript a first visit to `path` loads, fetched from the running portal. */
export async function measurePageJs(origin: string, route: string, path: string): Promise<PageJs> {
  const page = await get(origin + path, { "accept-encoding": "identity" });
  const html = page.body.toString("utf8");
  const urls = scriptUrls(html);
  const chunks = await Promise.all(urls.modern.map((u) => measureChunk(origin, u, false)));
  const legacyOnly = await Promise.all(urls.legacy.map((u) => measureChunk(origin, u, true)));
  const sum = (key: "raw" | "gzip" | "served") => chunks.reduce((n, c) => n + c[key], 0);
  return {
    route,
    path,
    status: page.status,
    htmlGzip: gzipSync(page.body, { level: 9 }).length,
    chunks,
    legacyOnly,
    totalRaw: sum("raw"),
    totalGzip: sum("gzip"),
    totalServed: sum("served"),
  };
}
