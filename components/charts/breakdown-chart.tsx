import { getTranslations } from "next-intl/server";
import type { ChartConfig } from "@/lib/charts/config";
import type { Breakdown } from "@/lib/charts/series";
import type { Locale } from "@/lib/domain/types";
import { BarRow, domId } from "./bar-row";
import { formatPoint, formatShare, tooltipLines } from "./point-text";

/**
 * Parts of a total: one stacked strip shows the whole, then a bar per part whose
 * length is its share of the total. Bars, not a pie, so parts compare by length.
 */
export async function BreakdownChart({ series, config, locale }: { series: Breakdown; config: ChartConfig; locale: Locale }) {
  const t = await getTranslations("charts");
  const origin = { stated: t("stated"), derived: t("derived") };
  return (
    <>
      <div className="mb-4 flex h-5 w-full gap-0.5 overflow-hidden rounded-sm" aria-hidden="true">
        {series.points.map((p) => (
          <div key={p.key} data-chart-segment style={{ width: `${p.share}%`, background: config[p.key].colour }} />
        ))}
      </div>
      <ul className="space-y-3" data-chart-marks>
        {series.points.map((p, i) => (
          <BarRow
            key={p.key}
            first={i === 0}
            id={domId(series.chart, p.key)}
            label={config[p.key].label[locale]}
            valueText={formatPoint(p, locale)}
            note={`${formatShare(p.share, locale)}*`}
            percent={p.share}
            colour={config[p.key].colour}
            swatch
            tooltip={[...tooltipLines(p, locale, origin), t("shareOfTotal", { share: formatShare(p.share, locale) })]}
          />
        ))}
      </ul>
    </>
  );
}
