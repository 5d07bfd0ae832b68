import type { SeriesPoint } from "@/lib/charts/series";
import type { Locale } from "@/lib/domain/types";
import { formatPeriod, formatValue } from "@/lib/format";
import { SHARE_UNIT } from "@/lib/charts/config";

/** A point's value exactly as its figure page writes it. */
export const formatPoint = (p: SeriesPoint, locale: Locale) => formatValue(p.value, p.unit, p.qualifier, locale, p.written);

/** A share the portal computed, rounded, so always "about". */
export const formatShare = (share: number, locale: Locale) => formatValue(share, SHARE_UNIT, "about", locale);

/** The tooltip's lines: what, how much, when, and whether the source states it. */
export const tooltipLines = (p: SeriesPoint, locale: Locale, origin: { stated: string; derived: string }) => [
  p.label[locale],
  formatPoint(p, locale),
  formatPeriod(p.period, locale),
  p.derived ? origin.derived : origin.stated,
];
