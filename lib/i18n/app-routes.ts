import { readdirSync } from "node:fs";
import path from "node:path";
import { DEFAULT_LOCALE, LOCALES, LOCALIZED_BASES, QUERY_LOCALE } from "./paths";

/**
 * next.config.ts's rewrites and redirects for the locale rule of lib/i18n/paths.ts, with the list of
 * routes that are not pages in a language read from app/ itself: a new top-level route folder is
 * never mistaken for a Chinese page.
 */

const isRouteSegment = (name: string) => !/^[[(_@]/.test(name);

/** Top-level folders of app/ that are routes of their own (api, data, embed, og). */
export function unlocalizedRoutes(appDir = path.resolve("app")): string[] {
  return readdirSync(appDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && isRouteSegment(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** Routes of app/[locale] whose name has a dot (feed.xml): the rule below leaves dotted paths to files. */
export function localizedFileRoutes(appDir = path.resolve("app")): string[] {
  return readdirSync(path.join(appDir, "[locale]"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.includes("."))
    .map((entry) => entry.name)
    .sort();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

type Rewrite = { source: string; destination: string; has?: { type: "query"; key: string; value: string }[] };

export function localeRewrites(appDir = path.resolve("app")): Rewrite[] {
  const locales = LOCALES.map((l) => `${l}(?:/|$)`);
  const unlocalized = unlocalizedRoutes(appDir).map((name) => `${escape(name)}/`);
  // Files (robots.txt, icon.svg, /_next assets) have a dot in their last segment and are not pages.
  const notPages = [...locales, ...unlocalized, "_next/", ".*\\."].join("|");
  const embedBases = LOCALIZED_BASES.filter(Boolean);
  const notLocalized = LOCALES.map((l) => `${l}/`).join("|");
  return [
    ...embedBases.flatMap((base) => [
      ...(base === QUERY_LOCALE.base
        ? [{ source: `${base}/:path((?!${notLocalized}).+)`, has: [{ type: "query" as const, key: QUERY_LOCALE.key, value: QUERY_LOCALE.value }], destination: `${base}/${QUERY_LOCALE.value}/:path` }]
        : []),
      { source: `${base}/:path((?!${notLocalized}).+)`, destination: `${base}/${DEFAULT_LOCALE}/:path` },
    ]),
    { source: "/", destination: `/${DEFAULT_LOCALE}` },
    ...localizedFileRoutes(appDir).map((name) => ({ source: `/${name}`, destination: `/${DEFAULT_LOCALE}/${name}` })),
    { source: `/:path((?!${notPages}).+)`, destination: `/${DEFAULT_LOCALE}/:path` },
  ];
}

/** The default language's prefix is never part of a public address: /zh/x and /embed/zh/x redirect to /x and /embed/x. */
export function localeRedirects() {
  return LOCALIZED_BASES.flatMap((base) => [
    { source: `${base}/${DEFAULT_LOCALE}`, destination: base || "/", permanent: true },
    { source: `${base}/${DEFAULT_LOCALE}/:path*`, destination: `${base}/:path*`, permanent: true },
  ]);
}
