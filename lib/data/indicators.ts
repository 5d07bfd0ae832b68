import "server-only";
import { prisma } from "../db";
import type { Indicator } from "../domain/types";
import { indicatorInclude, toIndicator } from "./mappers";

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

/** The current slug for a renamed indicator, or null when `slug` was never renamed. */
export async function findRenamedIndicator(slug: string): Promise<string | null> {
  const row = await prisma.slugRedirect.findUnique({ where: { fromSlug: slug } });
  return row?.toSlug ?? null;
}

export async function listIndicatorSlugs(): Promise<string[]> {
  const rows = await prisma.indicator.findMany({ select: { slug: true }, orderBy: { slug: "asc" } });
  return rows.map((r) => r.slug);
}
