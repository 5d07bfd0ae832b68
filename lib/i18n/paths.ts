/**
 * The locale-prefix rule, in one place: Chinese pages live at "/x" and English ones at "/en/x";
 * Next keeps both under app/[locale], so "/x" is served by the internal page "/zh/x". Embeds follow
 * the same rule under "/embed" ("/embed/indicators/x", "/embed/en/indicators/x"). next.config.ts
 * (rewrites and redirects), the CSP hash table, the production server and links all go through here.
 *
 * Pure functions: safe in client components (no environment, no server code).
 */

export const LOCALES = ["zh", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** The language served without a prefix. */
export const DEFAULT_LOCALE: Locale = "zh";

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** Path prefixes under which the locale rule applies again: embeds are pages for other sites. */
export const LOCALIZED_BASES = ["", "/embed"] as const;

/** A page's path in a language: "/topics/hotline" → "/en/topics/hotline" for English. */
export const localizedPath = (locale: Locale, path: string) =>
  locale === DEFAULT_LOCALE ? path : path === "/" ? `/${locale}` : `/${locale}${path}`;

/** A page's path without its language prefix, from either the public or the internal form: "/en/x", "/zh/x" → "/x". */
export const stripLocalePrefix = (pathname: string) => pathname.replace(/^\/(zh|en)(?=\/|$)/, "") || "/";

/** The language of a public or internal path (embeds included): "/en/x", "/embed/en/x" → "en". */
export function localeOfPath(pathname: string): Locale {
  const { rest } = splitBase(pathname);
  const first = rest.split("/")[1];
  return isLocale(first) ? first : DEFAULT_LOCALE;
}

/** An embed's public path: "/indicators/x" → "/embed/indicators/x" or "/embed/en/indicators/x". */
export const embedPath = (locale: Locale, path: string) => `/embed${localizedPath(locale, path)}`;

function splitBase(pathname: string): { base: string; rest: string } {
  const base = LOCALIZED_BASES.find((b) => b && (pathname === b || pathname.startsWith(`${b}/`))) ?? "";
  return { base, rest: pathname.slice(base.length) || "/" };
}

/** Internal (app/[locale]) path → public path: "/zh/x" → "/x", "/zh" → "/", "/embed/zh/x" → "/embed/x". */
export function publicPathOf(internal: string): string {
  const { base, rest } = splitBase(internal);
  const locale = localeOfPath(internal);
  const path = localizedPath(locale, stripLocalePrefix(rest));
  return base && path === "/" ? base : base + path;
}

/**
 * The public path of a page `next build` pre-rendered, from its file under .next/server/app
 * ("zh/topics/x.html" → "/topics/x"); null for files that are not pages of a language (_not-found).
 */
export function publicPathOfPrerenderedFile(relativeFile: string): string | null {
  const route = `/${relativeFile.replace(/\\/g, "/").replace(/\.(html|body)$/, "")}`;
  const { base, rest } = splitBase(route);
  if (!isLocale(rest.split("/")[1])) return null;
  return publicPathOf(`${base}${rest}`);
}

/**
 * The language a query asks for, where the rewrite in next.config.ts honours it: an embed
 * `?lang=en` serves the English embed without a redirect inside the other site's iframe.
 * Exported as data so next.config.ts builds its rewrite from the same fact.
 */
export const QUERY_LOCALE = { base: "/embed", key: "lang", value: "en" as Locale } as const;

/**
 * The public path of the page Next will actually render for a request, after the query rewrite:
 * what the CSP hash table and the production server must look up, never the path as requested.
 */
export function servedPagePath(pathname: string, searchParams: URLSearchParams): string {
  const { base, rest } = splitBase(pathname);
  if (base !== QUERY_LOCALE.base || searchParams.get(QUERY_LOCALE.key) !== QUERY_LOCALE.value) return pathname;
  if (localeOfPath(pathname) !== DEFAULT_LOCALE || rest === "/") return pathname;
  return `${base}${localizedPath(QUERY_LOCALE.value, rest)}`;
}

/** generateStaticParams for a page per slug in every language: [{ locale, slug }, …]. */
export const inEveryLocale = (slugs: string[]) => LOCALES.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
