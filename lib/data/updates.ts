import "server-only";
import { prisma } from "../db";
import type { SourceRef } from "../domain/types";
import { toUpdateEvents, type UpdateEvent } from "../updates";
import { getIndicatorsInPortalOrder } from "./indicators";
import { toSourceRef } from "./mappers";

/** A source on /updates: when its first figure entered the portal and how many it brought. */
export type SourceSummary = { source: SourceRef; date: string; figures: number };

/**
 * Every source that states a figure, newest first (then by slug), as lib/updates.ts's
 * toSourceAdditions orders them, counted in the database instead of from every figure in memory.
 */
export async function listSourceSummaries(): Promise<SourceSummary[]> {
  const [stated, restated, sources] = await Promise.all([
    prisma.figure.groupBy({ by: ["sourceSlug"], where: { sourceSlug: { not: null } }, _min: { added: true }, _count: { _all: true } }),
    prisma.figureStatement.groupBy({ by: ["sourceSlug"], _min: { added: true }, _count: { _all: true } }),
    prisma.source.findMany({ omit: { text: true } }),
  ]);
  const bySlug = new Map<string, { date: string; figures: number }>();
  for (const row of [...stated, ...restated]) {
    const slug = row.sourceSlug!;
    const seen = bySlug.get(slug);
    const date = row._min.added!;
    bySlug.set(slug, { date: seen && seen.date < date ? seen.date : date, figures: (seen?.figures ?? 0) + row._count._all });
  }
  return sources
    .flatMap((s) => {
      const summary = bySlug.get(s.slug);
      return summary ? [{ source: toSourceRef(s), ...summary }] : [];
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.source.slug.localeCompare(b.source.slug));
}

/**
 * The newest `limit` additions and corrections, in toUpdateEvents's order (date, then the portal's
 * order of topics and indicators), and how many there are in all. Only the indicators those events
 * belong to are loaded: the newest `limit` figures and corrections by that order name all of them.
 */
export async function listLatestUpdateEvents(limit: number): Promise<{ events: UpdateEvent[]; total: number }> {
  const inPortalOrder = [{ indicator: { topic: { position: "asc" as const } } }, { indicator: { position: "asc" as const } }];
  const [figures, corrections, figureCount, correctionCount] = await Promise.all([
    prisma.figure.findMany({ select: { indicatorSlug: true }, orderBy: [{ added: "desc" }, ...inPortalOrder], take: limit }),
    prisma.correction.findMany({
      select: { figure: { select: { indicatorSlug: true } } },
      orderBy: [{ date: "desc" }, ...inPortalOrder.map((o) => ({ figure: o }))],
      take: limit,
    }),
    prisma.figure.count(),
    prisma.correction.count(),
  ]);
  const slugs = new Set([...figures.map((f) => f.indicatorSlug), ...corrections.map((c) => c.figure.indicatorSlug)]);
  const indicators = await getIndicatorsInPortalOrder([...slugs]);
  return { events: toUpdateEvents(indicators).slice(0, limit), total: figureCount + correctionCount };
}
