import type { Metadata } from "next";
import type { Locale } from "./domain/types";
import { siteUrl } from "./env";

/** A page's path in a language: "/topics/hotline" → "/en/topics/hotline" for English. */
export const localizedPath = (locale: Locale, path: string) =>
  locale === "zh" ? path : path === "/" ? "/en" : `/en${path}`;

export const absoluteUrl = (path: string) => `${siteUrl()}${path}`;

/** Canonical URL and hreflang alternates for a page that exists in both languages. */
export function pageMetadata(locale: Locale, path: string, title: string, description: string): Metadata {
  const url = absoluteUrl(localizedPath(locale, path));
  return {
    title,
    description,
    alternates: {
      canonical: url,
      languages: {
        "zh-CN": absoluteUrl(localizedPath("zh", path)),
        en: absoluteUrl(localizedPath("en", path)),
        "x-default": absoluteUrl(localizedPath("zh", path)),
      },
    },
    openGraph: { title, description, url, locale: locale === "zh" ? "zh_CN" : "en_GB", type: "website" },
    twitter: { card: "summary_large_image", title, description },
  };
}
