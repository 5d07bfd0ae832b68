import { Feed } from "feed";
import type { City, Indicator, Locale } from "./domain/types";
import { latestFigure } from "./domain/types";
import { formatPeriod, formatValue } from "./format";
import { lastChanged } from "./updates";

type FeedUrls = { site: string; feed: string; page: (slug: string) => string };

/** An Atom feed with one entry per figure, newest change first; links are absolute. */
export function buildAtomFeed(indicators: Indicator[], city: City, locale: Locale, urls: FeedUrls): string {
  const sorted = [...indicators].sort((a, b) => lastChanged(b).localeCompare(lastChanged(a)));
  const updated = sorted.length ? new Date(`${lastChanged(sorted[0])}T00:00:00Z`) : new Date(0);
  const feed = new Feed({
    id: urls.feed,
    title: `${city.portalName[locale]}${locale === "zh" ? " · 更新" : ": what's new"}`,
    description: city.tagline[locale],
    link: urls.site,
    language: locale === "zh" ? "zh-CN" : "en",
    updated,
    copyright: city.licence.name,
    feedLinks: { atom: urls.feed },
  });
  for (const indicator of sorted) {
    const figure = latestFigure(indicator);
    const value = formatValue(figure.value, indicator.unit, figure.qualifier, locale, figure.stated?.written);
    const link = urls.page(indicator.slug);
    feed.addItem({
      id: link,
      link,
      title: `${indicator.name[locale]}: ${value}`,
      date: new Date(`${lastChanged(indicator)}T00:00:00Z`),
      description: `${formatPeriod(figure.period, locale)} · ${indicator.description[locale]}`,
      content: figure.stated ? `“${figure.stated.quote}”` : indicator.description[locale],
    });
  }
  return feed.atom1();
}
