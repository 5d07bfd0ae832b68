import type { CSSProperties, KeyboardEvent, ReactNode } from "react";
import type { ChartMark, ChartModel, ChartModelRow } from "@/lib/charts/chart-model";

/**
 * The Recharts wrapper's frame, in the manner of shadcn/ui's chart.tsx: the chart's config
 * (series key → colour) becomes scoped CSS variables (--color-<key>), so marks, legend and
 * tooltip read one colour from one place, and Recharts' own text takes the portal's type.
 */
export function ChartContainer({ model, summary, children }: { model: ChartModel; summary: string; children: ReactNode }) {
  const vars = Object.fromEntries(model.series.map((s) => [`--color-${s.key}`, s.colour])) as CSSProperties;
  return (
    <div
      onKeyDownCapture={(e) => steerKeys(e, model.form)}
      data-chart-surface={model.chart}
      role="group"
      aria-label={summary}
      style={{ ...vars, height: model.height }}
      className="relative w-full text-sm [&_.recharts-surface]:outline-offset-2 [&_.recharts-text]:fill-muted [&_.recharts-cartesian-axis-line]:stroke-muted/60"
    >
      {children}
    </div>
  );
}

// Keys this wrapper re-sent itself, so it does not translate them twice.
const resent = new WeakSet<Event>();

/**
 * Recharts' accessibility layer steps with ArrowLeft/ArrowRight only, and in a vertical layout
 * (our horizontal bars, listed top to bottom) ArrowRight steps backwards. Readers expect the next
 * mark on ArrowDown or ArrowRight in a list of bars, and on ArrowRight or ArrowDown over years,
 * so the wrapper translates the key the surface receives.
 */
function steerKeys(e: KeyboardEvent, form: ChartModel["form"]) {
  const native = e.nativeEvent;
  if (resent.has(native) || !(e.target instanceof SVGElement)) return;
  const forward = e.key === "ArrowDown" || e.key === "ArrowRight";
  const back = e.key === "ArrowUp" || e.key === "ArrowLeft";
  if (!forward && !back) return;
  const key = form === "bars" ? (forward ? "ArrowLeft" : "ArrowRight") : forward ? "ArrowRight" : "ArrowLeft";
  if (key === e.key) return;
  e.preventDefault();
  e.stopPropagation();
  const event = new globalThis.KeyboardEvent("keydown", { key, bubbles: true, cancelable: true });
  resent.add(event);
  e.target.dispatchEvent(event);
}

/** The tooltip's body: what, how much, when, and whether the source states it, as the server chart's tooltip says it. */
export function ChartTooltipContent({ row, visible }: { row: ChartModelRow | undefined; visible: string[] }) {
  if (!row) return null;
  const marks = visible.flatMap((k) => (row.marks[k] ? [row.marks[k]!] : []));
  if (!marks.length) return null;
  return (
    <div className="max-w-[18rem] rounded bg-ink px-2 py-1 text-xs text-white shadow" data-chart-tooltip>
      {marks.map((m) => (
        <MarkLines key={m.key} mark={m} />
      ))}
    </div>
  );
}

export function MarkLines({ mark }: { mark: ChartMark }) {
  return (
    <span className="block py-0.5 tabular-nums">
      <span className="block font-medium">{mark.label}</span>
      <span className="block font-bold">{mark.valueText}</span>
      {mark.note && <span className="block">{mark.note}</span>}
      <span className="block">{mark.periodText}</span>
      <span className="block">{mark.originText}</span>
    </span>
  );
}
