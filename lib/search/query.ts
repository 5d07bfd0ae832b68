/**
 * Search over the "SearchEntry" FTS5 table (kind, ref, locale, title, body), which the
 * content import fills with topics, indicators, stories and source sentences.
 *
 * The trigram tokenizer matches any substring of 3+ characters, which suits
 * Chinese (no spaces between words); it cannot match 1–2 characters (热线,
 * 养老), so those queries scan the same rows with LIKE instead.
 */

/** The one thing search needs from a database: Prisma's raw query (so the bench can pass its own client). */
export type SearchDb = { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> };

export type SearchKind = "indicator" | "topic" | "story" | "sentence";

export type SearchHit = {
  kind: SearchKind;
  /** Slug, or "<source>#<offset>" for a source sentence. */
  ref: string;
  locale: "zh" | "en";
  title: string;
  body: string;
  /** Lower is better: bm25 for full-text matches, a rank for LIKE matches. */
  score: number;
};

export type SearchResult = {
  method: "fts" | "like";
  /** The page of hits asked for. */
  hits: SearchHit[];
  /** How many items match in all, across every page. */
  total: number;
};

/**
 * Topics and figures first, then residents' voices, then source sentences: a resident searching 养老
 * wants the elderly-care topic and its figures before the article's sentences that mention it.
 * Within a group the better match leads (a title match first); on a tie, a topic before a figure.
 */
const GROUP_ORDER = `CASE kind WHEN 'story' THEN 1 WHEN 'sentence' THEN 2 ELSE 0 END`;
const KIND_ORDER = `CASE kind WHEN 'topic' THEN 0 WHEN 'indicator' THEN 1 ELSE 2 END`;

/** Whitespace-separated terms, without FTS syntax characters a reader would not mean as operators. */
export function searchTerms(query: string): string[] {
  return query
    .normalize("NFKC")
    .split(/\s+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .slice(0, 8);
}

/** Each term with the words content/synonyms.yaml gives for it (养老院 → 养老院, 养老机构). */
async function withSynonyms(db: SearchDb, terms: string[]): Promise<string[][]> {
  const keys = terms.map((t) => t.toLowerCase());
  const rows = await db.$queryRawUnsafe<{ term: string; target: string }[]>(
    `SELECT term, target FROM "SearchSynonym" WHERE term IN (${keys.map(() => "?").join(", ")})`,
    ...keys,
  );
  return terms.map((term, i) => [term, ...rows.filter((r) => r.term === keys[i]).map((r) => r.target)]);
}

/** Each group as FTS5 strings (double quotes doubled) joined by OR; the groups ANDed: every word counts. */
const ftsExpression = (groups: string[][]) =>
  groups.map((group) => `(${group.map((t) => `"${t.replace(/"/g, '""')}"`).join(" OR ")})`).join(" AND ");

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// A safety cap on rows read; the index holds a few hundred rows per city, so every match is counted.
const MAX_ROWS = 5000;

// Ten times the weight for a title match; kind, ref and locale are not indexed (weights 0).
const FTS_SQL = `
  SELECT kind, ref, locale, title, body, bm25("SearchEntry", 0, 0, 0, 10.0, 1.0) AS score
  FROM "SearchEntry"
  WHERE "SearchEntry" MATCH ?
  ORDER BY ${GROUP_ORDER}, score, ${KIND_ORDER}, rowid
  LIMIT ${MAX_ROWS}`;

/** LIKE ranking within a group: title matches before body matches, then shorter titles (closer matches). */
const likeSql = (groups: string[][]) => {
  const any = (group: string[], columns: string[]) =>
    `(${group.flatMap(() => columns.map((c) => `${c} LIKE ? ESCAPE '\\'`)).join(" OR ")})`;
  const where = groups.map((g) => any(g, ["title", "body"])).join(" AND ");
  const titleHits = groups.map((g) => any(g, ["title"])).join(" + ");
  return `
  SELECT kind, ref, locale, title, body, -(${titleHits}) AS score
  FROM "SearchEntry"
  WHERE ${where}
  ORDER BY ${GROUP_ORDER}, score, ${KIND_ORDER}, length(title), rowid
  LIMIT ${MAX_ROWS}`;
};

/**
 * Finds entries matching every term of `query` (or a synonym of it). Each (kind, ref) appears once,
 * in `locale` when that language's row matched, else in the other language. `total` counts them all;
 * `hits` is the page from `offset`.
 */
export async function searchEntries(
  db: SearchDb,
  query: string,
  options: { locale?: "zh" | "en"; limit?: number; offset?: number } = {},
): Promise<SearchResult> {
  const terms = searchTerms(query);
  const limit = options.limit ?? 20;
  const offset = options.offset ?? 0;
  if (terms.length === 0) return { method: "fts", hits: [], total: 0 };
  const groups = await withSynonyms(db, terms);
  const useFts = groups.flat().every((t) => [...t].length >= 3);
  const rows = useFts
    ? await db.$queryRawUnsafe<SearchHit[]>(FTS_SQL, ftsExpression(groups))
    : await db.$queryRawUnsafe<SearchHit[]>(
        likeSql(groups),
        // The SELECT's title matches come first in the statement, then the WHERE's title-or-body pairs.
        ...groups.flatMap((g) => g.map(likePattern)),
        ...groups.flatMap((g) => g.flatMap((t) => [likePattern(t), likePattern(t)])),
      );
  const all = dedupe(rows.map(normalizeRow), options.locale);
  return { method: useFts ? "fts" : "like", hits: all.slice(offset, offset + limit), total: all.length };
}

// SQLite hands back bigint for integer expressions through some drivers.
const normalizeRow = (r: SearchHit): SearchHit => ({ ...r, score: Number(r.score) });

/** Keeps each item's best row; when both languages matched, shows the reader's language at the best score. */
function dedupe(rows: SearchHit[], locale: "zh" | "en" | undefined): SearchHit[] {
  const best = new Map<string, SearchHit>();
  for (const row of rows) {
    const key = `${row.kind}:${row.ref}`;
    const seen = best.get(key);
    if (!seen) best.set(key, row);
    else if (locale && seen.locale !== locale && row.locale === locale) best.set(key, { ...row, score: seen.score });
  }
  return [...best.values()];
}
