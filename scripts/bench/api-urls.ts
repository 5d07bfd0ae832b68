/**
 * A journalist's script: every request a different API URL, in turn a text search, a search-filtered
 * list and a page of a period-filtered list (numbers as search terms: 1–2 digits scan, 3+ use the index).
 */
export const apiAllDifferent = (n: number) =>
  n % 3 === 0
    ? `/api/v1/search?q=${n}`
    : n % 3 === 1
      ? `/api/v1/indicators?q=${n}&per_page=${1 + (n % 50)}`
      : `/api/v1/indicators?period=${2015 + (n % 10)}&per_page=${1 + (n % 100)}&page=${1 + Math.floor(n / 100)}`;
