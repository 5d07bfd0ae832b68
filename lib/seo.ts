import type { Metadata } from "next";
import type { Locale } from "./domain/types";
import { siteUrl } from "./env";
import { localizedPath } from "./i18n/paths";




export const absoluteUrl = (path: string) => `${siteUrl()}${path}`;

/**
 * Canonical URL, hreflang alternates and link-preview tags (Open Graph, Twitter) for a
 * page that exists in both languages. `image` is the path of its 1200×630 share image.
 * `site` (the portal's name, from content/city.yaml) is added to a preview title that does not
 * already name it: a preview read in a chat ("总览") must say whose overview it is. The page's own
 * <title> gets it from the layout's template.
 */
export function pageMetadata(locale: Locale, path: string, title: string, description: string, image: string, site?: string): Metadata {
  const url = absoluteUrl(localizedPath(locale, path));
  const previewTitle = site && !title.includes(site) ? `${title} · ${site}` : title;
  const images = [{ url: absoluteUrl(image), width: 1200, height: 630, alt: previewTitle }];
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
    openGraph: { title: previewTitle, description, url, images, locale: locale === "zh" ? "zh_CN" : "en_GB", type: "website" },
    twitter: { card: "summary_large_image", title: previewTitle, description, images },
  };
}
