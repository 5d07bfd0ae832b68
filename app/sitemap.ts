import type { MetadataRoute } from "next";
import { listIndicatorSlugs } from "@/lib/data/indicators";
import { listSources } from "@/lib/data/sources";
import { listTopics } from "@/lib/data/topics";
import { listAllCharts } from "@/lib/charts/catalog";
import { absoluteUrl } from "@/lib/seo";
import { localizedPath } from "@/lib/i18n/paths";
import { pagePath } from "@/lib/paging";
import { laterTopicPages, laterUpdatesPages } from "@/lib/data/paged-lists";

export const dynamic = "force-static";

/** Every page in both languages, each listing its other-language alternate. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [indicators, topics, sources, charts, topicPages, updatesPages] = await Promise.all([
    listIndicatorSlugs(),
    listTopics(),
    listSources(),
    listAllCharts(),
    laterTopicPages(),
    laterUpdatesPages(),
  ]);
  const paths = [
    "/",
    "/about",
    "/data",
    "/api-docs",
    "/sources",
    ...topics.map((t) => `/topics/${t.slug}`),
    // A large topic's and /updates' later pages (lib/paging.ts); none while each fits on one page.
    ...topicPages.map((p) => pagePath(`/topics/${p.slug}`, Number(p.page))),
    "/updates",
    ...updatesPages.map((page) => pagePath("/updates", Number(page))),
    ...indicators.map((s) => `/indicators/${s}`),
    ...sources.map((s) => `/sources/${s.slug}`),
    ...charts.map((c) => `/charts/${c.spec.slug}`),
  ];
  return paths.flatMap((path) =>
    (["zh", "en"] as const).map((locale) => ({
      url: absoluteUrl(localizedPath(locale, path)),
      alternates: { languages: { "zh-CN": absoluteUrl(localizedPath("zh", path)), en: absoluteUrl(localizedPath("en", path)) } },
      priority: path === "/" ? 1 : path.startsWith("/indicators/") ? 0.8 : 0.6,
    })),
  );
}
