import "server-only";
import { citationInput, citationsFor, sourcesOfFigure, type CitationInput } from "../citation";
import { todayInChina } from "../dates";
import type { City, Figure, Indicator, Locale, SourceRef } from "../domain/types";
import { absoluteUrl } from "../seo";
import { localizedPath } from "../i18n/paths";
import { getCity } from "./city";
import { getIndicators, listIndicators } from "./indicators";

/** What citing figures needs: the indicators they draw on (derived figures cite their inputs' source), the city and portal, the access date. */
export type CitationContext = {
  /** The indicators asked for, in order. */
  indicators: Indicator[];
  /** Those and every indicator their derived figures draw on, transitively, by slug. */
  all: Map<string, Indicator>;
  city: City;
  /** ISO date written into citations as the access date. */
  accessed: string;
  /** The sources an indicator's figures stand on, each once. */
  sourcesOf: (indicator: Indicator) => SourceRef[];
  /** What one citation needs, with the page URL in `locale`; null when no source can be found. */
  inputFor: (indicator: Indicator, figure?: Figure, locale?: Locale) => CitationInput | null;
  /** The six citations (three styles × two languages) of a figure. */
  cite: (indicator: Indicator, figure?: Figure, locale?: Locale) => ReturnType<typeof citationsFor>;
};

const latest = (indicator: Indicator) => indicator.figures[indicator.figures.length - 1];

/** A citation context over indicators already in memory (the API's read model holds them all). */
export function citationContextOf(indicators: Indicator[], all: Map<string, Indicator>, city: City, accessed: string): CitationContext {
  // Read once: the downloads cite 50,000 figures, and each read validates the environment.
  const origin = absoluteUrl("");
  const base = (indicator: Indicator, locale: Locale) => ({
    all,
    portalName: city.portalName,
    cityName: city.name,
    url: `${origin}${localizedPath(locale, `/indicators/${indicator.slug}`)}`,
    accessed,
  });
  return {
    indicators,
    all,
    city,
    accessed,
    sourcesOf: (indicator) => {
      const bySlug = new Map<string, SourceRef>();
      for (const f of indicator.figures) for (const s of sourcesOfFigure(f, all)) bySlug.set(s.slug, s);
      return [...bySlug.values()];
    },
    inputFor: (indicator, figure = latest(indicator), locale = "zh") => citationInput(indicator, figure, base(indicator, locale)),
    cite: (indicator, figure = latest(indicator), locale = "zh") => citationsFor(indicator, figure, base(indicator, locale)),
  };
}

/** Every indicator, ready to cite: for the downloads, which carry them all. */
export async function getCitationContext(accessed = todayInChina()): Promise<CitationContext> {
  const [indicators, city] = await Promise.all([listIndicators(), getCity()]);
  return citationContextOf(indicators, new Map(indicators.map((i) => [i.slug, i])), city, accessed);
}

/**
 * The given indicators, ready to cite, loading only what their derived figures draw on:
 * a figure page or an API answer needs one indicator and its inputs, not the whole table.
 */
export async function getCitationContextFor(indicators: Indicator[], accessed = todayInChina()): Promise<CitationContext> {
  const all = new Map(indicators.map((i) => [i.slug, i]));
  let missing = inputsNotIn(indicators, all);
  while (missing.length) {
    for (const i of await getIndicators(missing)) all.set(i.slug, i);
    const loaded = missing.flatMap((slug) => all.get(slug) ?? []);
    missing = inputsNotIn(loaded, all).filter((slug) => !missing.includes(slug));
  }
  return citationContextOf(indicators, all, await getCity(), accessed);
}

const inputsNotIn = (indicators: Indicator[], all: Map<string, Indicator>) => [
  ...new Set(indicators.flatMap((i) => i.figures.flatMap((f) => f.derived?.inputs ?? [])).filter((slug) => !all.has(slug))),
];
