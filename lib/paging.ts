/**
 * Pages of a long list (a topic's indicators, the sources on /updates) at fixed addresses, so every
 * page is pre-rendered and served from memory like any other: "/topics/x" is page 1 and
 * "/topics/x/page/2" the next; a query string would skip scripts/serve.ts's fast path. A list that
 * fits on one page has no other pages and no pager.
 */

/** Indicator cards on one page of a topic: a screenful or two on a phone, three columns of 20 on a wide screen. */
export const TOPIC_PAGE_SIZE = 60;
/** Sources on one page of /updates, newest first. */
export const UPDATES_PAGE_SIZE = 50;
/** Figure additions and corrections listed by date on the first page of /updates; the rest are found through their sources. */
export const LATEST_CHANGES = 100;

export type Page = {
  /** 1-based. */
  page: number;
  pages: number;
  total: number;
  /** Items before this page, and how many it holds at most: a query's skip and take. */
  skip: number;
  take: number;
};

export const pageCount = (total: number, size: number) => Math.max(1, Math.ceil(total / size));

/** Page `page` of `total` items, or null for a page that does not exist (0, past the last, not a whole number). */
export function pageOf(total: number, size: number, page: number): Page | null {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size ${size}: a whole number ≥ 1`);
  const pages = pageCount(total, size);
  if (!Number.isInteger(page) || page < 1 || page > pages) return null;
  return { page, pages, total, skip: (page - 1) * size, take: size };
}

/** The path segment of a page after the first: "2" → 2; "1", "02", "x" → null (page 1 lives at the list's own path). */
export function parsePageParam(value: string): number | null {
  if (!/^[1-9][0-9]{0,5}$/.test(value)) return null;
  const n = Number(value);
  return n >= 2 ? n : null;
}

/** A page's path, without the language prefix: page 1 is the list itself. */
export const pagePath = (base: string, page: number) => (page <= 1 ? base : `${base}/page/${page}`);

/** The `page` parameters of every page after the first, for generateStaticParams. */
export const laterPages = (total: number, size: number) =>
  Array.from({ length: pageCount(total, size) - 1 }, (_, i) => String(i + 2));

/** The page numbers to show: all of a short series; else the first, the last and the two either side of this one, gaps as null. */
export function pagerNumbers(page: number, pages: number): (number | null)[] {
  if (pages <= 9) return Array.from({ length: pages }, (_, i) => i + 1);
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1] > 1 ? [null, n] : [n]));
}
