import { getTranslations } from "next-intl/server";
import type { ChartConfig } from "@/lib/charts/config";
import type { TimeSeries } from "@/lib/charts/series";
import { scaleMax } from "@/lib/charts/to-series";
import type { Locale } from "@/lib/domain/types";
import { formatPeriod } from "@/lib/format";
import { domId } from "./bar-row";
import { formatPoint, tooltipLines } from "./point-text";

/**
 * Values over periods as columns from zero, oldest on the left; percentages on a
 * 0–100% scale. The height is fixed, so a new year adds a column without moving the page.
 */
export async function TimeSeriesChart({ series, config, locale }: { series: TimeSeries; config: ChartConfig; locale: Locale }) {
  const t = await getTranslations("charts");
  const max = scaleMax(series);
  const origin = { stated: t("stated"), derived: t("derived") };
  return (
    <>
      <ul className="flex h-44 items-end gap-3 border-b border-muted/60 pt-6">
        {series.points.map((p) => {
          const id = domId(series.chart, p.key);
          return (
            <li
              key={p.key}
              className="group relative flex h-full max-w-24 flex-1 flex-col justify-end rounded outline-offset-2"
              tabIndex={0}
              aria-describedby={`${id}-tip`}
              data-chart-bar
            >
              <span className="mb-1 text-center text-sm font-bold tabular-nums">{formatPoint(p, locale)}</span>
              <span
                aria-hidden="true"
                className="block w-full rounded-t-sm"
                style={{ height: `${max ? (p.value / max) * 75 : 0}%`, minHeight: "2px", background: config[p.key].colour }}
              />
              <span
                role="tooltip"
                id={`${id}-tip`}
                className="pointer-events-none invisible absolute bottom-full left-0 z-10 w-max max-w-[14rem] rounded bg-ink px-2 py-1 text-xs text-white shadow group-hover:visible group-focus:visible"
              >
                {tooltipLines(p, locale, origin).map((line) => (
                  <span key={line} className="block">
                    {line}
                  </span>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
      <ul className="mt-1 flex gap-3 text-xs text-muted" aria-hidden="true">
        {series.points.map((p) => (
          <li key={p.key} className="max-w-24 flex-1 text-center">
            {formatPeriod(p.period, locale)}
          </li>
        ))}
      </ul>
      {series.points.length === 1 && <p className="mt-2 text-sm text-muted">{t("oneYear")}</p>}
    </>
  );
}
