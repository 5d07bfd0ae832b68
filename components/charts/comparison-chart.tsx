import { getTranslations } from "next-intl/server";
import type { ChartConfig } from "@/lib/charts/config";
import type { Comparison } from "@/lib/charts/series";
import { scaleMax } from "@/lib/charts/to-series";
import type { Locale } from "@/lib/domain/types";
import { formatPeriod } from "@/lib/format";
import { seriesPeriods } from "@/lib/charts/to-series";
import { BarRow, domId } from "./bar-row";
import { formatPoint, tooltipLines } from "./point-text";

/** Categories on one scale, largest first: horizontal bars, each labelled with its value. */
export async function ComparisonChart({ series, config, locale }: { series: Comparison; config: ChartConfig; locale: Locale }) {
  const t = await getTranslations("charts");
  const max = scaleMax(series);
  const origin = { stated: t("stated"), derived: t("derived") };
  // Bars of different periods sit on one scale only with each period printed beside its bar.
  const mixedPeriods = seriesPeriods(series).length > 1;
  return (
    <ul className="space-y-3" data-chart-marks>
      {series.points.map((p, i) => (
        <BarRow
          key={p.key}
          first={i === 0}
          id={domId(series.chart, p.key)}
          label={config[p.key].label[locale]}
          valueText={formatPoint(p, locale)}
          note={mixedPeriods ? formatPeriod(p.period, locale) : undefined}
          percent={max ? (p.value / max) * 100 : 0}
          colour={config[p.key].colour}
          tooltip={tooltipLines(p, locale, origin)}
        />
      ))}
    </ul>
  );
}
