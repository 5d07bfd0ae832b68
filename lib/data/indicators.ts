import "server-only";
import { prisma } from "../db";
import type { Indicator } from "../domain/types";
import { periodOverlaps } from "../domain/period";
import { indicatorInclude, toIndicator } from "./mappers";
import { searchEntries } from "../search/query";

const byTopicThenPosition = [{ topic: { position: "asc" } }, { position: "asc" }] as const;

export async function listIndicators(): Promise<Indicator[]> {
  const rows = await prisma.indicator.findMany({ include: indicatorInclude, orderBy: [...byTopicThenPosition] });
  return rows.map(toIndicator);
}

export async function listIndicatorsByTopic(topicSlug: string): Promise<Indicator[]> {
  const rows = await prisma.indicator.findMany({
    where: { topicSlug },
    include: indicatorInclude,
    orderBy: { position: "asc" },
  });
  return rows.map(toIndicator);
}

export async function listHeadlineIndicators(): Promise<Indicator[]> {
  const rows = await prisma.indicator.findMany({
    where: { headline: true },
    include: indicatorInclude,
    orderBy: [...byTopicThenPosition],
  });
  return rows.map(toIndicator);
}

export async function getIndicator(slug: string): Promise<Indicator | null> {
  const row = await prisma.indicator.findUnique({ where: { slug }, include: indicatorInclude });
  return row ? toIndicator(row) : null;
}

export async function getIndicators(slugs: string[]): Promise<Indicator[]> {
  const rows = await prisma.indicator.findMany({ where: { slug: { in: slugs } }, include: indicatorInclude });
  const bySlug = new Map(rows.map((r) => [r.slug, toIndicator(r)]));
  return slugs.flatMap((s) => bySlug.get(s) ?? []);
}

export async function listIndicatorSlugs(): Promise<string[]> {
  const rows = await prisma.indicator.findMany({ select: { slug: true }, orderBy: { slug: "asc" } });
  return rows.map((r) => r.slug);
}

export type IndicatorFilter = { topic?: string; period?: string; q?: string };

/**
 * Indicators matching every given filter, in the portal's order, or in
 * relevance order when there is a text query (which matches names,
 * descriptions, source sentences and values through the search index).
 */
export async function findIndicators(filter: IndicatorFilter): Promise<Indicator[]> {
  let indicators = filter.topic ? await listIndicatorsByTopic(filter.topic) : await listIndicators();
  if (filter.period) indicators = indicators.filter((i) => i.figures.some((f) => periodOverlaps(f.period, filter.period!)));
  if (filter.q) {
    const { hits } = await searchEntries(prisma, filter.q, { limit: 500 });
    const rank = new Map(hits.filter((h) => h.kind === "indicator").map((h, n) => [h.ref, n]));
    indicators = indicators.filter((i) => rank.has(i.slug)).sort((a, b) => rank.get(a.slug)! - rank.get(b.slug)!);
  }
  return indicators;
}
