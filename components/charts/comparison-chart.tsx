import { getTranslations } from "next-intl/server";
import type { ChartConfig } from "@/lib/charts/config";
import type { Comparison } from "@/lib/charts/series";
import { scaleMax } from "@/lib/charts/to-series";
import type { Locale } from "@/lib/domain/types";
import { formatPeriod } from "@/lib/format";
import { seriesPeriods } from "@/lib/charts/to-series";
import { BarList } from "./bar-list";

/** Categories on one scale, largest first: horizontal bars, each labelled with its value. */
export async function ComparisonChart({ series, config, locale }: { series: Comparison; config: ChartConfig; locale: Locale }) {
  const t = await getTranslations("charts");
  const max = scaleMax(series);
  const origin = { stated: t("stated"), derived: t("derived") };
  // Bars of different periods sit on one scale only with each period printed beside its bar.
  const mixedPeriods = seriesPeriods(series).length > 1;
  return (
    <BarList
      chart={series.chart}
      points={series.points}
      config={config}
      locale={locale}
      origin={origin}
      percent={(p) => (max ? (p.value / max) * 100 : 0)}
      note={(p) => (mixedPeriods ? formatPeriod(p.period, locale) : undefined)}
    />
  );
}
