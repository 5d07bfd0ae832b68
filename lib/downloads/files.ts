import "server-only";
import { presentIndicatorDetail, presentSource } from "../api/present";
import { getCitationContext, getCitationContextFor, type CitationContext } from "../data/citation-context";
import { formatCitation } from "../citation";
import { listSources } from "../data/sources";
import { getIndicator } from "../data/indicators";
import { listUnits } from "../data/units";
import { getCity } from "../data/city";
import { todayInChina } from "../dates";
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

// The origin is read (and its environment validated) once per file, not once for each of 50,000 rows.
const pageUrlOf = () => {
  const origin = absoluteUrl("");
  return (slug: string) => `${origin}/indicators/${slug}`;
};

/** A file to send: its body and the name it is saved under (the city's slug first, so files from two portals never collide). */
export type DownloadFile = { body: string; filename: string };

/** The CSV of the context's indicators: each row cites its figure in GB/T (Chinese) and APA (English), the two the columns name. */
function csvOf(context: CitationContext, name: string, forExcel = true): DownloadFile {
  const cite = (ind: Indicator, f: Indicator["figures"][number]) => {
    const zh = context.inputFor(ind, f, "zh");
    const en = context.inputFor(ind, f, "en");
    return zh && en ? { zh: formatCitation(zh, "gbt", "zh"), en: formatCitation(en, "apa", "en") } : null;
  };
  return { body: toCsv(toCsvRows(context.indicators, pageUrlOf(), cite), { forExcel }), filename: `${context.city.slug}-${name}.csv` };
}

/** Every figure, as a CSV spreadsheet programs open (with a byte-order mark): /data/indicators.csv. */
export const allIndicatorsCsv = async () => csvOf(await getCitationContext(), "indicators");

/** Every figure, as plain UTF-8 CSV for programs: the Data Package's resource, /data/indicators-utf8.csv. */
export const allIndicatorsPlainCsv = async () => csvOf(await getCitationContext(), "indicators-utf8", false);

/** One indicator's CSV; null for a slug no indicator has (files beyond the build's limit are made on request). */
export async function indicatorCsv(slug: string): Promise<DownloadFile | null> {
  const indicator = await getIndicator(slug);
  return indicator ? csvOf(await getCitationContextFor([indicator]), slug) : null;
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
  const indicator = await getIndicator(slug);
  if (!indicator) return null;
  // The indicator and what its derived figures draw on, not every indicator: one file of thousands.
  const context = await getCitationContextFor([indicator]);
  const body = { ...(await aboutFile(context)), data: presentIndicatorDetail(indicator, context) };
  return { body: JSON.stringify(body), filename: `${context.city.slug}-${slug}.json` };
}

/** Where the plain CSV is published; the Data Package names it relative to itself (both are under /data/). */
export const PLAIN_CSV_PATH = "/data/indicators-utf8.csv";

export async function dataPackage() {
  const [city, units, sources] = await Promise.all([getCity(), listUnits(), listSources()]);
  return buildDataPackage({
    city,
    units,
    sources,
    csvPath: PLAIN_CSV_PATH.replace(/^\/data\//, ""),
    homepage: absoluteUrl(localizedPath("en", "/data")),
    created: todayInChina(),
  });
}
