import type { Locale } from "../domain/types";
import { slugOfFileName } from "../domain/slug";

/** Where a page's share image lives; pre-rendered PNGs outside the language rewrites. */
export const shareImagePath = {
  home: (locale: Locale) => `/og/${locale}/home.png`,
  topic: (locale: Locale, slug: string) => `/og/${locale}/topics/${slug}.png`,
  indicator: (locale: Locale, slug: string) => `/og/${locale}/indicators/${slug}.png`,
  /** The square "save image" card with a QR code, for chats. */
  indicatorCard: (locale: Locale, slug: string) => `/og/${locale}/cards/${slug}.png`,
};

/** "hotline-calls-connected.png" → "hotline-calls-connected"; null for anything else. */
export const slugFromPngName = (file: string) => slugOfFileName(file, "png");
