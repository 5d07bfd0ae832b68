import { getTranslations } from "next-intl/server";
import type { ChartConfig } from "@/lib/charts/config";
import type { Flow } from "@/lib/charts/series";
import { scaleMax } from "@/lib/charts/to-series";
import type { Locale } from "@/lib/domain/types";
import { BarRow, domId } from "./bar-row";
import { formatPoint, formatShare, tooltipLines } from "./point-text";

/**
 * Stages in order on one scale (calls connected → requests accepted), then the
 * outcomes of the last stage indented beneath it with their share of it.
 */
export async function FlowChart({ series, config, locale }: { series: Flow; config: ChartConfig; locale: Locale }) {
  const t = await getTranslations("charts");
  const max = scaleMax(series);
  const origin = { stated: t("stated"), derived: t("derived") };
  const labelOf = (key: string) => config[key].label[locale];
  return (
    <ul className="space-y-3" data-chart-marks>
      {series.points.map((p, i) => {
        const share = p.parent && p.shareOfParent !== null ? t("shareOf", { share: formatShare(p.shareOfParent, locale), parent: labelOf(p.parent) }) : null;
        const stage = !p.parent && i > 0;
        return (
          <BarRow
            key={p.key}
            first={i === 0}
            id={domId(series.chart, p.key)}
            label={stage ? `↓ ${labelOf(p.key)}` : labelOf(p.key)}
            valueText={formatPoint(p, locale)}
            note={p.shareOfParent !== null ? `${formatShare(p.shareOfParent, locale)}*` : undefined}
            percent={max ? (p.value / max) * 100 : 0}
            colour={config[p.key].colour}
            indent={p.parent !== null}
            tooltip={[...tooltipLines(p, locale, origin), ...(share ? [share] : [])]}
          />
        );
      })}
    </ul>
  );
}
