import type { Figure, Indicator, SourceRef, TopicWithCounts } from "../domain/types";
import type { CitationContext } from "../data/citation-context";
import { formatQualifier, formatValue } from "../format";
import { latestFigure, type Locale } from "../domain/types";
import { localizedPath } from "../i18n/paths";
import { absoluteUrl } from "../seo";
import type { FigureResponse, IndicatorDetailResponse, IndicatorSummaryResponse, TopicResponse } from "./schemas";

/** Domain objects to the API's documented shapes (lib/api/schemas.ts); snake_case, absolute URLs. */

export const API_BASE = "/api/v1";

export const presentFigure = (f: Figure, indicator: Indicator): FigureResponse => ({
  id: f.id,
  value: f.value,
  display: {
    zh: formatValue(f.value, indicator.unit, f.qualifier, "zh", f.stated?.written),
    en: formatValue(f.value, indicator.unit, f.qualifier, "en", f.stated?.written),
  },
  qualifier: f.qualifier,
  qualifier_text: { zh: formatQualifier(f.qualifier, "zh"), en: formatQualifier(f.qualifier, "en") },
  change: f.change,
  period: f.period,
  checked: f.checked,
  added: f.added,
  stated: f.stated ? { written: f.stated.written, quote: f.stated.quote, source: f.stated.source.slug } : null,
  derived: f.derived,
  corrections: f.corrections.map((c) => ({
    date: c.date,
    old_value: c.oldValue,
    new_value: c.newValue,
    old_qualifier: c.oldQualifier,
    new_qualifier: c.newQualifier,
    reason: c.reason,
  })),
  preferred_reason: f.preferredReason,
  statements: f.statements.map((s) => ({ source: s.source.slug, value: s.value, qualifier: s.qualifier, written: s.written, quote: s.quote, agrees: s.agrees })),
});

export const presentIndicatorSummary = (i: Indicator, lang: Locale = "zh"): IndicatorSummaryResponse => ({
  slug: i.slug,
  name: i.name,
  description: i.description,
  topic: { slug: i.topic.slug, name: i.topic.name },
  unit: i.unit,
  headline: i.headline,
  latest: presentFigure(latestFigure(i), i),
  url: absoluteUrl(localizedPath(lang, `/indicators/${i.slug}`)),
  api_url: absoluteUrl(`${API_BASE}/indicators/${i.slug}`),
});

export const presentSource = (s: SourceRef) => ({
  slug: s.slug,
  type: s.type,
  language: s.language,
  title: s.title,
  authors: s.authors,
  publisher: s.publisher,
  published: s.published,
  url: s.url,
  retrieved: s.retrieved,
});

/** One indicator in full, as the API and the JSON downloads give it: figures, sources, citations. */
export function presentIndicatorDetail(i: Indicator, context: CitationContext, lang: Locale = "zh"): IndicatorDetailResponse {
  return {
    ...presentIndicatorSummary(i, lang),
    figures: i.figures.map((f) => presentFigure(f, i)),
    sources: context.sourcesOf(i).map(presentSource),
    citations: context.cite(i, undefined, lang),
    downloads: {
      csv: absoluteUrl(`/data/indicators/${i.slug}.csv`),
      json: absoluteUrl(`/data/indicators/${i.slug}.json`),
    },
    licence: context.city.licence,
  };
}

export const presentTopic = (t: TopicWithCounts, lang: Locale = "zh"): TopicResponse => ({
  slug: t.slug,
  position: t.position,
  name: t.name,
  description: t.description,
  summary: t.summary,
  indicator_count: t.indicatorCount,
  story_count: t.storyCount,
  url: absoluteUrl(localizedPath(lang, `/topics/${t.slug}`)),
  indicators_url: absoluteUrl(`${API_BASE}/indicators?topic=${t.slug}`),
});
