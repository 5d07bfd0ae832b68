/** A chart page's views, in tab order; the first is the one a plain address shows. */
export const CHART_VIEWS = ["chart", "table", "sources", "download"] as const;
export type ChartView = (typeof CHART_VIEWS)[number];

export const isChartView = (v: string | null | undefined): v is ChartView => (CHART_VIEWS as readonly string[]).includes(v ?? "");
