import "server-only";
import { prisma } from "../db";
import { latestFigure, type Indicator, type Locale, type Story, type TopicSummary } from "../domain/types";
import { formatValue } from "../format";
import { excerpt, highlight, type MatchSegment } from "../search/highlight";
import { searchEntries, searchTerms, type SearchKind, type SearchResult } from "../search/query";
import { getIndicators } from "./indicators";
import { toStory, toTopicSummary } from "./mappers";

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
  /** Language of the snippet (the matched text); the title is always in the reader's language. */
  lang: Locale;
  score: number;
};

export type SearchOutcome = {
  query: string;
  method: "fts" | "like";
  results: SearchResultItem[];
  /** Every matching item, across all pages. */
  total: number;
  /** 1-based page of `results`. */
  page: number;
  pageSize: number;
};

/**
 * An indicator's index row ends with its raw values, which read badly as a snippet:
 * show the description, or the source sentence where the match is.
 */
function indicatorSnippetText(indicator: Indicator, locale: Locale, terms: string[]): string {
  // The name in the matched language comes last: it shows why a Chinese page lists a figure for "satisfaction".
  const texts = [
    indicator.description[locale],
    ...indicator.figures.flatMap((f) => (f.stated ? [f.stated.quote] : [])),
    indicator.label[locale],
    indicator.name[locale],
  ];
  const lower = terms.map((t) => t.toLowerCase());
  return texts.find((text) => lower.some((t) => text.toLowerCase().includes(t))) ?? texts[0];
}

/**
 * Searches figures, topics, stories and source sentences; see lib/search/query.ts for how.
 * A topic, figure or voice is shown in the reader's language even when the other language's text
 * matched (an English reader searching 热线 gets English names); source sentences stay Chinese.
 */
export async function search(query: string, locale: Locale, limit = 20, page = 1): Promise<SearchOutcome> {
  const found = await searchEntries(prisma, query, { locale, limit, offset: (page - 1) * limit });
  const slugsOf = (kind: SearchKind) => found.hits.filter((h) => h.kind === kind).map((h) => h.ref);
  const [indicators, stories, topics] = await Promise.all([
    getIndicators(slugsOf("indicator")),
    slugsOf("story").length ? prisma.story.findMany({ where: { slug: { in: slugsOf("story") } } }) : Promise.resolve([]),
    slugsOf("topic").length ? prisma.topic.findMany({ where: { slug: { in: slugsOf("topic") } } }) : Promise.resolve([]),
  ]);
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  const storyBySlug = new Map(stories.map((s) => [s.slug, toStory(s)]));
  const topicBySlug = new Map(topics.map((t) => [t.slug, toTopicSummary(t)]));
  return searchOutcome(query, locale, found, { indicator: (s) => bySlug.get(s), story: (s) => storyBySlug.get(s), topic: (s) => topicBySlug.get(s) }, page, limit);
}

/** What a search result names, looked up by the caller: from the database above, or from the API's in-memory read model. */
export type SearchLookup = {
  indicator: (slug: string) => Indicator | undefined;
  story: (slug: string) => Story | undefined;
  topic: (slug: string) => TopicSummary | undefined;
};

/** The hits made ready to show: titles in the reader's language, snippets where the match is, the page to open. */
export function searchOutcome(query: string, locale: Locale, { method, hits, total }: SearchResult, lookup: SearchLookup, page = 1, limit = 20): SearchOutcome {
  const terms = searchTerms(query);
  const results = hits.map((hit): SearchResultItem => {
    const indicator = hit.kind === "indicator" ? lookup.indicator(hit.ref) : undefined;
    const topic = hit.kind === "topic" ? lookup.topic(hit.ref) : undefined;
    const story = hit.kind === "story" ? lookup.story(hit.ref) : undefined;
    const figure = indicator ? latestFigure(indicator) : undefined;
    // The title is in the reader's language; the snippet shows the text that matched, in its own language.
    const lang: Locale = hit.locale;
    const title = indicator ? indicator.label[locale] : topic ? topic.name[locale] : story ? story.speaker[locale] : hit.title;
    const body = topic
      ? `${topic.description[lang]} ${topic.summary[lang]}`
      : story
        ? `${story.context[lang]} ${lang === "zh" ? story.quote : story.translationEn}`
        : hit.body;
    const snippet = excerpt(indicator ? indicatorSnippetText(indicator, lang, terms) : body, terms);
    const path =
      hit.kind === "indicator"
        ? `/indicators/${hit.ref}`
        : hit.kind === "topic"
          ? `/topics/${hit.ref}`
          : hit.kind === "story"
            ? `/topics/${story?.topicSlug ?? ""}`
            : `/sources/${hit.ref.split("#")[0]}`;
    return {
      kind: hit.kind,
      ref: hit.ref,
      title,
      titleSegments: highlight(title, terms),
      snippet,
      snippetSegments: highlight(snippet, terms),
      value: indicator && figure ? formatValue(figure.value, indicator.unit, figure.qualifier, locale, figure.stated?.written) : null,
      path,
      lang,
      score: hit.score,
    };
  });
  return { query, method, results, total, page, pageSize: limit };
}
