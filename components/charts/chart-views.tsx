"use client";

import { Children, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { CHART_VIEWS, isChartView, type ChartView } from "@/lib/charts/views";

/** The view the address names: the panel its fragment targets (a link followed without JavaScript), else ?view=. */
const viewFrom = (location: Location): ChartView => {
  const hash = location.hash.replace(/^#view-/, "");
  if (isChartView(hash)) return hash;
  const v = new URLSearchParams(location.search).get("view");
  return isChartView(v) ? v : "chart";
};

/**
 * The chart page's four views. The server renders every panel and plain links
 * (?view=table#view-table), so without JavaScript the link jumps to its panel; once
 * hydrated they are tabs (arrow keys between them) showing one panel, and the address keeps ?view=.
 * Until then CSS shows the one panel the address names (app/globals.css, "chart page views", with
 * ChartViewScript for ?view=), so hydration hides nothing and nothing below the panel moves.
 */
export function ChartViews({ labels, label, children }: { labels: Record<ChartView, string>; label: string; children: ReactNode }) {
  const [active, setActive] = useState<ChartView | null>(null);
  const tabs = useRef<(HTMLAnchorElement | null)[]>([]);
  const panels = Children.toArray(children);

  useEffect(() => {
    setActive(viewFrom(window.location));
    const onPop = () => setActive(viewFrom(window.location));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  // Once the tabs (data-tabs) decide, ChartViewScript's mark on <html> has done its job; dropped so a
  // chart page reached by client-side navigation does not read the previous page's ?view=.
  useEffect(() => {
    if (active) delete document.documentElement.dataset.chartView;
  }, [active]);

  const show = (view: ChartView, focus = false) => {
    setActive(view);
    const url = new URL(window.location.href);
    if (view === "chart") url.searchParams.delete("view");
    else url.searchParams.set("view", view);
    url.hash = "";
    window.history.replaceState(null, "", url);
    if (focus) tabs.current[CHART_VIEWS.indexOf(view)]?.focus();
  };
  const onClick = (e: MouseEvent, view: ChartView) => {
    if (active === null) return;
    e.preventDefault();
    show(view);
  };
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (!step || active === null) return;
    e.preventDefault();
    show(CHART_VIEWS[(i + step + CHART_VIEWS.length) % CHART_VIEWS.length], true);
  };

  return (
    <>
      <nav aria-label={label}>
        <ul role={active ? "tablist" : undefined} className="flex flex-wrap gap-1 border-b border-brand-100">
          {CHART_VIEWS.map((view, i) => {
            const selected = (active ?? "chart") === view;
            return (
              <li key={view} role={active ? "presentation" : undefined}>
                <a
                  ref={(el) => {
                    tabs.current[i] = el;
                  }}
                  href={view === "chart" ? "?#view-chart" : `?view=${view}#view-${view}`}
                  id={`tab-${view}`}
                  role={active ? "tab" : undefined}
                  aria-selected={active ? selected : undefined}
                  aria-controls={active ? `view-${view}` : undefined}
                  tabIndex={active && !selected ? -1 : undefined}
                  onClick={(e) => onClick(e, view)}
                  onKeyDown={(e) => onKeyDown(e, i)}
                  data-view-link={view}
                  className={`-mb-px inline-block rounded-t border px-4 py-2 font-medium ${
                    selected ? "border-brand-100 border-b-white bg-white text-brand-800" : "border-transparent text-brand-700 underline underline-offset-4"
                  }`}
                >
                  {labels[view]}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <div data-chart-views="" data-tabs={active ? "" : undefined}>
        {panels.map((panel, i) => {
          const view = CHART_VIEWS[i];
          return (
            <div
              key={view}
              id={`view-${view}`}
              role={active ? "tabpanel" : undefined}
              aria-labelledby={`tab-${view}`}
              hidden={active !== null && active !== view}
              data-view={view}
              className="scroll-mt-4 pt-4"
            >
              {panel}
            </div>
          );
        })}
      </div>
    </>
  );
}

