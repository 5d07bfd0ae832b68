import type { Figure, Indicator, SourceRef } from "./domain/types";

/** Something that happened to a figure: it entered the portal, or it was corrected. */
export type UpdateEvent = {
  date: string;
  kind: "added" | "corrected";
  indicator: Indicator;
  figure: Figure;
  /** For corrections: the reason given. */
  reason?: string;
};

/** Every figure's additions and corrections, newest first (then by topic order, as listed). */
export function toUpdateEvents(indicators: Indicator[]): UpdateEvent[] {
  const events = indicators.flatMap((indicator) =>
    indicator.figures.flatMap((figure): UpdateEvent[] => [
      { date: figure.added, kind: "added", indicator, figure },
      ...figure.corrections.map((c) => ({ date: c.date, kind: "corrected" as const, indicator, figure, reason: c.reason })),
    ]),
  );
  // A stable sort keeps the topic order among events of the same day.
  return events.sort((a, b) => b.date.localeCompare(a.date));
}

/** A source and the figures it brought, dated by the first of them to enter the portal. */
export type SourceAddition = { source: SourceRef; date: string; figures: { indicator: Indicator; figure: Figure }[] };

/** Each source with the figures it states, newest source first: what a new report added. */
export function toSourceAdditions(indicators: Indicator[]): SourceAddition[] {
  const bySource = new Map<string, SourceAddition>();
  const add = (source: SourceRef, added: string, indicator: Indicator, figure: Figure) => {
    const entry = bySource.get(source.slug) ?? { source, date: added, figures: [] };
    entry.figures.push({ indicator, figure });
    if (added < entry.date) entry.date = added;
    bySource.set(source.slug, entry);
  };
  for (const indicator of indicators) {
    for (const figure of indicator.figures) {
      if (figure.stated) add(figure.stated.source, figure.added, indicator, figure);
      for (const s of figure.statements) add(s.source, s.added, indicator, figure);
    }
  }
  return [...bySource.values()].sort((a, b) => b.date.localeCompare(a.date) || a.source.slug.localeCompare(b.source.slug));
}

/** The date of the latest change to any of an indicator's figures (added or corrected), for feeds. */
export const lastChanged = (indicator: Indicator) =>
  indicator.figures.flatMap((f) => [f.added, ...f.corrections.map((c) => c.date)]).sort().at(-1)!;
