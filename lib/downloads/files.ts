import "server-only";
import { presentIndicatorDetail, presentSource } from "../api/present";
import { getCitationContext, type CitationContext } from "../data/citation-context";
import { listSources } from "../data/sources";
import { getIndicator } from "../data/indicators";
import { listUnits } from "../data/units";
import type { Indicator } from "../domain/types";
import { localizedPath } from "../i18n/paths";
import { absoluteUrl } from "../seo";
import { toCsv, toCsvRows } from "./csv";
import { buildDataPackage } from "./data-package";

/**
 * The downloadable files. Each carries its source and citations, so a file
 * separated from the site still says where its numbers come from; the
 * access date in their citations is the day the file was made.
 */

const pageUrl = (slug: string) => absoluteUrl(`/indicators/${slug}`);

/** A file to send: its body and the name it is saved under (the city's slug first, so files from two portals never collide). */
export type DownloadFile = { body: string; filename: string };

async function csvFor(select: (all: Indicator[]) => Indicator[], name: string): Promise<DownloadFile> {
  const context = await getCitationContext();
  const cite = (ind: Indicator, f: Indicator["figures"][number]) => {
    const c = context.cite(ind, f, "zh");
    const en = context.cite(ind, f, "en");
    return c && en ? { zh: c.gbt.zh, en: en.apa.en } : null;
  };
  return { body: toCsv(toCsvRows(select(context.indicators), pageUrl, cite)), filename: `${context.city.slug}-${name}.csv` };
}

export const allIndicatorsCsv = () => csvFor((all) => all, "indicators");
/** One indicator's CSV; null for a slug no indicator has (files beyond the build's limit are made on request). */
export async function indicatorCsv(slug: string): Promise<DownloadFile | null> {
  if (!(await getIndicator(slug))) return null;
  return csvFor((all) => all.filter((i) => i.slug === slug), slug);
}

/** How every download is sent: CSV as an attachment, JSON inline, both open to other origins. */
export function downloadResponse(file: DownloadFile): Response {
  const csv = file.filename.endsWith(".csv");
  return new Response(file.body, {
    headers: {
      "Content-Type": csv ? "text/csv; charset=utf-8" : "application/json",
      "Content-Disposition": `${csv ? "attachment" : "inline"}; filename="${file.filename}"`,
      "Access-Control-Allow-Origin": "*",
    },
  });
}

/** The file-level header every JSON download starts with. */
async function aboutFile(context: CitationContext) {
  const sources = await listSources();
  return {
    title: context.city.portalName,
    publisher: context.city.portalName.en,
    homepage: absoluteUrl("/"),
    documentation: absoluteUrl(localizedPath("en", "/data")),
    licence: context.city.licence,
    sources: sources.map(presentSource),
    generated: context.accessed,
    note: "Values are in base units (yuan, counts, 70.81 for 70.81%). Where a source names no publisher or date, its citations say so.",
  };
}

export async function allIndicatorsJson(): Promise<DownloadFile> {
  const context = await getCitationContext();
  const data = context.indicators.map((i) => presentIndicatorDetail(i, context));
  return { body: JSON.stringify({ ...(await aboutFile(context)), data }), filename: `${context.city.slug}-indicators.json` };
}

export async function indicatorJson(slug: string): Promise<DownloadFile | null> {
  const context = await getCitationContext();
  const indicator = context.all.get(slug);
  if (!indicator) return null;
  const body = { ...(await aboutFile(context)), data: presentIndicatorDetail(indicator, context) };
  return { body: JSON.stringify(body), filename: `${context.city.slug}-${slug}.json` };
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
