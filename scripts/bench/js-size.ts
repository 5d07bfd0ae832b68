import vm from "node:vm";
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
  /** What the chunk appears to hold, by package and share of its raw bytes (see `packagesIn`). */
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

/**
 * Strings that survive minification, and the package they give away, tried in order on each module.
 * Turbopack keeps no file names in production chunks; these are guesses, good enough to see what weighs.
 */
const SIGNATURES: [RegExp, string][] = [
  [/__reactContainer|__reactFiber/, "react-dom"],
  [/createFromReadableStream|createFromFetch/, "react-server-dom (RSC client)"],
  [/INSUFFICIENT_PATH|IntlMessageFormat|MISSING_MESSAGE|NextIntlClientProvider|localePrefix/, "next-intl / use-intl"],
  [/react\.transitional\.element/, "react"],
  [/String\.prototype\.trimStart|trimLeft/, "next polyfills"],
  [/TURBOPACK_ASSET_SUFFIX/, "turbopack runtime"],
];

/**
 * Splits a Turbopack chunk into its module factories by running it against a stub `globalThis.TURBOPACK`
 * (a chunk only registers factories; nothing runs) and weighs each module's source by package.
 * Next's own modules are CommonJS with `__esModule` markers; PascalCase ESM exports left over are app components.
 */
export function packagesIn(code: string): { name: string; raw: number }[] {
  const sandbox: Record<string, unknown> = { document: undefined, self: {} };
  sandbox.globalThis = sandbox;
  const modules: string[] = [];
  try {
    vm.runInNewContext(code, sandbox, { timeout: 1_000 });
    const pushed = (sandbox.TURBOPACK as unknown[][] | undefined)?.[0] ?? [];
    for (const x of pushed) if (typeof x === "function") modules.push(x.toString());
  } catch {
    // Not a module chunk (the runtime itself, or polyfills): weigh it whole.
  }
  if (modules.length === 0) modules.push(code);
  const byName = new Map<string, number>();
  for (const m of modules) {
    let name = SIGNATURES.find(([re]) => re.test(m))?.[1];
    if (!name) {
      const components = [...m.matchAll(/\.s\(\["([A-Z][A-Za-z0-9]+)"/g)].map((x) => x[1]);
      name = components.length && !m.includes("__esModule") ? `app: ${[...new Set(components)].join(", ")}` : "next (app router, runtime)";
    }
    byName.set(name, (byName.get(name) ?? 0) + m.length);
  }
  return [...byName].map(([name, raw]) => ({ name, raw })).sort((a, b) => b.raw - a.raw);
}

function describeChunk(code: string, legacy: boolean): string {
  if (legacy) return "polyfills for browsers without ES modules";
  const parts = packagesIn(code);
  const total = parts.reduce((n, p) => n + p.raw, 0);
  return parts
    .filter((p) => p.raw / total >= 0.03)
    .map((p) => `${p.name} ${Math.round((100 * p.raw) / total)}%`)
    .join(", ");
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
