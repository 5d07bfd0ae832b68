import { getTranslations } from "next-intl/server";
import { PALETTE, type ChartConfig } from "@/lib/charts/config";
import type { Rate } from "@/lib/charts/series";
import type { Locale } from "@/lib/domain/types";
import { formatPeriod } from "@/lib/format";
import { seriesPeriods } from "@/lib/charts/to-series";
import { BarRow, domId } from "./bar-row";
import { formatPoint, tooltipLines } from "./point-text";

/** Each rate against its full 0–100% track, so 97% reads as nearly all, not as a tall bar. */
export async function RateChart({ series, config, locale }: { series: Rate; config: ChartConfig; locale: Locale }) {
  const t = await getTranslations("charts");
  const origin = { stated: t("stated"), derived: t("derived") };
  const mixedPeriods = seriesPeriods(series).length > 1;
  return (
    <>
      <ul className="space-y-3" data-chart-marks>
        {series.points.map((p, i) => (
          <BarRow
            key={p.key}
            first={i === 0}
            id={domId(series.chart, p.key)}
            label={config[p.key].label[locale]}
            valueText={formatPoint(p, locale)}
            note={mixedPeriods ? formatPeriod(p.period, locale) : undefined}
            percent={p.value}
            colour={config[p.key].colour}
            track={PALETTE.track}
            tooltip={tooltipLines(p, locale, origin)}
          />
        ))}
      </ul>
      <p className="mt-1 flex justify-between text-xs text-muted" aria-hidden="true">
        <span>0%</span>
        <span>100%</span>
      </p>
    </>
  );
}
