import { getTranslations } from "next-intl/server";
import { getCity } from "@/lib/data/city";
import type { ChartWithIndicators } from "@/lib/data/charts";
import type { Locale } from "@/lib/domain/types";
import { toChartModel } from "@/lib/charts/chart-model";
import { chartPaths } from "@/lib/charts/chart-files";
import { seriesPeriods } from "@/lib/charts/to-series";
import type { ChartCaption } from "@/lib/charts/chart-svg";
import { formatPeriod, formatUnit } from "@/lib/format";
import { absoluteUrl } from "@/lib/seo";
import { chartParts } from "./chart-block";
import { chartNotes } from "./chart-frame";

/** What the SVG and PNG files draw: the chart's model (a flow as plain bars) and its caption sandwich. */
export async function chartFileContent(chart: ChartWithIndicators, locale: Locale) {
  const [t, parts, city] = await Promise.all([getTranslations({ locale, namespace: "charts" }), chartParts(chart, locale), getCity()]);
  const { series, sources } = parts;
  const model = toChartModel(series, locale, { stated: t("stated"), derived: t("derived"), shareOfTotal: (share) => t("shareOfTotal", { share }) }, { flowAsBars: true });
  const sep = locale === "zh" ? "、" : ", ";
  const units = [...new Set(series.points.map((p) => formatUnit(p.unit, locale)))].join(sep);
  const periods = seriesPeriods(series).map((p) => formatPeriod(p, locale)).join(sep);
  const titles = sources.map((s) => `《${s.title.zh}》 ${s.authors.join(locale === "zh" ? "、" : ", ")}`).join("; ");
  const computed = series.kind === "breakdown" || series.kind === "flow" ? [t("computedNote")] : [];
  const caption: ChartCaption = {
    title: series.title[locale],
    meta: t("meta", { units, periods }),
    notes: [...chartNotes(series, locale, t), ...computed],
    sourceLine: `${t("sources")}${titles}`,
    address: `${city.portalName[locale]} · ${absoluteUrl(chartPaths.page(locale, series.chart)).replace(/^https?:\/\//, "")}`,
    noFigure: t("noFigure"),
  };
  return { series, model, caption };
}
