import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { getCitationContextFor } from "@/lib/data/citation-context";
import { getCity } from "@/lib/data/city";
import { getIndicator, getIndicators, listIndicatorSlugs, listRelatedIndicators } from "@/lib/data/indicators";
import { latestFigure } from "@/lib/domain/types";
import { formatPeriod, formatValue } from "@/lib/format";
import { inEveryLocale, localizedPath } from "@/lib/i18n/paths";
import { absoluteUrl, pageMetadata } from "@/lib/seo";
import { shareImagePath } from "@/lib/share/image-paths";
import { FigureRecord } from "@/components/figure/figure-record";
import { FigureSeries } from "@/components/figure/figure-series";
import { Formula } from "@/components/figure/formula";
import { OtherSources } from "@/components/figure/other-sources";
import { RelatedFigures } from "@/components/figure/related-figures";
import { SourceSentence } from "@/components/figure/source-sentence";
import { ValuePanel } from "@/components/figure/value-panel";
import { SharePanel } from "@/components/share-panel";
import { listChartsForIndicator } from "@/lib/data/charts";
import { ChartsSection } from "@/components/charts/charts-section";
import { CiteAndEmbed } from "@/components/cite-and-embed";
import { prerenderedIndicators } from "@/lib/server/prerender-limit";
import { slugPageParams } from "@/lib/server/route-params";

type Props = PageProps<"/[locale]/indicators/[slug]">;

// Renamed slugs redirect in next.config.ts; any other unknown slug is a 404. Indicators beyond the
// build's limit (lib/server/prerender-limit.ts) are rendered on their first request.
export const dynamicParams = true;

export async function generateStaticParams() {
  return inEveryLocale(prerenderedIndicators(await listIndicatorSlugs()));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = slugPageParams.safeParse(await params);
  if (!parsed.success) return {};
  const { locale, slug } = parsed.data;
  const [indicator, city] = await Promise.all([getIndicator(slug), getCity()]);
  if (!indicator) return {};
  const figure = latestFigure(indicator);
  const value = formatValue(figure.value, indicator.unit, figure.qualifier, locale, figure.stated?.written);
  // A link preview stands alone in a chat: it names the city and says what the number measures.
  const title =
    locale === "zh" ? `${city.name.zh}${indicator.label.zh}：${value}` : `${city.name.en} · ${indicator.label.en}: ${value}`;
  return pageMetadata(locale, `/indicators/${slug}`, title, `${formatPeriod(figure.period, locale)} · ${indicator.description[locale]}`, shareImagePath.indicator(locale, slug));
}

export default async function IndicatorPage({ params }: Props) {
  // Checked before anything renders: an unknown language or a slug that is no slug is the 404.
  const parsed = slugPageParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { locale, slug } = parsed.data;
  setRequestLocale(locale);
  const indicator = await getIndicator(slug);
  if (!indicator) {
    notFound();
  }
  const figure = latestFigure(indicator);
  const [inputs, related, citations] = await Promise.all([
    getIndicators(figure.derived?.inputs ?? []),
    listRelatedIndicators(indicator, 6),
    getCitationContextFor([indicator]),
  ]);
  const format = (value: number) => formatValue(value, indicator.unit, figure.qualifier, locale, figure.stated?.written);

  return (
    <article className="space-y-8 print:space-y-3">
      <header>
        <p className="text-sm">
          <Link href={`/topics/${indicator.topic.slug}`} className="inline-flex min-h-11 min-w-11 items-center text-brand-700 underline">
            {indicator.topic.name[locale]}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold sm:text-3xl">{indicator.name[locale]}</h1>
        <p className="mt-2 text-muted">{indicator.description[locale]}</p>
      </header>
      <ValuePanel figure={figure} value={format(figure.value)} locale={locale} />
      {/* Sharing right under the figure: on a phone it is what a resident came to do. */}
      <SharePanel
        url={absoluteUrl(localizedPath(locale, `/indicators/${indicator.slug}`))}
        title={`${indicator.label[locale]}: ${format(figure.value)}`}
        cardImage={shareImagePath.indicatorCard(locale, indicator.slug)}
      />
      {figure.stated && <SourceSentence stated={figure.stated} indicatorSlug={indicator.slug} locale={locale} />}
      <OtherSources figure={figure} unit={indicator.unit} indicatorSlug={indicator.slug} locale={locale} />
      {figure.derived && <Formula derived={figure.derived} period={figure.period} inputs={inputs} locale={locale} />}
      {/* One figure prints on one A4 page: the figure, the QR code, its source sentence, a citation and its record. */}
      <div className="print:hidden">
        <ChartsSection charts={await listChartsForIndicator(indicator.slug)} locale={locale} variant="figure" />
      </div>
      <FigureSeries indicator={indicator} locale={locale} />
      <CiteAndEmbed indicator={indicator} figure={figure} citation={citations.inputFor(indicator, figure)} city={citations.city} locale={locale} />
      <FigureRecord figure={figure} figures={indicator.figures} format={(value, f) => formatValue(value, indicator.unit, f.qualifier, locale, value === f.value ? f.stated?.written : null)} locale={locale} />
      <RelatedFigures related={related} topic={indicator.topic} locale={locale} />
    </article>
  );
}
