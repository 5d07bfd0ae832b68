import {
  WEIGHT,
  byRelevance,
  listed,
  looseGroups,
  parseQuery,
  prepareField,
  scoreDocuments,
  type QueryGroup,
  type Scored,
  type SearchDocument,
  type SearchIndex,
  type SearchLocale,
} from "./engine";
import { normalizeText } from "./text";

/**
 * A query against the in-memory index (lib/search/engine.ts) and the source sentences in the
 * "SearchEntry" FTS5 table, which the content import fills. Sentences stay in SQLite: a city's
 * sources grow without bound, and the trigram index finds the few that share a word with the query.
 * Words of 3+ characters go through the index; a trigram index cannot match 1–2 characters (热线,
 * 养老), so those scan the sentence rows with LIKE. Only a sentence's own text is scored, never the
 * title of the article it belongs to.
 */

/** The one thing search needs from a database: Prisma's raw query (so the bench can pass its own client). */
export type SearchDb = { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> };

export type SearchKind = "indicator" | "topic" | "story" | "sentence";

export type SearchHit = {
  kind: SearchKind;
  /** Slug, or "<source>#<offset>" for a source sentence. */
  ref: string;
  /** The language of the text that matched best. */
  locale: SearchLocale;
  /** For a sentence: its source's title; for the others the caller looks the item up. */
  title: string;
  /** For a sentence: the sentence. */
  body: string;
  /** Relevance: higher is better. */
  score: number;
};

export type SearchResult = {
  /** How sentences were looked up: "fts" through the trigram index, "like" when a word was too short for it. */
  method: "fts" | "like";
  /** The page of hits asked for. */
  hits: SearchHit[];
  /** How many items match in all, across every page. */
  total: number;
  /** When nothing matches: the indicators and topics closest to the query, best first (at most 5). */
  nearest: SearchHit[];
  /** Strings to mark in the results (the query's words as content writes them). */
  highlights: string[];
};

/** Whitespace-separated terms of a query as typed (NFKC), at most 8: for marking matches. */
export function searchTerms(query: string): string[] {
  return query
    .normalize("NFKC")
    .split(/\s+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .slice(0, 8);
}

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// A safety cap on candidate sentences read per query.
const MAX_SENTENCES = 2000;

type SentenceRow = { ref: string; title: string; body: string };

/** Sentences that contain any Chinese word or number of the query, through FTS where the word is long enough. */
async function candidateSentences(db: SearchDb, groups: QueryGroup[]): Promise<{ rows: SentenceRow[]; method: "fts" | "like" }> {
  const words = [
    ...new Set(groups.flatMap((g) => g.alternatives.filter((a) => a.match !== "stem" && (a.match === "number" || /\p{Script=Han}/u.test(a.value))).map((a) => a.value))),
  ].filter((w) => [...w].length >= 2 || /\d/.test(w));
  if (words.length === 0) return { rows: [], method: "fts" };
  const long = words.filter((w) => [...w].length >= 3);
  const short = words.filter((w) => [...w].length < 3);
  const conditions = [
    ...(long.length ? [`rowid IN (SELECT rowid FROM "SearchEntry" WHERE "SearchEntry" MATCH ?)`] : []),
    ...short.map(() => `body LIKE ? ESCAPE '\\'`),
  ];
  const rows = await db.$queryRawUnsafe<SentenceRow[]>(
    `SELECT ref, title, body FROM "SearchEntry" WHERE kind = 'sentence' AND (${conditions.join(" OR ")}) ORDER BY rowid LIMIT ${MAX_SENTENCES}`,
    // Only the sentence's own text: its row's title is the article's, shared by every sentence.
    ...(long.length ? [`body : (${long.map((w) => `"${w.replace(/"/g, '""')}"`).join(" OR ")})`] : []),
    ...short.map(likePattern),
  );
  return { rows, method: short.length ? "like" : "fts" };
}

const toHit = (scored: Scored, sentences: Map<string, SentenceRow>): SearchHit => {
  const sentence = scored.doc.kind === "sentence" ? sentences.get(scored.doc.ref) : undefined;
  return {
    kind: scored.doc.kind,
    ref: scored.doc.ref,
    locale: scored.locale,
    title: sentence?.title ?? "",
    body: sentence?.body ?? "",
    score: Math.round(scored.score * 1000) / 1000,
  };
};

const NEAREST = 5;

/**
 * Finds what matches most of `query`: topics, indicators, voices and source sentences, best first.
 * `total` counts them all; `hits` is the page from `offset`. When nothing matches, `nearest` holds
 * the indicators and topics closest to it, so that a reader always has somewhere to go.
 */
export async function searchEntries(
  db: SearchDb,
  index: SearchIndex,
  query: string,
  options: { locale?: SearchLocale; limit?: number; offset?: number } = {},
): Promise<SearchResult> {
  const locale = options.locale ?? "zh";
  const limit = options.limit ?? 20;
  const offset = options.offset ?? 0;
  const { groups, highlights } = parseQuery(index, query);
  if (groups.length === 0) return { method: "fts", hits: [], total: 0, nearest: [], highlights };
  const { rows, method } = await candidateSentences(db, groups);
  const sentences = new Map(rows.map((r) => [r.ref, r]));
  const sentenceDocs: SearchDocument[] = rows.map((r) => ({
    kind: "sentence",
    ref: r.ref,
    fields: [prepareField({ text: r.body, weight: WEIGHT.sentence, locale: "zh" })],
  }));
  const scored = scoreDocuments(index.documents, sentenceDocs, groups, locale).sort(byRelevance);
  const shown = listed(scored);
  const nearest = shown.length ? [] : nearestItems(index, query, scored, locale).map((s) => toHit(s, sentences));
  return {
    method,
    hits: shown.slice(offset, offset + limit).map((s) => toHit(s, sentences)),
    total: shown.length,
    nearest,
    highlights,
  };
}

/** Indicators and topics that match part of the query, or failing that any of its characters or words. */
function nearestItems(index: SearchIndex, query: string, partial: Scored[], locale: SearchLocale): Scored[] {
  const items = (list: Scored[]) => list.filter((s) => s.doc.kind === "indicator" || s.doc.kind === "topic").slice(0, NEAREST);
  const some = items(partial);
  if (some.length) return some;
  return items(scoreDocuments(index.documents, [], looseGroups(index, query), locale).sort(byRelevance));
}

/** Indicator slugs matching `query`, best first: the API's and the data page's `q` filter. */
export async function rankedIndicatorSlugs(db: SearchDb, index: SearchIndex, query: string): Promise<string[]> {
  const { hits } = await searchEntries(db, index, query, { limit: 10_000 });
  return hits.filter((h) => h.kind === "indicator").map((h) => h.ref);
}

/** True when the query holds something to look for once invisible characters are removed. */
export const hasSearchableText = (query: string) => normalizeText(query).trim().length > 0;
