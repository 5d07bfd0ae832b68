import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { CORS_HEADERS } from "./lib/api/cors";
import { API_INDICATOR_BASE, renamedIndicatorRedirects } from "./lib/content/redirects";
import { localeRedirects, localeRewrites } from "./lib/i18n/app-routes";
import { FIXED_SECURITY_HEADERS } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const asList = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Nothing made at run time is written to .next/: on-demand share images and downloads stay in Next's
  // bounded memory cache (50 MB), pages are made per request with their own nonce (lib/server/next-cache-handler.cjs).
  cacheHandler: path.resolve("lib/server/next-cache-handler.cjs"),
  cacheMaxMemorySize: 50 * 1024 * 1024,
  // app/global-not-found.tsx: the one 404 page, a whole document of its own (no root layout to nest in).
  experimental: { globalNotFound: true },
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  // Chinese pages live at "/" and English ones at "/en" (lib/i18n/paths.ts). This is done with config
  // rewrites rather than a middleware rewrite: Next 16.2.6+ turns middleware rewrites into 307 loops
  // under `next start` (vercel/next.js#94342), and a rewrite here costs nothing per request.
  async rewrites() {
    return { beforeFiles: localeRewrites(), afterFiles: [], fallback: [] };
  },
  // The Content-Security-Policy and framing rules (only /embed/ may be framed) come from proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: asList(FIXED_SECURITY_HEADERS) },
      // A renamed API resource's redirect is followed by browsers on other sites' pages too.
      { source: `${API_INDICATOR_BASE}/:slug`, headers: asList(CORS_HEADERS) },
    ];
  },
  async redirects() {
    return [...localeRedirects(), ...renamedIndicatorRedirects()];
  },
};

export default withNextIntl(nextConfig);
