import "server-only";
import { prisma } from "../db";
import type { Indicator, Unit } from "../domain/types";
import { citationsFor } from "../dataset";
import { todayInChina } from "../dates";
import { absoluteUrl, localizedPath } from "../seo";
import type { Locale } from "../domain/types";
import { getCity } from "./city";
import { listIndicators } from "./indicators";
import { toUnit } from "./mappers";

export async function listUnits(): Promise<Unit[]> {
  const rows = await prisma.unit.findMany({ orderBy: { key: "asc" } });
  return rows.map(toUnit);
}

/**
 * Everything needed to cite any figure: all indicators (derived figures cite
 * their inputs' source), the portal's name, and today's date as access date.
 */
export async function getCitationContext(accessed = todayInChina()) {
  const [indicators, city] = await Promise.all([listIndicators(), getCity()]);
  const all = new Map(indicators.map((i) => [i.slug, i]));
  const cite = (indicator: Indicator, figure = indicator.figures[indicator.figures.length - 1], locale: Locale = "zh") =>
    citationsFor(indicator, figure, {
      all,
      portalName: city.portalName,
      url: absoluteUrl(localizedPath(locale, `/indicators/${indicator.slug}`)),
      accessed,
    });
  return { indicators, all, city, accessed, cite };
}
