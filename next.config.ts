import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { renamedIndicatorRedirects } from "./lib/content/redirects";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Paths that are not pages in a language: English pages, assets, the API, downloads, embeds, files.
const NOT_CHINESE_PAGES = "en(?:/|$)|zh(?:/|$)|api(?:/|$)|data/|embed(?:/|$)|og/|_next/|.*\\.";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // app/global-not-found.tsx: the one 404 page, a whole document of its own (no root layout to nest in).
  experimental: { globalNotFound: true },
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  // Chinese pages live at "/" and English ones at "/en". This is done with config rewrites rather
  // than a middleware rewrite: Next 16.2.6+ turns middleware rewrites into 307 loops under
  // `next start` (vercel/next.js#94342), and a rewrite here costs nothing per request.
  async rewrites() {
    return {
      beforeFiles: [
        // /embed/indicators/<slug>?lang=en serves the English embed without a redirect inside the iframe.
        {
          source: "/embed/indicators/:slug",
          has: [{ type: "query", key: "lang", value: "en" }],
          destination: "/embed/en/indicators/:slug",
        },
        { source: "/", destination: "/zh" },
        { source: "/feed.xml", destination: "/zh/feed.xml" },
        { source: `/:path((?!${NOT_CHINESE_PAGES}).+)`, destination: "/zh/:path" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  // The Content-Security-Policy and framing rules (only /embed/ may be framed) come from proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
        ],
      },
    ];
  },
  async redirects() {
    return [
      { source: "/zh", destination: "/", permanent: true },
      { source: "/zh/:path*", destination: "/:path*", permanent: true },
      ...renamedIndicatorRedirects(),
    ];
  },
};

export default withNextIntl(nextConfig);
