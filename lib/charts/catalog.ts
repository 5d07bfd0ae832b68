import "server-only";
import { listChartsByTopic, type ChartWithIndicators } from "../data/charts";
import { listTopics } from "../data/topics";

/**
 * Every chart in content, in topic order, composed from lib/data's chart queries
 * (lib/data is another owner's area; this module only combines its reads).
 */
export async function listAllCharts(): Promise<ChartWithIndicators[]> {
  const topics = await listTopics();
  return (await Promise.all(topics.map((t) => listChartsByTopic(t.slug)))).flat();
}

export async function getChart(slug: string): Promise<ChartWithIndicators | null> {
  return (await listAllCharts()).find((c) => c.spec.slug === slug) ?? null;
}
