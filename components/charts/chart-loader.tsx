"use client";

import { useCallback, useEffect, useRef, useState, type ComponentType, type ReactNode } from "react";
import type { ChartMark, ChartModel, ChartModelRow } from "@/lib/charts/chart-model";
import type { RechartsChartProps } from "./recharts-chart";

export type ChartLoaderText = {
  bar: string;
  line: string;
  form: string;
  legend: string;
  hint: string;
  openFigure: string;
  loading: string;
};

type Props = {
  model: ChartModel;
  summary: string;
  text: ChartLoaderText;
  /** The server-drawn chart, shown until Recharts has loaded and whenever JavaScript is off. */
  children: ReactNode;
  /** In an embed, figure links open the portal in a new tab instead of inside the frame. */
  external?: boolean;
};

/**
 * Shows the server chart first and loads Recharts (a dynamic import: its own chunk, which no
 * other page pulls) when the reader reaches for the chart: the pointer enters it, a finger
 * touches it, focus enters it, or a control is pressed. Evaluating Recharts costs a phone
 * hundreds of milliseconds, so a reader who only reads the printed values never pays for it.
 * Recharts then replaces the server chart at the same height; the controls row and the line
 * under the chart are rendered from the start, so the swap moves nothing.
 */
export function ChartLoader({ model, summary, text, children, external }: Props) {
  const [Chart, setChart] = useState<ComponentType<RechartsChartProps> | null>(null);
  const [form, setForm] = useState<"bar" | "line">("bar");
  const [hidden, setHidden] = useState<string[]>([]);
  const [active, setActive] = useState<ChartModelRow | null>(null);
  const onActive = useCallback((row: ChartModelRow | null) => {
    if (row) setActive(row);
  }, []);

  const root = useRef<HTMLDivElement>(null);
  const drawing = useRef<HTMLDivElement>(null);
  // The server chart's height as drawn: Recharts draws at model.height, which the server chart may
  // exceed by a few pixels (text metrics, large-text mode); the box keeps the taller one, so the swap moves nothing.
  const [drawnHeight, setDrawnHeight] = useState<number | null>(null);
  const requested = useRef(false);
  const load = useCallback(() => {
    if (requested.current) return;
    requested.current = true;
    void import("./recharts-chart").then((m) => {
      setDrawnHeight(drawing.current?.getBoundingClientRect().height ?? null);
      setChart(() => m.RechartsChart);
    });
  }, []);

  // Keyboard readers land on the server chart's first mark; once Recharts replaces it, focus its surface.
  useEffect(() => {
    if (!Chart || !root.current) return;
    const el = root.current;
    if (el.dataset.focused !== "true") return;
    // Recharts draws its surface a frame or two after mounting, once it has measured its box.
    let frame = 0;
    let tries = 0;
    const focusSurface = () => {
      const surface = el.querySelector<SVGElement>("svg.recharts-surface");
      const focusWasHere = document.activeElement === document.body || el.contains(document.activeElement);
      if (surface && focusWasHere) surface.focus();
      else if (!surface && tries++ < 30) frame = requestAnimationFrame(focusSurface);
    };
    focusSurface();
    return () => cancelAnimationFrame(frame);
  }, [Chart]);

  const periods = model.form === "periods";
  const legend = periods && model.series.length > 1;
  const visible = model.series.filter((s) => !hidden.includes(s.key));
  const activeMarks = active ? visible.flatMap((s) => (active.marks[s.key] ? [active.marks[s.key]!] : [])) : [];

  return (
    <div
      ref={root}
      data-chart-loader={Chart ? "recharts" : "server"}
      onPointerEnter={load}
      onTouchStart={load}
      onFocus={(e) => {
        e.currentTarget.dataset.focused = "true";
        load();
      }}
      onBlur={(e) => {
        // A blur with nowhere to go is the server chart leaving the page under the focus: keep the flag.
        if (e.relatedTarget && !e.currentTarget.contains(e.relatedTarget as Node)) e.currentTarget.dataset.focused = "false";
      }}
    >
      {(periods || legend) && (
        // Without JavaScript these controls could do nothing: hidden then (@media (scripting: none)), shown from the first paint otherwise.
        <div className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm noscript:hidden" data-chart-controls>
          {periods && (
            <div role="group" aria-label={text.form} className="inline-flex overflow-hidden rounded border border-brand-100">
              {(["bar", "line"] as const).map((f) => (
                <button
                  key={f}
                  type="button"
                  aria-pressed={form === f}
                  onClick={() => {
                    load();
                    setForm(f);
                  }}
                  className={`px-3 py-1 ${form === f ? "bg-brand-700 text-white" : "bg-white text-brand-700"}`}
                >
                  {text[f]}
                </button>
              ))}
            </div>
          )}
          {legend && (
            <div role="group" aria-label={text.legend} className="flex flex-wrap gap-2">
              {model.series.map((s) => {
                const on = !hidden.includes(s.key);
                return (
                  <button
                    key={s.key}
                    type="button"
                    aria-pressed={on}
                    data-legend={s.key}
                    onClick={() => {
                      load();
                      setHidden((h) => (on ? [...h, s.key] : h.filter((k) => k !== s.key)));
                    }}
                    className={`inline-flex items-center gap-1.5 rounded border px-2 py-1 ${on ? "border-brand-100" : "border-dashed border-muted/60 text-muted line-through"}`}
                  >
                    <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ background: on ? s.colour : "transparent", border: `2px solid ${s.colour}` }} />
                    {s.label}
                  </button>
                );
              })}
            </div>
          )}
        </div>
      )}

      <div ref={drawing} style={{ minHeight: Math.max(model.height, drawnHeight ?? 0) }}>
        {Chart ? <Chart model={model} summary={summary} form={form} hidden={hidden} onActive={onActive} /> : children}
      </div>

      {/*
        The line under the chart says the active mark's value. Every row's line is laid out, invisible, in
        the same grid cell, so the box is as tall as the longest from the start and pointing at a mark moves nothing.
        Without JavaScript nothing fills it (the server chart's own tooltips show each value): hidden then.
      */}
      <div className="mt-3 grid text-sm noscript:hidden">
        {model.rows.map((row) => (
          <p key={row.id} aria-hidden="true" className="invisible col-start-1 row-start-1">
            {model.series.flatMap((s) => (row.marks[s.key] ? [<MarkLine key={s.key} mark={row.marks[s.key]!} link={<span>{text.openFigure}</span>} />] : []))}
          </p>
        ))}
        <p className="col-start-1 row-start-1 min-h-12" aria-live="polite" data-chart-active>
          {activeMarks.length ? (
            activeMarks.map((m) => (
              <MarkLine
                key={m.key}
                mark={m}
                link={
                  <a href={m.href} className="text-brand-700 underline" {...(external ? { target: "_blank", rel: "noopener" } : {})}>
                    {text.openFigure}
                  </a>
                }
              />
            ))
          ) : (
            <span className="text-muted">{text.hint}</span>
          )}
        </p>
      </div>
    </div>
  );
}

function MarkLine({ mark, link }: { mark: ChartMark; link: ReactNode }) {
  return (
    <span className="mr-4 inline-block tabular-nums">
      {mark.label}: <strong>{mark.valueText}</strong>
      {mark.shortNote && ` · ${mark.shortNote}`} · {mark.periodText} · {mark.originText} · {link}
    </span>
  );
}
