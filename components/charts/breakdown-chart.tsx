import { getTranslations } from "next-intl/server";
import type { ChartConfig } from "@/lib/charts/config";
import type { Breakdown } from "@/lib/charts/series";
import type { Locale } from "@/lib/domain/types";
import { BarList } from "./bar-list";
import { formatShare } from "./point-text";

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
      <BarList
        chart={series.chart}
        points={series.points}
        config={config}
        locale={locale}
        origin={origin}
        percent={(p) => p.share}
        note={(p) => `${formatShare(p.share, locale)}*`}
        extraTooltip={(p) => [t("shareOfTotal", { share: formatShare(p.share, locale) })]}
        swatch
      />
    </>
  );
}
