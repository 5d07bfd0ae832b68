import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { countIndicatorsByTopic } from "@/lib/data/indicators";
import { getTopic } from "@/lib/data/topics";
import { getCity } from "@/lib/data/city";
import type { Locale } from "@/lib/domain/types";
import { pageMetadata } from "@/lib/seo";
import { pageOf, pagePath, TOPIC_PAGE_SIZE } from "@/lib/paging";
import { shareImagePath } from "@/lib/share/image-paths";

/**
 * A topic's pages (lib/paging.ts): page 1 at /topics/<slug> with the summary, charts and voices and
 * the first TOPIC_PAGE_SIZE indicator cards; later pages at /topics/<slug>/page/<n> with the next
 * cards. A topic that fits on one page has no later pages and no pager.
 */

/** The topic and page `n` of its indicators, or null when either does not exist. */
export async function topicPage(slug: string, n: number) {
  const [topic, total] = await Promise.all([getTopic(slug), countIndicatorsByTopic(slug)]);
  const page = pageOf(total, TOPIC_PAGE_SIZE, n);
  return topic && page ? { topic, page } : null;
}

export async function topicPageMetadata(locale: Locale, slug: string, n: number): Promise<Metadata> {
  const found = await topicPage(slug, n);
  if (!found) return {};
  const { topic, page } = found;
  const [t, city] = await Promise.all([getTranslations({ locale, namespace: "pager" }), getCity()]);
  const title = n === 1 ? topic.name[locale] : t("titled", { title: topic.name[locale], page: n, pages: page.pages });
  return pageMetadata(locale, pagePath(`/topics/${slug}`, n), title, topic.summary[locale], shareImagePath.topic(locale, slug), city.portalName[locale]);
}
