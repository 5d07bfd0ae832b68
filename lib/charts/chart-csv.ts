import "server-only";
import { toCsv } from "../downloads/csv";
import { rowsOf, xlsxOf } from "../downloads/files";
import { getCitationContextFor, type CitationContext } from "../data/citation-context";
import type { ChartWithIndicators } from "../data/charts";
import type { Indicator } from "../domain/types";
import type { Series } from "./series";

/**
 * A chart's data files: the rows of /data/indicators.csv (same columns, citations) for exactly the
 * figures the chart draws, plus, for a series over time, the figures listed beside its axis; as CSV
 * (BOM, CRLF) and as a workbook with its sources and licence.
 */
async function chartFigures(chart: ChartWithIndicators, series: Series): Promise<{ context: CitationContext; indicators: Indicator[] }> {
  // Only the chart's indicators and what their derived figures draw on, not the whole table.
  const context = await getCitationContextFor(chart.indicators);
  const drawn = [...series.points, ...(series.kind === "time-series" ? series.offAxis : [])];
  const keys = new Set(drawn.map((p) => `${p.indicatorSlug}/${p.period}`));
  // Rows in the chart's order: each point's indicator narrowed to that one figure.
  const indicators: Indicator[] = drawn.flatMap((p) => {
    const ind = chart.indicators.find((i) => i.slug === p.indicatorSlug);
    const figure = ind?.figures.find((f) => f.period === p.period && keys.has(`${ind.slug}/${f.period}`));
    return ind && figure ? [{ ...ind, figures: [figure] }] : [];
  });
  return { context, indicators };
}

export async function chartCsv(chart: ChartWithIndicators, series: Series): Promise<string> {
  const { context, indicators } = await chartFigures(chart, series);
  return toCsv(rowsOf(context, indicators), { forExcel: true });
}

export async function chartXlsx(chart: ChartWithIndicators, series: Series): Promise<Uint8Array> {
  const { context, indicators } = await chartFigures(chart, series);
  return (await xlsxOf(context, `chart-${chart.spec.slug}`, indicators)).body as Uint8Array;
}
