import "server-only";
import { prisma } from "../db";
import type * as Db from "../generated/prisma/client";
import type { ChartInput } from "../content/schema";
import type { Indicator } from "../domain/types";
import { getIndicators } from "./indicators";
import { toChartSpec } from "./mappers";

/** A chart as content defines it, with the indicators it names; to-series.ts turns it into data. */
export type ChartWithIndicators = {
  /** The chart's definition from content/topics/*.yaml. */
  spec: ChartInput;
  topicSlug: string;
  /** The named indicators with all their figures, in the spec's order. */
  indicators: Indicator[];
};

type ChartRow = Db.Chart;

/** Loads the indicators of all rows in one query and hands each chart its own. */
async function withIndicators(rows: ChartRow[]): Promise<ChartWithIndicators[]> {
  const charts = rows.map((row) => ({ spec: toChartSpec(row), topicSlug: row.topicSlug }));
  const indicators = await getIndicators([...new Set(charts.flatMap((c) => c.spec.indicators))]);
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  return charts.map((c) => ({ ...c, indicators: c.spec.indicators.flatMap((s) => bySlug.get(s) ?? []) }));
}

const byTopicThenPosition = [{ topic: { position: "asc" } }, { position: "asc" }] as const;

export async function listChartsByTopic(topicSlug: string): Promise<ChartWithIndicators[]> {
  return withIndicators(await prisma.chart.findMany({ where: { topicSlug }, orderBy: { position: "asc" } }));
}

/** The charts content marks `home: true`, at most one per topic, in topic order. */
export async function listHomeCharts(): Promise<ChartWithIndicators[]> {
  const rows = await prisma.chart.findMany({ orderBy: [...byTopicThenPosition] });
  const seen = new Set<string>();
  const home = rows.filter((row) => {
    if (seen.has(row.topicSlug) || !toChartSpec(row).home) return false;
    seen.add(row.topicSlug);
    return true;
  });
  return withIndicators(home);
}

/** The charts that draw this indicator, for its figure page. */
export async function listChartsForIndicator(slug: string): Promise<ChartWithIndicators[]> {
  // The spec is JSON text: narrow with a substring match, then check the parsed list.
  const rows = await prisma.chart.findMany({ where: { spec: { contains: `"${slug}"` } }, orderBy: [...byTopicThenPosition] });
  return withIndicators(rows.filter((row) => toChartSpec(row).indicators.includes(slug)));
}
