import "server-only";
import { prisma } from "../db";
import { latestFigure, type Indicator, type Locale } from "../domain/types";
import { formatValue } from "../format";
import { excerpt, highlight, type Segment } from "../search/highlight";
import { searchEntries, searchTerms, type SearchKind } from "../search/query";
import { getIndicators } from "./indicators";
import { toStory, toTopicSummary } from "./mappers";

/** One search result, ready to show: the matched text split into plain and highlighted segments. */
export type SearchResultItem = {
  kind: SearchKind;
  ref: string;
  title: string;
  titleSegments: Segment[];
  snippet: string;
  snippetSegments: Segment[];
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
  const { method, hits, total } = await searchEntries(prisma, query, { locale, limit, offset: (page - 1) * limit });
  const terms = searchTerms(query);
  const indicatorSlugs = hits.filter((h) => h.kind === "indicator").map((h) => h.ref);
  const storySlugs = hits.filter((h) => h.kind === "story").map((h) => h.ref);
  const topicSlugs = hits.filter((h) => h.kind === "topic").map((h) => h.ref);
  const [indicators, stories, topics] = await Promise.all([
    getIndicators(indicatorSlugs),
    storySlugs.length ? prisma.story.findMany({ where: { slug: { in: storySlugs } } }) : Promise.resolve([]),
    topicSlugs.length ? prisma.topic.findMany({ where: { slug: { in: topicSlugs } } }) : Promise.resolve([]),
  ]);
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  const storyBySlug = new Map(stories.map((s) => [s.slug, toStory(s)]));
  const topicBySlug = new Map(topics.map((t) => [t.slug, toTopicSummary(t)]));

  const results = hits.map((hit): SearchResultItem => {
    const indicator = hit.kind === "indicator" ? bySlug.get(hit.ref) : undefined;
    const topic = hit.kind === "topic" ? topicBySlug.get(hit.ref) : undefined;
    const story = hit.kind === "story" ? storyBySlug.get(hit.ref) : undefined;
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
