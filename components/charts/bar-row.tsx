import type { ReactNode } from "react";

/** A DOM id from a series key ("rate/2024" → "rate-2024"). */
export const domId = (...parts: string[]) => parts.join("-").replace(/[^a-zA-Z0-9-]/g, "-");

export type BarRowProps = {
  id: string;
  label: string;
  /** The value as formatValue writes it; always printed, so colour never carries the number. */
  valueText: string;
  /** Extra text after the value, such as a derived share. */
  note?: string;
  /** Bar length as a percentage of the chart's scale. */
  percent: number;
  colour: string;
  /** Lines shown in the tooltip on hover and on keyboard focus. */
  tooltip: string[];
  /** Draws the empty rest of the scale, for rates against 0–100%. */
  track?: string;
  /** An outcome of the stage above it, drawn indented. */
  indent?: boolean;
  swatch?: boolean;
  /** The chart's first mark: its one Tab stop; arrow keys move between marks (chart-keys.tsx). */
  first?: boolean;
  children?: ReactNode;
};

/**
 * One labelled horizontal bar. Label and value sit on a line above the bar so
 * long Chinese and English labels wrap instead of overflowing at 360 px. The row
 * takes keyboard focus (the chart's first row by Tab, the others by arrow keys) and then shows its tooltip, which CSS alone positions over
 * the content below, so nothing shifts and no JavaScript is needed.
 */
export function BarRow({ id, label, valueText, note, percent, colour, tooltip, track, indent, swatch, first }: BarRowProps) {
  const width = `${Math.max(0, Math.min(100, percent))}%`;
  return (
    <li
      className={`group relative rounded outline-offset-2 ${indent ? "ml-4 border-l-2 border-dashed border-muted/50 pl-3" : ""}`}
      tabIndex={first ? 0 : -1}
      aria-describedby={`${id}-tip`}
      data-chart-bar
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <span className="flex items-center gap-1.5 font-medium">
          {swatch && <span aria-hidden="true" className="inline-block size-3 shrink-0 rounded-sm" style={{ background: colour }} />}
          {indent && <span aria-hidden="true">↳</span>}
          {label}
        </span>
        <span className="tabular-nums">
          <span className="font-bold">{valueText}</span>
          {note && <span className="text-muted"> · {note}</span>}
        </span>
      </div>
      <div className="mt-1 h-4 w-full rounded-sm" style={{ background: track ?? "transparent" }} aria-hidden="true">
        <div className="h-4 rounded-sm" style={{ width, minWidth: "2px", background: colour }} />
      </div>
      <span
        role="tooltip"
        id={`${id}-tip`}
        className="pointer-events-none invisible absolute left-0 top-full z-10 mt-1 max-w-[18rem] rounded bg-ink px-2 py-1 text-xs text-white shadow group-hover:visible group-focus:visible"
      >
        {tooltip.map((line) => (
          <span key={line} className="block">
            {line}
          </span>
        ))}
      </span>
    </li>
  );
}
