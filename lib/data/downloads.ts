import "server-only";
import { toCsv, toCsvRows } from "../csv";
import { buildDataPackage, sourceOfFigure } from "../dataset";
import type { Indicator, SourceRef } from "../domain/types";
import { presentIndicatorDetail, presentSource } from "../api/present";
import { absoluteUrl, localizedPath } from "../seo";
import { getCitationContext, listUnits } from "./dataset";
import { listSources } from "./sources";

/**
 * The downloadable files. Each carries its source and citations, so a file
 * separated from the site still says where its numbers come from; the
 * access date in their citations is the day the file was made.
 */

const pageUrl = (slug: string) => absoluteUrl(`/indicators/${slug}`);

async function csvFor(select: (all: Indicator[]) => Indicator[]) {
  const context = await getCitationContext();
  const cite = (ind: Indicator, f: Indicator["figures"][number]) => {
    const c = context.cite(ind, f, "zh");
    const en = context.cite(ind, f, "en");
    return c && en ? { zh: c.gbt.zh, en: en.apa.en } : null;
  };
  return toCsv(toCsvRows(select(context.indicators), pageUrl, cite));
}

export const allIndicatorsCsv = () => csvFor((all) => all);
export const indicatorCsv = (slug: string) => csvFor((all) => all.filter((i) => i.slug === slug));

async function detailFor(indicator: Indicator, context: Awaited<ReturnType<typeof getCitationContext>>) {
  const sources = new Map<string, SourceRef>();
  for (const f of indicator.figures) {
    const s = sourceOfFigure(f, context.all);
    if (s) sources.set(s.slug, s);
  }
  return presentIndicatorDetail(indicator, {
    lang: "zh",
    sources: [...sources.values()],
    citations: context.cite(indicator),
    licence: context.city.licence,
  });
}

/** The file-level header every JSON download starts with. */
async function aboutFile(context: Awaited<ReturnType<typeof getCitationContext>>) {
  const sources = await listSources();
  return {
    title: context.city.portalName,
    publisher: context.city.portalName.en,
    homepage: absoluteUrl("/"),
    documentation: absoluteUrl(localizedPath("en", "/data")),
    licence: context.city.licence,
    sources: sources.map(presentSource),
    generated: context.accessed,
    note: "Values are in base units (yuan, counts, 70.81 for 70.81%). The source article names neither its publisher nor its date; citations say so.",
  };
}

export async function allIndicatorsJson() {
  const context = await getCitationContext();
  const data = await Promise.all(context.indicators.map((i) => detailFor(i, context)));
  return { ...(await aboutFile(context)), data };
}

export async function indicatorJson(slug: string) {
  const context = await getCitationContext();
  const indicator = context.all.get(slug);
  if (!indicator) return null;
  return { ...(await aboutFile(context)), data: await detailFor(indicator, context) };
}

export async function dataPackage() {
  const [context, units, sources] = await Promise.all([getCitationContext(), listUnits(), listSources()]);
  return buildDataPackage({
    city: context.city,
    units,
    sources,
    csvUrl: absoluteUrl("/data/indicators.csv"),
    homepage: absoluteUrl(localizedPath("en", "/data")),
    created: context.accessed,
  });
}
