import { getTranslations } from "next-intl/server";
import { chartConfig } from "@/lib/charts/config";
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

/** Turns a chart's stored figures into its series and draws it in its frame. Never fetches. */
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
  const t = await getTranslations("charts");
  const series = toSeries(chart.spec, chart.indicators);
  const config = chartConfig(series);
  const sources = [
    ...new Map(
      chart.indicators.flatMap((i) => i.figures.flatMap((f) => (f.stated ? [[f.stated.source.slug, f.stated.source] as const] : []))),
    ).values(),
  ] satisfies SourceRef[];
  const props = { config, locale };
  return (
    <ChartFrame series={series} config={config} locale={locale} sources={sources} summary={describe(series, locale, t)} compact={compact} titleHref={titleHref}>
      {series.kind === "comparison" && <ComparisonChart series={series} {...props} />}
      {series.kind === "rate" && <RateChart series={series} {...props} />}
      {series.kind === "breakdown" && <BreakdownChart series={series} {...props} />}
      {series.kind === "flow" && <FlowChart series={series} {...props} />}
      {series.kind === "time-series" && <TimeSeriesChart series={series} {...props} />}
    </ChartFrame>
  );
}
