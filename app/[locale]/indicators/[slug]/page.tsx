import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import {
  getIndicator,
  getIndicators,
  listIndicatorSlugs,
  listIndicatorsByTopic,
} from "@/lib/data/indicators";
import { latestFigure, type Locale } from "@/lib/domain/types";
import { formatDate, formatPeriod, formatQualifier, formatValue } from "@/lib/format";
import { routing } from "@/lib/i18n/routing";
import { absoluteUrl, localizedPath, pageMetadata } from "@/lib/seo";
import { shareImagePath } from "@/lib/share/image-paths";
import { FigureBadge } from "@/components/figure-badge";
import { IndicatorCard } from "@/components/indicator-card";
import { SourceQuote } from "@/components/source-quote";
import { SharePanel } from "@/components/share-panel";
import { listChartsForIndicator } from "@/lib/data/charts";
import { ChartsSection } from "@/components/charts/charts-section";
import { CiteAndEmbed } from "@/components/cite-and-embed";

type Props = PageProps<"/[locale]/indicators/[slug]">;

// Renamed slugs redirect in next.config.ts; any other unknown slug is a 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  const slugs = await listIndicatorSlugs();
  return routing.locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const indicator = await getIndicator(slug);
  if (!indicator) return {};
  const figure = latestFigure(indicator);
  const value = formatValue(figure.value, indicator.unit, figure.qualifier, locale, figure.stated?.written);
  const title = locale === "zh" ? `${indicator.name.zh}：${value}` : `${indicator.name.en}: ${value}`;
  return pageMetadata(locale, `/indicators/${slug}`, title, `${formatPeriod(figure.period, locale)} · ${indicator.description[locale]}`, shareImagePath.indicator(locale, slug));
}

export default async function IndicatorPage({ params }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const indicator = await getIndicator(slug);
  if (!indicator) {
    notFound();
  }
  const t = await getTranslations("figure");
  const figure = latestFigure(indicator);
  const [inputs, siblings] = await Promise.all([
    getIndicators(figure.derived?.inputs ?? []),
    listIndicatorsByTopic(indicator.topic.slug),
  ]);
  const related = siblings.filter((s) => s.slug !== indicator.slug).slice(0, 6);
  const format = (value: number, f = figure) => formatValue(value, indicator.unit, f.qualifier, locale, f.stated?.written);

  return (
    <article className="space-y-8">
      <header>
        <p className="text-sm">
          <Link href={`/topics/${indicator.topic.slug}`} className="text-brand-700 underline">
            {indicator.topic.name[locale]}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold sm:text-3xl">{indicator.name[locale]}</h1>
        <p className="mt-2 text-muted">{indicator.description[locale]}</p>
      </header>

      <section aria-label={t("value")} className="rounded-xl border border-brand-100 bg-white p-5 shadow-sm">
        <p className="text-4xl font-bold tabular-nums text-brand-800 sm:text-5xl" data-testid="figure-value">
          {format(figure.value)}
        </p>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted">{t("period")}</dt>
          <dd>{formatPeriod(figure.period, locale)}</dd>
          <dt className="text-muted">{t("qualifier")}</dt>
          <dd>{formatQualifier(figure.qualifier, locale)}</dd>
          {figure.stated && (
            <>
              <dt className="text-muted">{t("asWritten")}</dt>
              <dd lang="zh-CN">{figure.stated.written}</dd>
            </>
          )}
        </dl>
        <p className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          <FigureBadge figure={figure} />
          <span className="text-muted">{figure.derived ? t("derivedHelp") : t("statedHelp")}</span>
        </p>
      </section>

      {figure.stated && (
        <section aria-labelledby="quote-heading" className="space-y-2">
          <h2 id="quote-heading" className="text-lg font-bold">
            {t("sourceSentence")}
          </h2>
          <SourceQuote quote={figure.stated.quote} written={figure.stated.written} />
          <p className="text-sm">
            {t("source")}: <span lang="zh-CN">《{figure.stated.source.title.zh}》</span>
            {locale === "en" && ` (${figure.stated.source.title.en})`}, {figure.stated.source.authors.join(locale === "zh" ? "、" : ", ")}
            {" · "}
            <a
              className="text-brand-700 underline"
              href={`${localizedPath(locale, `/sources/${figure.stated.source.slug}`)}#fig-${indicator.slug}`}
            >
              {t("inSource")}
            </a>
          </p>
        </section>
      )}

      {figure.derived && (
        <section aria-labelledby="formula-heading" className="space-y-2">
          <h2 id="formula-heading" className="text-lg font-bold">
            {t("formula")}
          </h2>
          <p>
            {t(`ops.${figure.derived.op}`)}, {t("roundedTo", { decimals: figure.derived.decimals })}.
          </p>
          <h3 className="font-bold">{t("inputs")}</h3>
          <ol className="list-decimal space-y-1 pl-6">
            {inputs.map((input) => {
              const f = input.figures.find((x) => x.period === figure.period) ?? latestFigure(input);
              return (
                <li key={input.slug}>
                  <Link href={`/indicators/${input.slug}`} className="text-brand-700 underline">
                    {input.name[locale]}
                  </Link>
                  : {formatValue(f.value, input.unit, f.qualifier, locale, f.stated?.written)} ({formatPeriod(f.period, locale)})
                </li>
              );
            })}
          </ol>
        </section>
      )}

      <ChartsSection charts={await listChartsForIndicator(indicator.slug)} locale={locale} variant="figure" />

      <section aria-labelledby="dates-heading">
        <h2 id="dates-heading" className="text-lg font-bold">
          {t("dates")}
        </h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted">{t("period")}</dt>
          <dd>{formatPeriod(figure.period, locale)}</dd>
          {figure.stated && (
            <>
              <dt className="text-muted">{t("published")}</dt>
              <dd>{figure.stated.source.published ? formatDate(figure.stated.source.published, locale) : t("notStated")}</dd>
            </>
          )}
          <dt className="text-muted">{t("checked")}</dt>
          <dd>{formatDate(figure.checked, locale)}</dd>
          <dt className="text-muted">{t("added")}</dt>
          <dd>{formatDate(figure.added, locale)}</dd>
        </dl>
      </section>

      {figure.corrections.length > 0 && (
        <section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading" className="text-lg font-bold">
            {t("corrections")}
          </h2>
          <ul className="mt-2 list-disc pl-6 text-sm">
            {figure.corrections.map((c) => (
              <li key={`${c.date}-${c.oldValue}`}>
                {t("correctionRow", {
                  date: formatDate(c.date, locale),
                  old: format(c.oldValue),
                  new: format(c.newValue),
                  reason: c.reason,
                })}
              </li>
            ))}
          </ul>
        </section>
      )}

      <CiteAndEmbed indicator={indicator} figure={figure} locale={locale} />

      <SharePanel
        url={absoluteUrl(localizedPath(locale, `/indicators/${indicator.slug}`))}
        title={`${indicator.name[locale]}: ${format(figure.value)}`}
      />

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="print:hidden">
          <h2 id="related-heading" className="mb-4 text-lg font-bold">
            {t("related")}
          </h2>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {related.map((r) => (
              <IndicatorCard key={r.slug} indicator={r} locale={locale} />
            ))}
          </ul>
          <p className="mt-3">
            <Link href={`/topics/${indicator.topic.slug}`} className="text-brand-700 underline">
              {t("allTopic", { topic: indicator.topic.name[locale] })}
            </Link>
          </p>
        </section>
      )}
    </article>
  );
}
