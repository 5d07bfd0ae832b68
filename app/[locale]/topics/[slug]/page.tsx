import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listIndicatorsByTopic } from "@/lib/data/indicators";
import { listStoriesByTopic, listTopics } from "@/lib/data/topics";
import type { Locale } from "@/lib/domain/types";
import { inEveryLocale } from "@/lib/i18n/paths";
import { absoluteUrl } from "@/lib/seo";
import { localizedPath } from "@/lib/i18n/paths";
import { Pager } from "@/components/pager";
import { topicPage, topicPageMetadata } from "./topic-pages";
import { IndicatorCard } from "@/components/indicator-card";
import { StoryCard } from "@/components/story-card";
import { SharePanel } from "@/components/share-panel";
import { listChartsByTopic } from "@/lib/data/charts";
import { ChartsSection } from "@/components/charts/charts-section";
import { downloadPaths } from "@/lib/downloads/paths";

type Props = PageProps<"/[locale]/topics/[slug]">;

export const dynamicParams = false;

export async function generateStaticParams() {
  const topics = await listTopics();
  return inEveryLocale(topics.map((t) => t.slug));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  return topicPageMetadata(locale, slug, 1);
}

export default async function TopicPage({ params }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const found = await topicPage(slug, 1);
  if (!found) notFound();
  const { topic, page } = found;
  const [indicators, stories, charts, t] = await Promise.all([
    listIndicatorsByTopic(slug, { skip: page.skip, take: page.take }),
    listStoriesByTopic(slug),
    listChartsByTopic(slug),
    getTranslations("topic"),
  ]);
  return (
    <article className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold text-brand-800 sm:text-3xl">{topic.name[locale]}</h1>
        <p className="mt-2 text-lg">{topic.description[locale]}</p>
        <aside className="mt-4 rounded-lg bg-brand-50 p-4" aria-labelledby="summary-heading">
          <h2 id="summary-heading" className="text-sm font-bold text-brand-700">
            {t("summary")}
          </h2>
          <p className="mt-1 text-lg">{topic.summary[locale]}</p>
        </aside>
      </header>

      <ChartsSection charts={charts} locale={locale} variant="topic" />

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading" className="mb-4 text-xl font-bold">
          {t("figures")} <span className="text-base font-normal text-muted">({t("count", { count: page.total })})</span>
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {indicators.map((indicator) => (
            <IndicatorCard key={indicator.slug} indicator={indicator} locale={locale} />
          ))}
        </ul>
        {page.pages > 1 && (
          <div className="mt-6">
            <Pager page={page} base={`/topics/${topic.slug}`} locale={locale} />
          </div>
        )}
        <p className="mt-4 text-sm">
          {t("downloads")}:{" "}
          <a href={downloadPaths.topic(topic.slug, "xlsx")} className="text-brand-700 underline" download>
            {t("xlsx")}
          </a>{" "}
          ·{" "}
          <a href={downloadPaths.topic(topic.slug, "csv")} className="text-brand-700 underline" download>
            {t("csv")}
          </a>
        </p>
      </section>

      {stories.length > 0 && (
        <section aria-labelledby="voices-heading">
          <h2 id="voices-heading" className="mb-4 text-xl font-bold">
            {t("voices")}
          </h2>
          <ul className="space-y-4">
            {stories.map((story) => (
              <StoryCard
                key={story.slug}
                story={story}
                locale={locale}
                sourceHref={`${localizedPath(locale, `/sources/${story.sourceSlug}`)}#story-${story.slug}`}
              />
            ))}
          </ul>
        </section>
      )}

      <SharePanel url={absoluteUrl(localizedPath(locale, `/topics/${topic.slug}`))} title={topic.name[locale]} />
    </article>
  );
}
