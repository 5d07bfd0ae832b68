/**
 * Calendar dates as the portal writes them. Kept apart from lib/format so the copy button, which
 * writes the day of copying into a citation, ships these few lines and not the number formatting.
 */

/** How a date is written: ISO (GB/T 7714 access dates), Chinese, British prose, or APA's US order. */
export type DateForm = "iso" | "zh" | "en-GB" | "en-US";
export const DATE_FORMS: DateForm[] = ["iso", "zh", "en-GB", "en-US"];

// Making an Intl.DateTimeFormat costs tens of microseconds; a citation formats several dates: keep each one made.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateFormat = (form: "en-GB" | "en-US") => {
  let format = dateFormats.get(form);
  if (!format) dateFormats.set(form, (format = new Intl.DateTimeFormat(form, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })));
  return format;
};

/** 2026-11-28 → 2026-11-28 / 2026年11月28日 / 28 November 2026 / November 28, 2026. */
export function formatIsoDate(iso: string, form: DateForm): string {
  if (form === "iso") return iso;
  const [y, m, d] = iso.split("-").map(Number);
  if (form === "zh") return `${y}年${m}月${d}日`;
  return dateFormat(form).format(new Date(Date.UTC(y, m - 1, d)));
}

/** Today's date as ISO, in UTC+8 where the portal's readers and sources are. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A citation split around its access date (see citationAroundAccessDate in lib/citation). */
export type CitationAroundDate = { before: string; after: string; form: DateForm };

/** The citation with `accessed` as its access date. */
export const withAccessDate = ({ before, after, form }: CitationAroundDate, accessed: string) => before + formatIsoDate(accessed, form) + after;
