import { readFileSync } from "node:fs";
import path from "node:path";
import { groupByPeriod } from "../content/figure-groups";
import { isDerived, type Content, type LoadedIndicator } from "../content/load";
import { chartSvg } from "../charts/chart-svg";
import { toChartModel } from "../charts/chart-model";
import { seriesPeriods, toSeries } from "../charts/to-series";
import type { Figure, Indicator, Locale, Unit } from "../domain/types";
import { periodBounds } from "../domain/period";
import { formatDate, formatPeriod, formatUnit, formatValue } from "../format";

/**
 * What an indicator's page will show after publishing, in both languages: each period's figure as the
 * portal formats it (lib/format.ts) and its chart drawn by the portal's own chart code (lib/charts), from
 * content as the checks loaded it. No portal build is needed to see it.
 */

const LOCALES: Locale[] = ["zh", "en"];

/** The portal's own words for the chart (lib/i18n/messages), so the preview reads as the page will. */
function chartWords(locale: Locale): Record<string, string> {
  const file = path.join(import.meta.dirname, "../i18n/messages", locale, "charts.json");
  return JSON.parse(readFileSync(file, "utf8")).charts;
}

/** A loaded indicator as the domain type the pages and charts take (what lib/data would return after the import). */
export function toDomainIndicator(content: Content, topicSlug: string, ind: LoadedIndicator): Indicator {
  const topic = content.topics.find((t) => t.slug === topicSlug)!;
  const u = content.units[ind.unit];
  const unit: Unit = { key: ind.unit, kind: u.kind, zh: u.zh, en: { singular: u.en[0], plural: u.en[1] } };
  const sources = new Map(content.sources.map((s) => [s.slug, s]));
  const figures: Figure[] = groupByPeriod(ind.figures).map(({ primary: f }) => ({
    id: `${ind.slug}/${f.period}`,
    indicatorSlug: ind.slug,
    value: f.value,
    qualifier: f.qualifier,
    change: "change" in f ? (f.change ?? null) : null,
    period: f.period,
    checked: f.checked,
    added: f.added,
    corrections: f.corrections.map((c) => ({ date: c.date, oldValue: c.old, newValue: c.new, oldQualifier: c.qualifier?.old ?? null, newQualifier: c.qualifier?.new ?? null, reason: c.reason })),
    stated: isDerived(f)
      ? null
      : (() => {
          const { fullText: _text, file: _file, text: _name, ...source } = sources.get(f.source)!;
          return { written: f.written, quote: f.quote, source, quoteStart: f.quoteSpan.start, quoteEnd: f.quoteSpan.end, writtenStart: f.writtenSpan.start, writtenEnd: f.writtenSpan.end };
        })(),
    derived: isDerived(f) ? { op: f.derived.op, inputs: f.derived.inputs, decimals: f.derived.decimals } : null,
    preferredReason: isDerived(f) ? null : (f.preferred ?? null),
    statements: [],
  }));
  // Oldest first, "unknown" last: the order the mapper gives the pages.
  const start = (p: string) => periodBounds(p)[0] ?? Number.MAX_SAFE_INTEGER;
  figures.sort((a, b) => start(a.period) - start(b.period));
  return {
    slug: ind.slug,
    name: ind.name,
    description: ind.description,
    headline: ind.headline,
    topic: { slug: topic.slug, name: topic.name, description: topic.description, summary: topic.summary, position: topic.order },
    label: ind.label ?? ind.name,
    unit,
    figures,
  };
}

export type IndicatorPreview = {
  slug: string;
  pages: Record<Locale, { name: string; unit: string; figures: { period: string; value: string; quote: string | null; source: string | null; corrections: string[] }[]; chartSvg: string | null }>;
};

export function previewIndicators(content: Content, slugs: string[]): IndicatorPreview[] {
  const out: IndicatorPreview[] = [];
  for (const slug of slugs) {
    const topic = content.topics.find((t) => t.indicators.some((i) => i.slug === slug));
    if (!topic) continue;
    const indicator = toDomainIndicator(content, topic.slug, topic.indicators.find((i) => i.slug === slug)!);
    const pages = Object.fromEntries(
      LOCALES.map((locale) => {
        const words = chartWords(locale);
        let svg: string | null = null;
        try {
          const series = toSeries({ slug, kind: "time-series", title: indicator.name, indicators: [slug], labels: {}, home: false }, [indicator]);
          const model = toChartModel(series, locale, { stated: words.stated, derived: words.derived, shareOfTotal: (share) => words.shareOfTotal.replace("{share}", share) });
          const periods = seriesPeriods(series).map((p) => formatPeriod(p, locale)).join(locale === "zh" ? "、" : ", ");
          svg = chartSvg(model, {
            title: indicator.name[locale],
            meta: words.meta.replace("{units}", formatUnit(indicator.unit, locale)).replace("{periods}", periods),
            notes: [],
            sourceLine: "",
            address: "",
            noFigure: words.noFigure,
          });
        } catch {
          svg = null; // no single-year figure: the page shows no chart either
        }
        return [
          locale,
          {
            name: indicator.name[locale],
            unit: formatUnit(indicator.unit, locale),
            chartSvg: svg,
            figures: indicator.figures.map((f) => ({
              period: formatPeriod(f.period, locale),
              value: formatValue(f.value, indicator.unit, f.qualifier, locale, f.stated?.written),
              quote: f.stated?.quote ?? null,
              source: f.stated ? (locale === "zh" ? f.stated.source.title.zh : f.stated.source.title.en) : null,
              corrections: f.corrections.map((c) => `${formatDate(c.date, locale)}: ${formatValue(c.oldValue, indicator.unit, f.qualifier, locale)} → ${formatValue(c.newValue, indicator.unit, f.qualifier, locale)} (${c.reason})`),
            })),
          },
        ];
      }),
    ) as IndicatorPreview["pages"];
    out.push({ slug, pages });
  }
  return out;
}
