import { getTranslations } from "next-intl/server";
import { PALETTE, type ChartConfig } from "@/lib/charts/config";
import type { Rate } from "@/lib/charts/series";
import type { Locale } from "@/lib/domain/types";
import { formatPeriod } from "@/lib/format";
import { seriesPeriods } from "@/lib/charts/to-series";
import { BarList } from "./bar-list";

/** Each rate against its full 0–100% track, so 97% reads as nearly all, not as a tall bar. */
export async function RateChart({ series, config, locale }: { series: Rate; config: ChartConfig; locale: Locale }) {
  const t = await getTranslations("charts");
  const origin = { stated: t("stated"), derived: t("derived") };
  const mixedPeriods = seriesPeriods(series).length > 1;
  return (
    <>
      <BarList
        chart={series.chart}
        points={series.points}
        config={config}
        locale={locale}
        origin={origin}
        percent={(p) => p.value}
        note={(p) => (mixedPeriods ? formatPeriod(p.period, locale) : undefined)}
        track={PALETTE.track}
      />
      <p className="mt-1 flex justify-between text-xs text-muted" aria-hidden="true">
        <span>0%</span>
        <span>100%</span>
      </p>
    </>
  );
}
