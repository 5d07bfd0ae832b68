/**
 * A figure's period: one year ("2024"), a range of years ("2019-2024"), or "unknown" when the source
 * does not say. The content schema, the database's period columns, filters and formatting all read
 * periods through here.
 */
export const UNKNOWN_PERIOD = "unknown";

export const PERIOD_PATTERN = /^(\d{4})(?:-(\d{4}))?$|^unknown$/;

export type ParsedPeriod = { kind: "year"; start: number; end: number } | { kind: "range"; start: number; end: number } | { kind: "unknown" };

/** Parses a period; null when it is not written as one of the three forms. */
export function parsePeriod(period: string): ParsedPeriod | null {
  if (period === UNKNOWN_PERIOD) return { kind: "unknown" };
  const m = PERIOD_PATTERN.exec(period);
  if (!m) return null;
  const start = Number(m[1]);
  return m[2] === undefined ? { kind: "year", start, end: start } : { kind: "range", start, end: Number(m[2]) };
}

/** First and last year, or nulls for "unknown" (and for text that is not a period). */
export function periodBounds(period: string): [number | null, number | null] {
  const parsed = parsePeriod(period);
  return parsed && parsed.kind !== "unknown" ? [parsed.start, parsed.end] : [null, null];
}

/** True when two periods share a year; "unknown" matches only "unknown". */
export function periodOverlaps(a: string, b: string): boolean {
  const [aStart, aEnd] = periodBounds(a);
  const [bStart, bEnd] = periodBounds(b);
  if (aStart === null || bStart === null) return aStart === bStart && a === b;
  return aStart <= bEnd! && bStart <= aEnd!;
}
