import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { Bilingual, SourceRef, Unit } from "../domain/types";
import { COLUMN_DOCS } from "./columns";
import { CSV_COLUMNS, type CsvRow } from "./csv";

/**
 * The spreadsheet of a download, for people who work in Excel or WPS: the CSV's rows on a sheet of
 * figures (numbers as numbers, so they sum and chart; the same columns, in the same order), a sheet
 * of the sources with a reference to each, the units, and the licence with the file's provenance.
 * The header row carries the CSV's column names, so pandas' `read_excel` and the CSV agree.
 *
 * Written with exceljs's streaming writer: rows go to the zip as they are added, strings inline, so
 * the whole dataset (50,000 rows in bench:scale) takes a few seconds and little memory at build time.
 */

/** What the workbook says about itself on its licence sheet. */
export type WorkbookAbout = {
  portalName: Bilingual;
  homepage: string;
  /** The page that documents every column. */
  documentation: string;
  licence: { name: string; url: string };
  /** ISO date the file was made: the access date of its citations. */
  generated: string;
};

/** A source as the sources sheet lists it, with its references in the two styles the figures' citations use. */
export type WorkbookSource = { source: SourceRef; figures: number; reference: { gbt: string; apa: string } };

export const SHEET_NAMES = { figures: "figures 数据", sources: "sources 来源", units: "units 单位", licence: "licence 许可" } as const;

type Cell = string | number | boolean | null;

/** A CSV cell as its column's Table Schema type says: numbers and booleans typed, the rest text; empty stays empty. */
function typedCell(column: (typeof CSV_COLUMNS)[number], text: string): Cell {
  if (text === "") return null;
  const type = COLUMN_DOCS[column].type;
  if (type === "number") return Number(text);
  if (type === "boolean") return text === "true";
  return text;
}

const SOURCE_COLUMNS = [
  "source",
  "title_zh",
  "title_en",
  "type",
  "authors",
  "publisher",
  "published",
  "url",
  "retrieved",
  "figures_in_file",
  "reference_gbt",
  "reference_apa",
] as const;

const UNIT_COLUMNS = ["key", "kind", "zh", "en_singular", "en_plural"] as const;

const text = (value: string | null | undefined): Cell => value || null;

export async function toXlsx(rows: CsvRow[], sources: WorkbookSource[], units: Unit[], about: WorkbookAbout): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });

  const sheet = (name: string, columns: readonly string[], widths: number[], body: Iterable<Cell[]>) => {
    const worksheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    worksheet.columns = columns.map((key, n) => ({ key, width: widths[n] ?? 14 }));
    const head = worksheet.addRow([...columns]);
    head.font = { bold: true };
    head.commit();
    for (const cells of body) worksheet.addRow(cells).commit();
    worksheet.commit();
  };

  sheet(
    SHEET_NAMES.figures,
    CSV_COLUMNS,
    CSV_COLUMNS.map(columnWidth),
    (function* () {
      for (const row of rows) yield CSV_COLUMNS.map((c) => typedCell(c, row[c]));
    })(),
  );
  sheet(
    SHEET_NAMES.sources,
    SOURCE_COLUMNS,
    SOURCE_COLUMNS.map(() => 24),
    sources.map(({ source: s, figures: count, reference }) => [
      s.slug,
      s.title.zh,
      s.title.en,
      s.type,
      s.authors.join(", "),
      // Unknown facts are said, not left blank: a blank reads as "forgot to fill in".
      s.publisher ?? "not known · 不详",
      s.published ?? "not known · 不详",
      text(s.url),
      s.retrieved,
      count,
      reference.gbt,
      reference.apa,
    ]),
  );
  sheet(SHEET_NAMES.units, UNIT_COLUMNS, [], units.map((u) => [u.key, u.kind, u.zh, u.en.singular, u.en.plural]));
  sheet(SHEET_NAMES.licence, ["field", "value"], [16, 100], [
    ["title", `${about.portalName.zh} · ${about.portalName.en}`],
    ["licence", about.licence.name],
    ["licence_url", about.licence.url],
    ["attribution", `${about.portalName.zh} (${about.portalName.en}), ${about.homepage}`],
    ["homepage", about.homepage],
    ["documentation", about.documentation],
    ["generated", about.generated],
    ["values", COLUMN_DOCS.value.description.en],
    ["数值", COLUMN_DOCS.value.description.zh],
    ["qualifier", COLUMN_DOCS.qualifier.description.en],
    ["精确程度", COLUMN_DOCS.qualifier.description.zh],
    ["citations", "Each row of the figures sheet carries its citation (citation_zh: GB/T 7714-2015, citation_en: APA); the access date is the day the file was made."],
    ["引用", "数据表每一行都带有引用（citation_zh 为 GB/T 7714-2015 格式，citation_en 为 APA 格式），访问日期为文件生成日期。"],
  ]);
  await workbook.commit();
  return Buffer.concat(chunks);
}

/** Wide enough to read the names and quotes without every column as wide as a citation. */
function columnWidth(column: (typeof CSV_COLUMNS)[number]): number {
  if (column.startsWith("name") || column === "source_quote") return 40;
  if (column.startsWith("citation") || column === "url") return 50;
  return 14;
}
