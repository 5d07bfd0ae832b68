import type { Locale } from "../domain/types";

// Pure path helpers, safe in client components (no environment, no server code).

/** A page's path in a language: "/topics/hotline" → "/en/topics/hotline" for English. */
export const localizedPath = (locale: Locale, path: string) =>
  locale === "zh" ? path : path === "/" ? "/en" : `/en${path}`;

/** A page's path without its language prefix, from either the public or the internal form: "/en/x", "/zh/x" → "/x". */
export const stripLocalePrefix = (pathname: string) => pathname.replace(/^\/(zh|en)(?=\/|$)/, "") || "/";
