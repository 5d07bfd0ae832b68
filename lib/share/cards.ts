import type { City, Indicator, Locale, SourceRef, TopicSummary } from "../domain/types";
import { latestFigure } from "../domain/types";
import { formatPeriod, formatValue } from "../format";
import type { ShareCard } from "./share-card";

const brand = (city: City, locale: Locale) =>
  locale === "zh" ? `${city.name.zh} · ${city.portalName.zh}` : city.portalName.en;

// A share card has one line for its sources: long titles are shortened there, never rewritten.
const SOURCE_TITLE_CHARS = 24;
const shortened = (title: string) => ([...title].length > SOURCE_TITLE_CHARS ? `${[...title].slice(0, SOURCE_TITLE_CHARS - 1).join("")}…` : title);

// A card has room for one line of sources: a portal with hundreds of them names the first few and counts
// the rest (500 titles made a 10 MB SVG that the image renderer refused, and the build failed).
const SOURCES_ON_A_CARD = 3;

const sourceLine = (sources: SourceRef[], locale: Locale) => {
  const titles = sources.slice(0, SOURCES_ON_A_CARD).map((s) => `《${shortened(s.title.zh)}》${s.authors.join(locale === "zh" ? "、" : ", ")}`);
  const more = sources.length - SOURCES_ON_A_CARD;
  const rest = more > 0 ? (locale === "zh" ? `等${sources.length}个来源` : `; and ${more} more`) : "";
  return `${locale === "zh" ? "来源：" : "Source: "}${titles.join("; ")}${rest}`;
};

const hostOf = (url: string) => url.replace(/^https?:\/\//, "");

/**
 * A figure's card: the number as the page writes it (6所, not the source's 六所, which a reader
 * might not match with the page), with the source's wording beside it where it differs.
 */
export function indicatorShareCard(indicator: Indicator, city: City, locale: Locale, pageUrl: string): ShareCard {
  const figure = latestFigure(indicator);
  const headline = formatValue(figure.value, indicator.unit, figure.qualifier, locale, figure.stated?.written);
  const written = figure.stated?.written;
  // English cards leave the Chinese wording to the page.
  const asWritten = locale === "zh" && written && written !== headline ? ` · 原文“${written}”` : "";
  const derivedNote = figure.derived ? (locale === "zh" ? " · 本站计算" : " · derived by the portal") : "";
  return {
    headline,
    label: indicator.label[locale],
    detail: `${city.name[locale]} · ${formatPeriod(figure.period, locale)}${asWritten}${derivedNote}`,
    sourceLine: figure.stated
      ? sourceLine([figure.stated.source], locale)
      : locale === "zh"
        ? "由原文数字计算，方法见页面"
        : "Computed from the source's figures; see the page for the formula",
    brand: brand(city, locale),
    address: hostOf(pageUrl),
  };
}

export function topicShareCard(topic: TopicSummary, indicatorCount: number, city: City, sources: SourceRef[], locale: Locale, pageUrl: string): ShareCard {
  return {
    headline: topic.name[locale],
    label: locale === "zh" ? `${indicatorCount}项民生指标` : `${indicatorCount} livelihood indicators`,
    detail: topic.summary[locale],
    sourceLine: sourceLine(sources, locale),
    brand: brand(city, locale),
    address: hostOf(pageUrl),
  };
}

export function homeShareCard(city: City, headline: Indicator | undefined, sources: SourceRef[], locale: Locale, pageUrl: string): ShareCard {
  return {
    headline: city.portalName[locale],
    label: city.name[locale] + (locale === "zh" ? " · 民生成绩，逐条注明出处" : ": livelihood figures, each with its source"),
    detail: headline
      ? `${headline.label[locale]}: ${formatValue(latestFigure(headline).value, headline.unit, latestFigure(headline).qualifier, locale, latestFigure(headline).stated?.written)}`
      : city.tagline[locale],
    sourceLine: sourceLine(sources, locale),
    brand: brand(city, locale),
    address: hostOf(pageUrl),
  };
}
