import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CSV_COLUMNS, toCsvRows } from "@/lib/downloads/csv";
import { COLUMN_DOCS } from "@/lib/downloads/columns";
import { getCity } from "@/lib/data/city";
import { getIndicators, listIndicatorSlugs } from "@/lib/data/indicators";
import { listSources } from "@/lib/data/sources";
import { listTopics } from "@/lib/data/topics";
import { downloadPaths } from "@/lib/downloads/paths";
import type { Locale } from "@/lib/domain/types";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/link";
import { pageMetadata } from "@/lib/seo";
import { shareImagePath } from "@/lib/share/image-paths";
import { datasetJsonLd } from "@/lib/structured-data";
import { JsonLd } from "@/components/json-ld";
import { Section } from "@/components/section";

export const dynamic = "force-static";

/**
 * The page lists the downloads, one line per topic and the first sources: nothing on it grows with the
 * figures, so it stays small at any size (each figure's own files are linked from its page).
 */
const SOURCES_SHOWN = 20;

type Props = PageProps<"/[locale]/data">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "journalists" });
  return pageMetadata(locale, "/data", t("data.title"), t("data.description"), shareImagePath.home(locale));
}

export default async function DataPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const [t, city, sources, topics, slugs] = await Promise.all([
    getTranslations("journalists"),
    getCity(),
    listSources(),
    listTopics(),
    listIndicatorSlugs(),
  ]);
  // The example column shows a real row: a stated figure (among the first few), so every column has something to show.
  const firstFew = await getIndicators(slugs.slice(0, 20));
  const exampleIndicator = firstFew.find((i) => i.figures.some((f) => f.stated)) ?? firstFew[0];
  const example = exampleIndicator ? toCsvRows([exampleIndicator], (slug) => `…/indicators/${slug}`, () => null)[0] : null;
  const downloads = [
    { href: downloadPaths.all.xlsx, label: t("data.xlsx"), download: true },
    { href: downloadPaths.all.csv, label: t("data.csv"), download: true },
    { href: downloadPaths.all.plainCsv, label: t("data.csvPlain"), download: true },
    { href: downloadPaths.all.json, label: t("data.json"), download: false },
    { href: downloadPaths.all.dataPackage, label: t("data.datapackage"), download: false },
  ];
  const shownSources = sources.slice(0, SOURCES_SHOWN);

  return (
    <article className="space-y-8">
      <JsonLd data={datasetJsonLd(city, shownSources, locale, t("data.title"), t("data.description"))} />
      <header>
        <h1 className="text-2xl font-bold sm:text-3xl">{t("data.title")}</h1>
        <p className="mt-2 text-muted">{t("data.intro")}</p>
      </header>

      <Section id="downloads-heading" headingClassName="mb-3 text-lg font-bold" title={t("data.downloads")}>
        <ul className="space-y-2">
          {downloads.map((d) => (
            <li key={d.href}>
              <a href={d.href} download={d.download || undefined} className="text-brand-700 underline">
                {d.label}
              </a>{" "}
              <code className="text-xs text-muted">{d.href}</code>
            </li>
          ))}
        </ul>
        <h3 id="by-topic-heading" className="mt-5 mb-2 font-bold">
          {t("data.byTopic")}
        </h3>
        <ul className="space-y-1 text-sm" aria-labelledby="by-topic-heading">
          {topics.map((topic) => (
            <li key={topic.slug}>
              <Link href={`/topics/${topic.slug}`} className="underline">{topic.name[locale]}</Link>{" "}
              <span className="text-muted">({t("data.indicatorCount", { count: topic.indicatorCount })})</span>{" "}
              <a href={downloadPaths.topic(topic.slug, "xlsx")} className="text-brand-700 underline" download>{t("data.topicXlsx")}</a>{" "}
              <a href={downloadPaths.topic(topic.slug, "csv")} className="text-brand-700 underline" download>{t("data.topicCsv")}</a>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-muted">{t("data.perFigure")}</p>
        <p className="mt-3 text-sm">
          {t("data.api")}{" "}
          <Link href="/api-docs" className="text-brand-700 underline">
            {t("data.apiLink")}
          </Link>
        </p>
      </Section>

      <Section id="columns-heading" headingClassName="mb-3 text-lg font-bold" title={t("data.columns")}>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-brand-100">
                <th scope="col" className="py-2 pr-3">
                  {t("data.column")} <span className="font-normal text-muted">({t("data.type")})</span>
                </th>
                <th scope="col" className="py-2 pr-3">{t("data.meaning")}</th>
                <th scope="col" className="hidden py-2 sm:table-cell">{t("data.example")}</th>
              </tr>
            </thead>
            <tbody>
              {CSV_COLUMNS.map((name) => (
                <tr key={name} className="border-b border-brand-50 align-top">
                  <th scope="row" className="py-2 pr-3 text-left font-normal">
                    <code className="text-xs font-bold">{name}</code>
                    <span className="block text-xs text-muted">{COLUMN_DOCS[name].type}</span>
                  </th>
                  <td className="py-2 pr-3">{COLUMN_DOCS[name].description[locale]}</td>
                  <td className="hidden break-all py-2 text-xs text-muted sm:table-cell" lang="zh-CN">
                    {example?.[name]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>

      <Section id="licence-heading" className="space-y-2 text-sm" title={`${t("data.licence")} · ${t("data.source")}`}>
        <p>
          {t("data.licence")}: <a href={city.licence.url} className="text-brand-700 underline">{city.licence.name}</a>
        </p>
        {shownSources.map((s) => (
          <p key={s.slug}>
            {t("data.source")}: {t("data.sourceLine", {
              title: s.title[locale],
              authors: s.authors.join(locale === "zh" ? "、" : ", "),
              facts: t("data.facts", {
                publisher: s.publisher ?? t("data.publisherUnknown"),
                date: s.published ? formatDate(s.published, locale) : t("data.dateUnknown"),
              }),
            })}
          </p>
        ))}
        {sources.length > shownSources.length && (
          <p>
            <Link href="/sources" className="text-brand-700 underline">
              {t("data.allSources", { count: sources.length })}
            </Link>
          </p>
        )}
      </Section>

    </article>
  );
}
