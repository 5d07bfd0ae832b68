import "server-only";
import { presentIndicatorDetail, presentSource } from "../api/present";
import { getCitationContext, getCitationContextFor, type CitationContext } from "../data/citation-context";
import { apaReference, formatCitation, gbtReference, sourcesOfFigure } from "../citation";
import { listSources } from "../data/sources";
import { getIndicator, listIndicatorsByTopic } from "../data/indicators";
import { getTopic } from "../data/topics";
import { listUnits } from "../data/units";
import { getCity } from "../data/city";
import { todayInChina } from "../dates";
import type { Indicator, SourceRef } from "../domain/types";
import { localizedPath } from "../i18n/paths";
import { absoluteUrl } from "../seo";
import { toCsv, toCsvRows, type CsvRow } from "./csv";
import { buildDataPackage } from "./data-package";
import { downloadPaths } from "./paths";
import { toXlsx, type WorkbookSource } from "./xlsx";

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
export type DownloadFile = { body: string | Uint8Array; filename: string };

/** The rows of the context's indicators: each cites its figure in GB/T (Chinese) and APA (English), the two the columns name. */
export function rowsOf(context: CitationContext, indicators = context.indicators): CsvRow[] {
  const cite = (ind: Indicator, f: Indicator["figures"][number]) => {
    const full = context.all.get(ind.slug) ?? ind;
    const zh = context.inputFor(full, f, "zh");
    const en = context.inputFor(full, f, "en");
    return zh && en ? { zh: formatCitation(zh, "gbt", "zh"), en: formatCitation(en, "apa", "en") } : null;
  };
  return toCsvRows(indicators, pageUrlOf(), cite);
}

function csvOf(context: CitationContext, name: string, forExcel = true): DownloadFile {
  return { body: toCsv(rowsOf(context), { forExcel }), filename: `${context.city.slug}-${name}.csv` };
}

/** Every source the figures stand on (a derived figure: its inputs' sources), each once, with how many of the figures cite it. */
function sourcesOfFigures(indicators: Indicator[], all: Map<string, Indicator>): WorkbookSource[] {
  const found = new Map<string, { source: SourceRef; figures: number }>();
  for (const ind of indicators) {
    for (const f of ind.figures) {
      for (const source of sourcesOfFigure(f, all)) {
        const entry = found.get(source.slug) ?? found.set(source.slug, { source, figures: 0 }).get(source.slug)!;
        entry.figures++;
      }
    }
  }
  return [...found.values()].map((e) => ({ ...e, reference: { gbt: gbtReference(e.source, "zh"), apa: apaReference(e.source, "en") } }));
}

/**
 * The spreadsheet of the given indicators (narrowed to the figures a file carries): the same rows as
 * its CSV, their sources with references, the units and the licence.
 */
export async function xlsxOf(context: CitationContext, name: string, indicators = context.indicators): Promise<DownloadFile> {
  const rows = rowsOf(context, indicators);
  const units = await listUnits();
  const used = new Set(indicators.map((i) => i.unit.key));
  const body = await toXlsx(
    rows,
    sourcesOfFigures(indicators, context.all),
    units.filter((u) => used.has(u.key)),
    {
      portalName: context.city.portalName,
      homepage: absoluteUrl("/"),
      documentation: absoluteUrl(localizedPath("en", "/data")),
      licence: context.city.licence,
      generated: context.accessed,
    },
  );
  return { body: new Uint8Array(body), filename: `${context.city.slug}-${name}.xlsx` };
}

/** Every figure, as a CSV spreadsheet programs open (with a byte-order mark): /data/indicators.csv. */
export const allIndicatorsCsv = async () => csvOf(await getCitationContext(), "indicators");

/** Every figure, as plain UTF-8 CSV for programs: the Data Package's resource, /data/indicators-utf8.csv. */
export const allIndicatorsPlainCsv = async () => csvOf(await getCitationContext(), "indicators-utf8", false);

/** Every figure as a workbook: /data/indicators.xlsx. */
export const allIndicatorsXlsx = async () => xlsxOf(await getCitationContext(), "indicators");

/** One indicator's CSV; null for a slug no indicator has (files beyond the build's limit are made on request). */
export async function indicatorCsv(slug: string): Promise<DownloadFile | null> {
  const indicator = await getIndicator(slug);
  return indicator ? csvOf(await getCitationContextFor([indicator]), slug) : null;
}

export async function indicatorXlsx(slug: string): Promise<DownloadFile | null> {
  const indicator = await getIndicator(slug);
  return indicator ? xlsxOf(await getCitationContextFor([indicator]), slug) : null;
}

/** A topic's figures, read with only what their citations need; null for a slug no topic has. */
async function topicContext(slug: string): Promise<CitationContext | null> {
  if (!(await getTopic(slug))) return null;
  return getCitationContextFor(await listIndicatorsByTopic(slug));
}

export async function topicCsv(slug: string): Promise<DownloadFile | null> {
  const context = await topicContext(slug);
  return context ? csvOf(context, `topic-${slug}`) : null;
}

export async function topicXlsx(slug: string): Promise<DownloadFile | null> {
  const context = await topicContext(slug);
  return context ? xlsxOf(context, `topic-${slug}`) : null;
}

const CONTENT_TYPES: Record<string, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json",
};

/** How every download is sent: CSV and spreadsheets as attachments, JSON inline, all open to other origins. */
export function downloadResponse(file: DownloadFile): Response {
  const extension = file.filename.slice(file.filename.lastIndexOf(".") + 1);
  return new Response(file.body as BodyInit, {
    headers: {
      "Content-Type": CONTENT_TYPES[extension] ?? "application/octet-stream",
      "Content-Disposition": `${extension === "json" ? "inline" : "attachment"}; filename="${file.filename}"`,
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

export async function dataPackage() {
  const [city, units, sources] = await Promise.all([getCity(), listUnits(), listSources()]);
  return buildDataPackage({
    city,
    units,
    sources,
    // Relative to the descriptor: both are under /data/.
    csvPath: downloadPaths.all.plainCsv.replace(/^\/data\//, ""),
    homepage: absoluteUrl(localizedPath("en", "/data")),
    created: todayInChina(),
  });
}
