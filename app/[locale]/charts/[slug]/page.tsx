import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getChart, listAllCharts } from "@/lib/charts/catalog";
import { chartPaths } from "@/lib/charts/chart-files";
import type { Locale } from "@/lib/domain/types";
import { inEveryLocale } from "@/lib/i18n/paths";
import { Link } from "@/lib/i18n/link";
import { pageMetadata } from "@/lib/seo";
import { getTopic } from "@/lib/data/topics";
import { ChartFrame, ChartTable } from "@/components/charts/chart-frame";
import { chartParts } from "@/components/charts/chart-block";
import { ChartKeys } from "@/components/charts/chart-keys";
import { ChartViews } from "@/components/charts/chart-views";
import { ChartViewScript } from "@/components/charts/chart-view-script";
import { InteractiveChart } from "@/components/charts/interactive-chart";
import { ChartSources } from "@/components/charts/chart-sources";
import { ChartDownloads } from "@/components/charts/chart-downloads";

type Props = PageProps<"/[locale]/charts/[slug]">;

export const dynamicParams = false;

export async function generateStaticParams() {
  const charts = await listAllCharts();
  return inEveryLocale(charts.map((c) => c.spec.slug));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const [chart, t] = await Promise.all([getChart(slug), getTranslations({ locale, namespace: "charts.page" })]);
  if (!chart) return {};
  const title = chart.spec.title[locale];
  return pageMetadata(locale, `/charts/${slug}`, t("title", { title }), t("description", { title }), chartPaths.png(locale, slug));
}

/**
 * A chart's own page, in the spirit of Our World in Data's grapher: the chart (Recharts,
 * after the server chart's first paint), its table, its sources and its downloads.
 */
export default async function ChartPage({ params }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const chart = await getChart(slug);
  if (!chart) notFound();
  const [parts, topic, t] = await Promise.all([chartParts(chart, locale), getTopic(chart.topicSlug), getTranslations("charts.page")]);
  const { series, config, sources, summary } = parts;
  const title = series.title[locale];

  return (
    <article className="space-y-4" data-chart-page={slug}>
      <header>
        {topic && (
          <p className="text-sm">
            <Link href={`/topics/${topic.slug}`} className="text-brand-700 underline underline-offset-4">
              {topic.name[locale]}
            </Link>
          </p>
        )}
        <h1 className="mt-1 text-2xl font-bold text-brand-800 sm:text-3xl">{title}</h1>
      </header>

      <ChartViewScript />
      <ChartViews
        label={t("views")}
        labels={{ chart: t("chart"), table: t("table"), sources: t("sources"), download: t("download") }}
      >
        <ChartFrame series={series} config={config} locale={locale} sources={sources} summary={summary} heading="h2" hideTable>
          <InteractiveChart series={series} config={config} locale={locale} summary={summary} />
        </ChartFrame>
        <section aria-labelledby="table-heading">
          <h2 id="table-heading" className="mb-2 text-xl font-bold">
            {t("table")}
          </h2>
          <div className="overflow-x-auto">
            <ChartTable series={series} config={config} locale={locale} />
          </div>
          <p className="mt-3 text-sm">
            <a href={chartPaths.csv(slug)} download className="text-brand-700 underline" data-download="csv">
              {t("csv")}
            </a>
          </p>
        </section>
        <ChartSources chart={chart} series={series} config={config} locale={locale} />
        <ChartDownloads slug={slug} title={title} locale={locale} series={series} />
      </ChartViews>
      <ChartKeys />
    </article>
  );
}
