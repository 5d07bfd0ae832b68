import { getTranslations } from "next-intl/server";
import { chartConfig, type ChartConfig } from "@/lib/charts/config";
import type { Series } from "@/lib/charts/series";
import { toSeries } from "@/lib/charts/to-series";
import type { ChartWithIndicators } from "@/lib/data/charts";
import type { Locale, SourceRef } from "@/lib/domain/types";
import { formatPeriod, formatValue } from "@/lib/format";
import { BreakdownChart } from "./breakdown-chart";
import { ChartFrame } from "./chart-frame";
import { ComparisonChart } from "./comparison-chart";
import { FlowChart } from "./flow-chart";
import { formatPoint, formatShare } from "./point-text";
import { RateChart } from "./rate-chart";
import { TimeSeriesChart } from "./time-series-chart";

type Translate = Awaited<ReturnType<typeof getTranslations<"charts">>>;

/** One sentence a screen reader announces instead of looking at the bars. */
function describe(series: Series, locale: Locale, t: Translate): string {
  const sep = locale === "zh" ? "，" : "; ";
  const item = (p: Series["points"][number]) => `${p.label[locale]} ${formatPoint(p, locale)}`;
  switch (series.kind) {
    case "comparison":
      return t("summary.comparison", { count: series.points.length, items: series.points.map(item).join(sep) });
    case "rate":
      return t("summary.rate", { items: series.points.map(item).join(sep) });
    case "breakdown": {
      const [largest] = series.points;
      return t("summary.breakdown", {
        total: formatValue(series.total, largest.unit, series.totalQualifier, locale),
        largest: largest.label[locale],
        share: formatShare(largest.share, locale),
        items: series.points.map(item).join(sep),
      });
    }
    case "flow": {
      const stages = series.points.filter((p) => !p.parent);
      const outcomes = series.points.filter((p) => p.parent);
      return t("summary.flow", {
        stages: stages.map(item).join(" → "),
        outcomes: outcomes.map((p) => `${item(p)} (${formatShare(p.shareOfParent ?? 0, locale)})`).join(sep),
        hasOutcomes: outcomes.length ? "yes" : "no",
      });
    }
    case "time-series": {
      const first = series.points[0];
      const last = series.points[series.points.length - 1];
      return t("summary.timeSeries", {
        label: first.label[locale],
        count: series.points.length,
        first: `${formatPeriod(first.period, locale)} ${formatPoint(first, locale)}`,
        last: `${formatPeriod(last.period, locale)} ${formatPoint(last, locale)}`,
      });
    }
  }
}

/** What every view of a chart is drawn from: its series, colours, sources and spoken summary. */
export async function chartParts(chart: ChartWithIndicators, locale: Locale) {
  const t = await getTranslations({ locale, namespace: "charts" });
  const series = toSeries(chart.spec, chart.indicators);
  const config = chartConfig(series);
  const drawn = new Set([...series.points, ...(series.kind === "time-series" ? series.offAxis : [])].map((p) => `${p.indicatorSlug}/${p.period}`));
  // The sources of the figures drawn, not of every figure the indicators hold.
  const sources = [
    ...new Map(
      chart.indicators.flatMap((i) =>
        i.figures.flatMap((f) => (f.stated && drawn.has(`${i.slug}/${f.period}`) ? [[f.stated.source.slug, f.stated.source] as const] : [])),
      ),
    ).values(),
  ] satisfies SourceRef[];
  return { series, config, sources, summary: describe(series, locale, t) };
}

/** The server-drawn chart alone, without its frame: what the chart page, the embed and the loader's first paint show. */
export function ServerChart({ series, config, locale }: { series: Series; config: ChartConfig; locale: Locale }) {
  const props = { config, locale };
  return (
    <>
      {series.kind === "comparison" && <ComparisonChart series={series} {...props} />}
      {series.kind === "rate" && <RateChart series={series} {...props} />}
      {series.kind === "breakdown" && <BreakdownChart series={series} {...props} />}
      {series.kind === "flow" && <FlowChart series={series} {...props} />}
      {series.kind === "time-series" && <TimeSeriesChart series={series} locale={locale} />}
    </>
  );
}

/** Turns a chart's stored figures into its series and draws it in its frame, linking the chart's own page. Never fetches. */
export async function ChartBlock({
  chart,
  locale,
  compact,
  titleHref,
}: {
  chart: ChartWithIndicators;
  locale: Locale;
  compact?: boolean;
  titleHref?: string;
}) {
  const { series, config, sources, summary } = await chartParts(chart, locale);
  return (
    <ChartFrame
      series={series}
      config={config}
      locale={locale}
      sources={sources}
      summary={summary}
      compact={compact}
      titleHref={titleHref}
      chartHref={`/charts/${chart.spec.slug}`}
    >
      <ServerChart series={series} config={config} locale={locale} />
    </ChartFrame>
  );
}
