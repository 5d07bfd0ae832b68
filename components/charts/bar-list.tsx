import type { ChartConfig } from "@/lib/charts/config";
import type { SeriesPoint } from "@/lib/charts/series";
import type { Locale } from "@/lib/domain/types";
import { BarRow, domId } from "./bar-row";
import { formatPoint, tooltipLines } from "./point-text";

type Props<P extends SeriesPoint> = {
  chart: string;
  points: P[];
  config: ChartConfig;
  locale: Locale;
  /** What the tooltip calls a stated and a derived figure. */
  origin: { stated: string; derived: string };
  /** The bar's length, 0–100. */
  percent: (point: P) => number;
  note?: (point: P) => string | undefined;
  extraTooltip?: (point: P) => string[];
  track?: string;
  swatch?: boolean;
};

/** A bar per point, labelled and valued as the portal writes it: what comparison, rate and breakdown charts share. */
export function BarList<P extends SeriesPoint>({ chart, points, config, locale, origin, percent, note, extraTooltip, track, swatch }: Props<P>) {
  return (
    <ul className="space-y-3" data-chart-marks>
      {points.map((p, i) => (
        <BarRow
          key={p.key}
          first={i === 0}
          id={domId(chart, p.key)}
          label={config[p.key].label[locale]}
          valueText={formatPoint(p, locale)}
          note={note?.(p)}
          percent={percent(p)}
          colour={config[p.key].colour}
          track={track}
          swatch={swatch}
          tooltip={[...tooltipLines(p, locale, origin), ...(extraTooltip?.(p) ?? [])]}
        />
      ))}
    </ul>
  );
}
