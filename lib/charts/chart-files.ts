import type { Locale } from "../domain/types";
import { embedPath, localizedPath } from "../i18n/paths";

/** Where each view and file of a chart lives; one module, so pages, tests and the sitemap agree. */
export const chartPaths = {
  page: (locale: Locale, slug: string) => localizedPath(locale, `/charts/${slug}`),
  /** The PNG download, also the chart page's og:image: pre-rendered, outside the language rewrites like the share images. */
  png: (locale: Locale, slug: string) => `/og/${locale}/charts/${slug}.png`,
  svg: (locale: Locale, slug: string) => `/data/charts/${slug}.${locale}.svg`,
  /** The CSV holds both languages' names, as /data/indicators.csv does. */
  csv: (slug: string) => `/data/charts/${slug}.csv`,
  /** The same rows as a workbook, with the sources and the licence on sheets of their own. */
  xlsx: (slug: string) => `/data/charts/${slug}.xlsx`,
  embed: (locale: Locale, slug: string) => embedPath(locale, `/charts/${slug}`),
};

/** "hotline-rates.en.svg" → { slug, kind: "svg", locale: "en" }; "hotline-rates.csv" → { slug, kind: "csv" }; null otherwise. */
export function parseChartFile(
  file: string,
): { slug: string; kind: "csv" } | { slug: string; kind: "xlsx" } | { slug: string; kind: "svg"; locale: Locale } | null {
  const table = /^([a-z0-9-]+)\.(csv|xlsx)$/.exec(file);
  if (table) return table[2] === "csv" ? { slug: table[1], kind: "csv" } : { slug: table[1], kind: "xlsx" };
  const svg = /^([a-z0-9-]+)\.(zh|en)\.svg$/.exec(file);
  if (svg) return { slug: svg[1], kind: "svg", locale: svg[2] as Locale };
  return null;
}

/** The embed's stated height: the drawing plus title, notes, source line and link back. */
export const embedHeight = (drawingHeight: number) => drawingHeight + 280;
