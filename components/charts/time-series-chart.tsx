import { getTranslations } from "next-intl/server";
import { toChartModel } from "@/lib/charts/chart-model";
import type { TimeSeries } from "@/lib/charts/series";
import type { Locale } from "@/lib/domain/types";
import { domId } from "./bar-row";

/**
 * Values over years as columns from zero, oldest on the left; percentages on a 0–100%
 * scale. Every year from the first figure to the last has a slot, so a missing year is
 * an empty slot marked "no figure", never a zero column. Derived figures are hatched.
 * The height is fixed, so a new year adds a column without moving the page.
 */
export async function TimeSeriesChart({ series, locale }: { series: TimeSeries; locale: Locale }) {
  const t = await getTranslations("charts");
  const model = toChartModel(series, locale, { stated: t("stated"), derived: t("derived"), shareOfTotal: (share) => t("shareOfTotal", { share }) });
  const max = model.scale.max;
  const slots = model.rows.flatMap((row) => model.series.map((s) => ({ row, s, mark: row.marks[s.key] })));
  const firstMark = slots.findIndex((x) => x.mark);
  return (
    <>
      <ul className="flex h-44 items-end gap-3 border-b border-muted/60 pt-6" data-chart-marks>
        {slots.map(({ row, s, mark }, i) => {
          if (!mark) {
            return (
              <li key={`${row.id}-${s.key}`} className="flex h-full max-w-24 flex-1 flex-col justify-end text-center text-xs text-muted" data-chart-gap={row.id}>
                {t("noFigure")}
              </li>
            );
          }
          const id = domId(series.chart, mark.key);
          return (
            <li
              key={mark.key}
              className="group relative flex h-full max-w-24 flex-1 flex-col justify-end rounded outline-offset-2"
              tabIndex={i === firstMark ? 0 : -1}
              aria-describedby={`${id}-tip`}
              data-chart-bar
            >
              <span className="mb-1 text-center text-sm font-bold tabular-nums">
                {mark.valueText}
                {mark.derived && "*"}
              </span>
              <span
                aria-hidden="true"
                className="block w-full rounded-t-sm"
                style={{
                  height: `${max ? (mark.value / max) * 75 : 0}%`,
                  minHeight: "2px",
                  background: mark.derived ? `repeating-linear-gradient(45deg, ${mark.colour} 0 4px, #fff 4px 7px)` : mark.colour,
                  border: mark.derived ? `2px solid ${mark.colour}` : undefined,
                }}
              />
              <span
                role="tooltip"
                id={`${id}-tip`}
                className="pointer-events-none invisible absolute bottom-full left-0 z-10 w-max max-w-[14rem] rounded bg-ink px-2 py-1 text-xs text-white shadow group-hover:visible group-focus:visible"
              >
                {[mark.label, mark.valueText, mark.periodText, mark.originText].map((line) => (
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
        {slots.map(({ row, s }) => (
          <li key={`${row.id}-${s.key}`} className="max-w-24 flex-1 text-center">
            {row.axisLabel}
          </li>
        ))}
      </ul>
      {model.rows.length === 1 && model.offAxis.length === 0 && <p className="mt-2 text-sm text-muted">{t("oneYear")}</p>}
    </>
  );
}
