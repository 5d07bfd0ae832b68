import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CSV_COLUMNS, toCsvRows } from "@/lib/downloads/csv";
import { COLUMN_DOCS } from "@/lib/downloads/columns";
import { PLAIN_CSV_PATH } from "@/lib/downloads/files";
import { getCity } from "@/lib/data/city";
import { listIndicators } from "@/lib/data/indicators";
import { listSources } from "@/lib/data/sources";
import type { Locale } from "@/lib/domain/types";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/link";
import { pageMetadata } from "@/lib/seo";
import { shareImagePath } from "@/lib/share/image-paths";
import { datasetJsonLd } from "@/lib/structured-data";
import { JsonLd } from "@/components/json-ld";
import { Section } from "@/components/section";

export const dynamic = "force-static";

type Props = PageProps<"/[locale]/data">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "journalists" });
  return pageMetadata(locale, "/data", t("data.title"), t("data.description"), shareImagePath.home(locale));
}

export default async function DataPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const [t, city, sources, indicators] = await Promise.all([getTranslations("journalists"), getCity(), listSources(), listIndicators()]);
  // The example column shows a real row: a stated figure, so every column has something to show.
  const exampleIndicator = indicators.find((i) => i.figures.some((f) => f.stated)) ?? indicators[0];
  const example = exampleIndicator ? toCsvRows([exampleIndicator], (slug) => `…/indicators/${slug}`, () => null)[0] : null;
  const downloads = [
    { href: "/data/indicators.csv", label: t("data.csv"), download: true },
    { href: PLAIN_CSV_PATH, label: t("data.csvPlain"), download: true },
    { href: "/data/indicators.json", label: t("data.json"), download: false },
    { href: "/data/datapackage.json", label: t("data.datapackage"), download: false },
  ];

  return (
    <article className="space-y-8">
      <JsonLd data={datasetJsonLd(city, sources, locale, t("data.title"), t("data.description"))} />
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
        {sources.map((s) => (
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
      </Section>

      <section aria-labelledby="per-figure-heading">
        <details>
          <summary id="per-figure-heading" className="cursor-pointer text-lg font-bold">
            {t("data.figureList")} ({indicators.length})
          </summary>
          <ul className="mt-3 space-y-1 text-sm">
            {indicators.map((i) => (
              <li key={i.slug}>
                <Link href={`/indicators/${i.slug}`} className="underline">{i.name[locale]}</Link>{" "}
                <a href={`/data/indicators/${i.slug}.csv`} className="text-brand-700 underline" download>CSV</a>{" "}
                <a href={`/data/indicators/${i.slug}.json`} className="text-brand-700 underline">JSON</a>
              </li>
            ))}
          </ul>
        </details>
      </section>
    </article>
  );
}
