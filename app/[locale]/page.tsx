import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { getCity } from "@/lib/data/city";
import { listHeadlineIndicators } from "@/lib/data/indicators";
import { listSources } from "@/lib/data/sources";
import { listTopics } from "@/lib/data/topics";
import type { Locale } from "@/lib/domain/types";
import { pageMetadata } from "@/lib/seo";
import { shareImagePath } from "@/lib/share/image-paths";
import { IndicatorCard } from "@/components/indicator-card";
import { listHomeCharts } from "@/lib/data/charts";
import { ChartsSection } from "@/components/charts/charts-section";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const city = await getCity();
  return pageMetadata(locale, "/", city.portalName[locale], city.tagline[locale], shareImagePath.home(locale));
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [city, headlines, topics, sources, t] = await Promise.all([
    getCity(),
    listHeadlineIndicators(),
    listTopics(),
    listSources(),
    getTranslations("home"),
  ]);
  return (
    <div className="space-y-10">
      <section aria-labelledby="intro">
        <h1 id="intro" className="text-2xl font-bold text-brand-800 sm:text-3xl">
          {city.portalName[locale]}
        </h1>
        <p className="mt-2 max-w-3xl text-lg">{city.tagline[locale]}</p>
        {sources.map((s) => (
          <p key={s.slug} className="mt-2 text-sm text-muted">
            {t("sourceNote", { title: s.title[locale], authors: s.authors.join(locale === "zh" ? "、" : ", ") })}
          </p>
        ))}
      </section>

      <section aria-labelledby="headlines">
        <h2 id="headlines" className="mb-4 text-xl font-bold">
          {t("headlines")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {headlines.map((indicator) => (
            <IndicatorCard key={indicator.slug} indicator={indicator} locale={locale} />
          ))}
        </ul>
      </section>

      <ChartsSection charts={await listHomeCharts()} locale={locale} variant="home" />

      <section aria-labelledby="topics">
        <h2 id="topics" className="mb-4 text-xl font-bold">
          {t("topics")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {topics.map((topic) => (
            <li key={topic.slug} className="rounded-lg border border-brand-100 bg-white p-4">
              <Link href={`/topics/${topic.slug}`} className="text-lg font-bold text-brand-700 underline-offset-4 hover:underline">
                {topic.name[locale]}
              </Link>
              <p className="mt-1">{topic.summary[locale]}</p>
              <p className="mt-2 text-sm text-muted">
                {t("indicatorCount", { count: topic.indicatorCount })}
                {topic.storyCount > 0 && ` · ${t("storyCount", { count: topic.storyCount })}`}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
