import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { getCity } from "@/lib/data/city";
import { listHeadlineIndicators } from "@/lib/data/indicators";
import { listSources } from "@/lib/data/sources";
import { listTopics } from "@/lib/data/topics";
import type { Locale } from "@/lib/domain/types";
import { localizedPath } from "@/lib/i18n/paths";
import { pageMetadata } from "@/lib/seo";
import { shareImagePath } from "@/lib/share/image-paths";
import { IndicatorCard } from "@/components/indicator-card";
import { listHomeCharts } from "@/lib/data/charts";
import { ChartsSection } from "@/components/charts/charts-section";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const city = await getCity();
  const metadata = pageMetadata(locale, "/", city.portalName[locale], city.tagline[locale], shareImagePath.home(locale));
  // Feed readers and browsers look for the updates feed on the home page (as on /updates).
  const feed = [{ url: localizedPath(locale, "/feed.xml"), title: city.portalName[locale] }];
  return { ...metadata, alternates: { ...metadata.alternates, types: { "application/atom+xml": feed } } };
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

      {/* Topics first: a resident looking for one subject should not scroll past every figure and chart. */}
      <section aria-labelledby="topics">
        <h2 id="topics" className="mb-4 text-xl font-bold">
          {t("topics")}
        </h2>
        <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4" data-testid="home-topics">
          {topics.map((topic) => (
            <li key={topic.slug} className="rounded-lg border border-brand-100 bg-white p-3">
              <Link href={`/topics/${topic.slug}`} className="inline-flex min-h-11 items-center text-lg font-bold text-brand-700 underline-offset-4 hover:underline">
                {topic.name[locale]}
              </Link>
              <p className="text-sm text-muted">
                {t("indicatorCount", { count: topic.indicatorCount })}
                {topic.storyCount > 0 && ` · ${t("storyCount", { count: topic.storyCount })}`}
              </p>
            </li>
          ))}
        </ul>
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
    </div>
  );
}
