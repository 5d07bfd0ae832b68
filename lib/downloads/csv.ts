import { stringify } from "csv-stringify/sync";
import type { Bilingual, Figure, Indicator } from "../domain/types";
import { formatPeriod } from "../format";

/** The CSV's columns, in order; documented on the data page and in the Data Package. */
export const CSV_COLUMNS = [
  "indicator",
  "topic",
  "name_zh",
  "name_en",
  "value",
  "unit",
  "qualifier",
  "period",
  "value_as_written",
  "derived",
  "source_quote",
  "source",
  "url",
  "period_zh",
  "checked",
  "added",
  "citation_zh",
  "citation_en",
] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/**
 * One row per figure. Derived figures carry their formula where stated ones carry the source sentence;
 * every row carries its citation, so a file separated from the site still says where its numbers come from.
 */
export function toCsvRows(
  indicators: Indicator[],
  pageUrl: (slug: string) => string,
  cite: (indicator: Indicator, figure: Figure) => Bilingual | null,
): CsvRow[] {
  return indicators.flatMap((ind) =>
    ind.figures.map((f) => {
      const citation = cite(ind, f);
      return {
        indicator: ind.slug,
        topic: ind.topic.slug,
        name_zh: ind.name.zh,
        name_en: ind.name.en,
        value: String(f.value),
        unit: ind.unit.key,
        qualifier: f.qualifier,
        period: f.period,
        value_as_written: f.stated?.written ?? "",
        derived: String(f.derived !== null),
        source_quote: f.stated?.quote ?? `derived: ${f.derived!.op}(${f.derived!.inputs.join(", ")})`,
        source: f.stated?.source.slug ?? "",
        url: pageUrl(ind.slug),
        period_zh: formatPeriod(f.period, "zh"),
        checked: f.checked,
        added: f.added,
        citation_zh: citation?.zh ?? "",
        citation_en: citation?.en ?? "",
      };
    }),
  );
}

/**
 * RFC 4180 CSV (CRLF, quotes doubled) in UTF-8. `forExcel` starts it with a byte-order mark, without
 * which Excel and WPS read the Chinese text as mojibake; programs and the Data Package get the file
 * without it, since a mark before the header becomes part of the first column's name in most
 * CSV readers (Frictionless' JavaScript library among them).
 */
export function toCsv(rows: CsvRow[], { forExcel }: { forExcel: boolean }): string {
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: "\r\n", bom: forExcel });
}
