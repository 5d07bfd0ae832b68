import "server-only";
import { prisma } from "../db";
import { latestFigure, type Indicator, type Locale, type Story, type TopicSummary } from "../domain/types";
import { formatValue } from "../format";
import { sentenceAnchor } from "../source-anchors";
import { excerpt, highlight, type MatchSegment } from "../search/highlight";
import { WEIGHT, buildSearchIndex, type FieldText, type IndexInput, type SearchIndex } from "../search/engine";
import { rankedIndicatorSlugs, searchEntries, type SearchHit, type SearchKind, type SearchResult } from "../search/query";
import type { Vocabulary } from "../content/vocabulary";
import { currentReadModel } from "../read-model/current";
import type { ReadModel } from "../read-model/model";

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
  /** When nothing matches: the indicators and topics closest to the query. */
  nearest: SearchResultItem[];
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

/** The text search weighs for each indicator, topic and voice, by field (lib/search/engine.ts WEIGHT). */
export function searchItems(model: Pick<ReadModel, "indicators" | "topics" | "storyBySlug">, vocabulary: Vocabulary): IndexInput["items"] {
  const both = (text: { zh: string; en: string }, weight: number): FieldText[] => [
    { text: text.zh, weight, locale: "zh" },
    { text: text.en, weight, locale: "en" },
  ];
  const indicators = model.indicators.map((i) => {
    const words = vocabulary[i.slug] ?? { zh: [], en: [] };
    const shown = (locale: Locale) =>
      i.figures.map((f) => `${formatValue(f.value, i.unit, f.qualifier, locale, f.stated?.written)} ${f.stated?.written ?? ""} ${f.value}`).join(" ");
    return {
      kind: "indicator" as const,
      ref: i.slug,
      fields: [
        ...both(i.name, WEIGHT.name),
        ...both(i.label, WEIGHT.name),
        { text: words.zh.join(" / "), weight: WEIGHT.vocabulary, locale: "zh" as const },
        { text: words.en.join(" / "), weight: WEIGHT.vocabulary, locale: "en" as const },
        { text: shown("zh"), weight: WEIGHT.value, locale: "zh" as const },
        { text: shown("en"), weight: WEIGHT.value, locale: "en" as const },
        ...both(i.description, WEIGHT.description),
        ...i.figures.flatMap((f) => (f.stated ? [{ text: f.stated.quote, weight: WEIGHT.sentence, locale: "zh" as const }] : [])),
      ],
    };
  });
  const topics = model.topics.map((t) => ({
    kind: "topic" as const,
    ref: t.slug,
    fields: [...both(t.name, WEIGHT.name), ...both(t.description, WEIGHT.topicText), ...both(t.summary, WEIGHT.topicText)],
  }));
  const stories = [...model.storyBySlug.values()].map((s) => ({
    kind: "story" as const,
    ref: s.slug,
    fields: [...both(s.context, WEIGHT.sentence), { text: s.quote, weight: WEIGHT.sentence, locale: "zh" as const }, { text: s.translationEn, weight: WEIGHT.sentence, locale: "en" as const }],
  }));
  return [...topics, ...indicators, ...stories];
}

/** The vocabulary and synonyms as imported from content/. */
async function readWords(): Promise<{ vocabulary: Vocabulary; synonyms: [string, string][] }> {
  const [words, synonyms] = await Promise.all([prisma.searchVocabulary.findMany(), prisma.searchSynonym.findMany()]);
  const vocabulary: Vocabulary = {};
  for (const w of words) {
    const entry = (vocabulary[w.indicatorSlug] ??= { zh: [], en: [] });
    entry[w.locale === "en" ? "en" : "zh"].push(w.word);
  }
  return { vocabulary, synonyms: synonyms.map((s) => [s.term, s.target]) };
}

// One index per read model (per database version): built on the first search after an import.
const indexes = new WeakMap<ReadModel, Promise<SearchIndex>>();

/** The in-memory search index for the database as it is now, with the read model it was built from. */
export async function currentSearch(): Promise<{ model: ReadModel; index: SearchIndex }> {
  const model = await currentReadModel();
  let index = indexes.get(model);
  if (!index) {
    index = readWords().then(({ vocabulary, synonyms }) => buildSearchIndex({ items: searchItems(model, vocabulary), synonyms }));
    index.catch(() => indexes.delete(model));
    indexes.set(model, index);
  }
  return { model, index: await index };
}

/**
 * Searches figures, topics, stories and source sentences; see lib/search/ for how. The page and
 * /api/v1/search both call this, so they give the same answers. A topic, figure or voice is shown in
 * the reader's language even when the other language's text matched; source sentences stay Chinese.
 */
export async function search(query: string, locale: Locale, limit = 20, page = 1): Promise<SearchOutcome> {
  const { model, index } = await currentSearch();
  const found = await searchEntries(prisma, index, query, { locale, limit, offset: (page - 1) * limit });
  return searchOutcome(query, locale, found, lookupIn(model), page, limit);
}

/** Indicator slugs matching `query`, best first, for the `q` filter of indicator lists. */
export async function searchIndicatorSlugs(query: string): Promise<string[]> {
  const { index } = await currentSearch();
  return rankedIndicatorSlugs(prisma, index, query);
}

const lookupIn = (model: ReadModel): SearchLookup => ({
  indicator: (slug) => model.indicatorBySlug.get(slug),
  story: (slug) => model.storyBySlug.get(slug),
  topic: (slug) => model.topicBySlug.get(slug),
});

/** What a search result names, looked up by the caller: from the database above, or from the API's in-memory read model. */
export type SearchLookup = {
  indicator: (slug: string) => Indicator | undefined;
  story: (slug: string) => Story | undefined;
  topic: (slug: string) => TopicSummary | undefined;
};

/** The hits made ready to show: titles in the reader's language, snippets where the match is, the page to open. */
export function searchOutcome(query: string, locale: Locale, { method, hits, total, nearest, highlights }: SearchResult, lookup: SearchLookup, page = 1, limit = 20): SearchOutcome {
  const terms = highlights;
  const toItem = (hit: SearchHit): SearchResultItem => {
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
    const [sourceSlug, offset] = hit.ref.split("#");
    const path =
      hit.kind === "indicator"
        ? `/indicators/${hit.ref}`
        : hit.kind === "topic"
          ? `/topics/${hit.ref}`
          : hit.kind === "story"
            ? `/topics/${story?.topicSlug ?? ""}`
            : `/sources/${sourceSlug}#${sentenceAnchor(Number(offset))}`;
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
  };
  const known = (hit: SearchHit) => hit.kind === "sentence" || (hit.kind === "indicator" ? lookup.indicator(hit.ref) : hit.kind === "topic" ? lookup.topic(hit.ref) : lookup.story(hit.ref)) !== undefined;
  return { query, method, results: hits.filter(known).map(toItem), nearest: nearest.filter(known).map(toItem), total, page, pageSize: limit };
}
