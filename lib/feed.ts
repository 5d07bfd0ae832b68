import { Feed } from "feed";
import type { City, Indicator, Locale, Withdrawal } from "./domain/types";
import { latestFigure } from "./domain/types";
import { formatPeriod, formatValue } from "./format";
import { lastChanged, toSourceAdditions } from "./updates";

type FeedUrls = { site: string; feed: string; page: (slug: string) => string; source: (slug: string) => string };

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A feed carries its latest entries only, so it stays small however many figures the portal holds
 * (feed readers poll it; older entries are on /updates). Enough for one new source's figures.
 */
export const FEED_ENTRIES = 200;
/** A new source's entry names this many of its figures, then says how many more. */
export const FEED_NAMES_PER_SOURCE = 30;

/**
 * An Atom feed of what changed: one entry per figure (its latest change, corrections spelled out),
 * one per source with the figures it added, and one per withdrawn figure; the latest FEED_ENTRIES,
 * newest first, links absolute.
 */
export function buildAtomFeed(indicators: Indicator[], city: City, locale: Locale, urls: FeedUrls, withdrawals: Withdrawal[] = []): string {
  const zh = locale === "zh";
  const entries: { id: string; link: string; title: string; date: string; description: string; content: string }[] = [];

  for (const indicator of indicators) {
    const figure = latestFigure(indicator);
    const format = (value: number, f = figure) => formatValue(value, indicator.unit, f.qualifier, locale, f.stated?.written);
    // Corrections of every period, not only the latest: a corrected earlier year is news too.
    const corrections = indicator.figures.flatMap((f) =>
      f.corrections.map((c) => {
        const period = formatPeriod(f.period, locale);
        const values = `${format(c.oldValue, { ...f, qualifier: c.oldQualifier ?? f.qualifier, stated: null })} → ${format(c.newValue, { ...f, qualifier: c.newQualifier ?? f.qualifier })}`;
        return zh ? `更正（${c.date}，${period}）：${values}，${c.reason}` : `Corrected (${c.date}, ${period}): ${values}: ${c.reason}`;
      }),
    );
    const link = urls.page(indicator.slug);
    entries.push({
      id: link,
      link,
      title: `${indicator.name[locale]}: ${format(figure.value)}`,
      date: lastChanged(indicator),
      description: [`${formatPeriod(figure.period, locale)} · ${indicator.description[locale]}`, ...corrections].join(" · "),
      content: [figure.stated ? `“${figure.stated.quote}”` : indicator.description[locale], ...corrections].join("\n"),
    });
  }

  for (const { source, date, figures } of toSourceAdditions(indicators)) {
    const link = urls.source(source.slug);
    const named = figures.slice(0, FEED_NAMES_PER_SOURCE).map(({ indicator }) => indicator.name[locale]);
    const more = figures.length - named.length;
    const names = more > 0 ? [...named, zh ? `等${figures.length}个数据` : `and ${more} more`] : named;
    entries.push({
      id: `${link}#added`,
      link,
      title: zh ? `新来源：《${source.title.zh}》，新增${figures.length}个数据` : `New source: “${source.title.en}”, ${figures.length} figures added`,
      date,
      description: names.join(zh ? "、" : "; "),
      content: names.join("\n"),
    });
  }

  for (const w of withdrawals) {
    const name = w.name?.[locale] ?? w.indicatorSlug;
    entries.push({
      id: `${urls.site}#withdrawn-${w.indicatorSlug}-${w.period}`,
      link: urls.site,
      title: zh ? `撤下：${name}（${formatPeriod(w.period, "zh")}）` : `Withdrawn: ${name} (${formatPeriod(w.period, "en")})`,
      date: w.date,
      description: w.reason,
      content: w.reason,
    });
  }

  entries.sort((a, b) => b.date.localeCompare(a.date));
  entries.splice(FEED_ENTRIES);
  const feed = new Feed({
    id: urls.feed,
    title: `${city.portalName[locale]}${zh ? " · 更新" : ": what's new"}`,
    description: city.tagline[locale],
    link: urls.site,
    language: zh ? "zh-CN" : "en",
    updated: entries.length ? day(entries[0].date) : new Date(0),
    copyright: city.licence.name,
    feedLinks: { atom: urls.feed },
  });
  for (const e of entries) feed.addItem({ id: e.id, link: e.link, title: e.title, date: day(e.date), description: e.description, content: e.content });
  return feed.atom1();
}
