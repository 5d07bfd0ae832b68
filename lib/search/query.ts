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

export type SearchResult = { method: "fts" | "like"; hits: SearchHit[] };

/** Indicators first when scores tie: a reader searching a number wants the figure before the sentence. */
const KIND_ORDER = `CASE kind WHEN 'indicator' THEN 0 WHEN 'topic' THEN 1 WHEN 'story' THEN 2 ELSE 3 END`;

/** Whitespace-separated terms, without FTS syntax characters a reader would not mean as operators. */
export function searchTerms(query: string): string[] {
  return query
    .normalize("NFKC")
    .split(/\s+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .slice(0, 8);
}

/** Each term as an FTS5 string (double quotes doubled), ANDed together. */
const ftsExpression = (terms: string[]) => terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(" AND ");

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// Ten times the weight for a title match; kind, ref and locale are not indexed (weights 0).
const FTS_SQL = `
  SELECT kind, ref, locale, title, body, bm25("SearchEntry", 0, 0, 0, 10.0, 1.0) AS score
  FROM "SearchEntry"
  WHERE "SearchEntry" MATCH ?
  ORDER BY score, ${KIND_ORDER}, rowid
  LIMIT ?`;

/** LIKE ranking: title matches before body matches, then indicators first, then shorter titles (closer matches). */
const likeSql = (termCount: number) => {
  const where = Array.from({ length: termCount }, () => `(title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')`).join(" AND ");
  const titleHits = Array.from({ length: termCount }, () => `(title LIKE ? ESCAPE '\\')`).join(" + ");
  return `
  SELECT kind, ref, locale, title, body, -(${titleHits}) AS score
  FROM "SearchEntry"
  WHERE ${where}
  ORDER BY score, ${KIND_ORDER}, length(title), rowid
  LIMIT ?`;
};

/**
 * Finds entries matching every term of `query`. Each (kind, ref) appears once,
 * in `locale` when that language's row matched, else in the other language.
 */
export async function searchEntries(
  db: SearchDb,
  query: string,
  options: { locale?: "zh" | "en"; limit?: number } = {},
): Promise<SearchResult> {
  const terms = searchTerms(query);
  const limit = options.limit ?? 20;
  if (terms.length === 0) return { method: "fts", hits: [] };
  // Fetch extra rows: each item has up to two language rows, and duplicates are dropped below.
  const fetch = limit * 4;
  const useFts = terms.every((t) => [...t].length >= 3);
  const rows = useFts
    ? await db.$queryRawUnsafe<SearchHit[]>(FTS_SQL, ftsExpression(terms), fetch)
    : await db.$queryRawUnsafe<SearchHit[]>(
        likeSql(terms.length),
        ...terms.map(likePattern),
        ...terms.flatMap((t) => [likePattern(t), likePattern(t)]),
        fetch,
      );
  return { method: useFts ? "fts" : "like", hits: dedupe(rows.map(normalizeRow), options.locale).slice(0, limit) };
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
