import "server-only";
import { prisma } from "../db";
import { latestFigure, type Indicator, type Locale } from "../domain/types";
import { formatValue } from "../format";
import { excerpt, highlight, type MatchSegment } from "../search/highlight";
import { searchEntries, searchTerms, type SearchKind, type SearchResult } from "../search/query";
import { getIndicators } from "./indicators";

/** One search result, ready to show: the matched text split into plain and highlighted segments. */
export type SearchResultItem = {
  kind: SearchKind;
  ref: string;
  title: string;
  titleSegments: MatchSegment[];
  snippet: string;
  snippetSegments: MatchSegment[];
  /** For indicators: the latest figure with its unit, in the reader's language. */
  value: string | null;
  /** The page to open, without the language prefix ("/indicators/x"). */
  path: string;
  /** Language of the matched text. */
  lang: Locale;
  score: number;
};

export type SearchOutcome = { query: string; method: "fts" | "like"; results: SearchResultItem[] };

/**
 * An indicator's index row ends with its raw values, which read badly as a snippet:
 * show the description, or the source sentence where the match is.
 */
function indicatorSnippetText(indicator: Indicator, locale: Locale, terms: string[]): string {
  const texts = [indicator.description[locale], ...indicator.figures.flatMap((f) => (f.stated ? [f.stated.quote] : []))];
  const lower = terms.map((t) => t.toLowerCase());
  return texts.find((text) => lower.some((t) => text.toLowerCase().includes(t))) ?? texts[0];
}

/** Searches figures, topics, stories and source sentences; see lib/search/query.ts for how. */
export async function search(query: string, locale: Locale, limit = 20): Promise<SearchOutcome> {
  const found = await searchEntries(prisma, query, { locale, limit });
  const indicatorSlugs = found.hits.filter((h) => h.kind === "indicator").map((h) => h.ref);
  const storySlugs = found.hits.filter((h) => h.kind === "story").map((h) => h.ref);
  const [indicators, stories] = await Promise.all([
    getIndicators(indicatorSlugs),
    storySlugs.length
      ? prisma.story.findMany({ where: { slug: { in: storySlugs } }, select: { slug: true, topicSlug: true } })
      : Promise.resolve([]),
  ]);
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  const storyTopic = new Map(stories.map((s) => [s.slug, s.topicSlug]));
  return searchOutcome(query, locale, found, { indicator: (slug) => bySlug.get(slug), storyTopic: (slug) => storyTopic.get(slug) });
}

/**
 * The hits made ready to show, with the indicators and stories they name looked up by the caller
 * (from the database above, or from the API's in-memory read model, lib/read-model/).
 */
export function searchOutcome(
  query: string,
  locale: Locale,
  { method, hits }: SearchResult,
  lookup: { indicator: (slug: string) => Indicator | undefined; storyTopic: (slug: string) => string | undefined },
): SearchOutcome {
  const terms = searchTerms(query);
  const results = hits.map((hit): SearchResultItem => {
    const indicator = hit.kind === "indicator" ? lookup.indicator(hit.ref) : undefined;
    const figure = indicator ? latestFigure(indicator) : undefined;
    const snippet = excerpt(indicator ? indicatorSnippetText(indicator, hit.locale, terms) : hit.body, terms);
    const path =
      hit.kind === "indicator"
        ? `/indicators/${hit.ref}`
        : hit.kind === "topic"
          ? `/topics/${hit.ref}`
          : hit.kind === "story"
            ? `/topics/${lookup.storyTopic(hit.ref) ?? ""}`
            : `/sources/${hit.ref.split("#")[0]}`;
    return {
      kind: hit.kind,
      ref: hit.ref,
      title: hit.title,
      titleSegments: highlight(hit.title, terms),
      snippet,
      snippetSegments: highlight(snippet, terms),
      value: indicator && figure ? formatValue(figure.value, indicator.unit, figure.qualifier, locale, figure.stated?.written) : null,
      path,
      lang: hit.locale,
      score: hit.score,
    };
  });
  return { query, method, results };
}
