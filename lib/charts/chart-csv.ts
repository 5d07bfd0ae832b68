import "server-only";
import { toCsv, toCsvRows } from "../downloads/csv";
import { getCitationContext } from "../data/citation-context";
import type { ChartWithIndicators } from "../data/charts";
import type { Indicator } from "../domain/types";
import { absoluteUrl } from "../seo";
import type { Series } from "./series";

/**
 * A chart's CSV: the rows of /data/indicators.csv (same columns, BOM, CRLF, citations) for exactly
 * the figures the chart draws, plus, for a series over time, the figures listed beside its axis.
 */
export async function chartCsv(chart: ChartWithIndicators, series: Series): Promise<string> {
  const context = await getCitationContext();
  const drawn = [...series.points, ...(series.kind === "time-series" ? series.offAxis : [])];
  const keys = new Set(drawn.map((p) => `${p.indicatorSlug}/${p.period}`));
  // Rows in the chart's order: each point's indicator narrowed to that one figure.
  const indicators: Indicator[] = drawn.flatMap((p) => {
    const ind = chart.indicators.find((i) => i.slug === p.indicatorSlug);
    const figure = ind?.figures.find((f) => f.period === p.period && keys.has(`${ind.slug}/${f.period}`));
    return ind && figure ? [{ ...ind, figures: [figure] }] : [];
  });
  const cite = (ind: Indicator, f: Indicator["figures"][number]) => {
    const full = context.all.get(ind.slug) ?? ind;
    const zh = context.cite(full, f, "zh");
    const en = context.cite(full, f, "en");
    return zh && en ? { zh: zh.gbt.zh, en: en.apa.en } : null;
  };
  return toCsv(toCsvRows(indicators, (slug) => absoluteUrl(`/indicators/${slug}`), cite), { forExcel: true });
}
