import "server-only";
import { cache } from "react";
import { prisma } from "../db";
import type { Indicator } from "../domain/types";
import { periodOverlaps } from "../domain/period";
import type { Prisma } from "../generated/prisma/client";
import { toIndicator, type FigureRow } from "./mappers";

const byTopicThenPosition = [{ topic: { position: "asc" } }, { position: "asc" }] as const;

// SQLite refuses a statement with more than 32,766 bound values; below this many slugs an IN list is
// fine, above it the figures are found by the indicators' own filter instead.
const IN_LIST_LIMIT = 900;

type IndicatorQuery = {
  where?: Prisma.IndicatorWhereInput;
  orderBy?: Prisma.IndicatorOrderByWithRelationInput | Prisma.IndicatorOrderByWithRelationInput[];
  skip?: number;
  take?: number;
};

/**
 * Complete Indicators in one query per table, joined here: Prisma's nested include binds every
 * figure's id into one IN list, which SQLite refuses beyond 32,766 figures, and it carried each
 * figure's whole source text, which no indicator shows. Sources come without their text.
 */
async function loadIndicators({ where = {}, orderBy, skip, take }: IndicatorQuery): Promise<Indicator[]> {
  const rows = await prisma.indicator.findMany({ where, orderBy, skip, take, include: { topic: true, unit: true } });
  if (rows.length === 0) return [];
  const slugs = rows.map((r) => r.slug);
  const paged = skip !== undefined || take !== undefined;
  if (paged && slugs.length > IN_LIST_LIMIT) throw new Error(`loadIndicators: pages of at most ${IN_LIST_LIMIT} indicators`);
  const figureWhere: Prisma.FigureWhereInput = slugs.length <= IN_LIST_LIMIT ? { indicatorSlug: { in: slugs } } : { indicator: where };
  const [figures, corrections, statements] = await Promise.all([
    prisma.figure.findMany({ where: figureWhere }),
    prisma.correction.findMany({ where: { figure: figureWhere }, orderBy: { id: "asc" } }),
    prisma.figureStatement.findMany({ where: { figure: figureWhere }, orderBy: { id: "asc" } }),
  ]);
  const sourceSlugs = new Set([...figures.flatMap((f) => f.sourceSlug ?? []), ...statements.map((s) => s.sourceSlug)]);
  const sources = await prisma.source.findMany({
    where: sourceSlugs.size <= IN_LIST_LIMIT ? { slug: { in: [...sourceSlugs] } } : undefined,
    omit: { text: true },
  });
  const sourceBySlug = new Map(sources.map((s) => [s.slug, s]));
  const group = <T, K>(items: T[], key: (item: T) => K) => {
    const byKey = new Map<K, T[]>();
    for (const item of items) {
      const list = byKey.get(key(item));
      if (list) list.push(item);
      else byKey.set(key(item), [item]);
    }
    return byKey;
  };
  const correctionsOf = group(corrections, (c) => c.figureId);
  const statementsOf = group(statements, (s) => s.figureId);
  const figuresOf = group(
    figures.map(
      (f): FigureRow => ({
        ...f,
        source: f.sourceSlug ? (sourceBySlug.get(f.sourceSlug) ?? null) : null,
        corrections: correctionsOf.get(f.id) ?? [],
        statements: (statementsOf.get(f.id) ?? []).map((s) => ({ ...s, source: sourceBySlug.get(s.sourceSlug)! })),
      }),
    ),
    (f) => f.indicatorSlug,
  );
  return rows.map((r) => toIndicator({ ...r, figures: figuresOf.get(r.slug) ?? [] }));
}

export async function listIndicators(): Promise<Indicator[]> {
  return loadIndicators({ orderBy: [...byTopicThenPosition] });
}

/** A topic's indicators in order; `range` gives one page of them (see lib/paging.ts). */
export async function listIndicatorsByTopic(topicSlug: string, range?: { skip: number; take: number }): Promise<Indicator[]> {
  return loadIndicators({ where: { topicSlug }, orderBy: { position: "asc" }, ...range });
}

/** Up to `count` other indicators of the same topic, in order: a figure page's related figures, without loading the whole topic. */
export async function listRelatedIndicators(indicator: Pick<Indicator, "slug" | "topic">, count: number): Promise<Indicator[]> {
  return loadIndicators({ where: { topicSlug: indicator.topic.slug, slug: { not: indicator.slug } }, orderBy: { position: "asc" }, take: count });
}

export async function countIndicatorsByTopic(topicSlug: string): Promise<number> {
  return prisma.indicator.count({ where: { topicSlug } });
}

export async function listHeadlineIndicators(): Promise<Indicator[]> {
  return loadIndicators({ where: { headline: true }, orderBy: [...byTopicThenPosition] });
}

/**
 * One indicator with its figures. Read once per request: a figure page made on demand asks for it in
 * its metadata and again in the page, and each read is seven queries.
 */
export const getIndicator = cache(async (slug: string): Promise<Indicator | null> => {
  const [indicator] = await loadIndicators({ where: { slug } });
  return indicator ?? null;
});

export async function getIndicators(slugs: string[]): Promise<Indicator[]> {
  if (slugs.length === 0) return [];
  const rows = await loadIndicators({ where: { slug: { in: slugs } } });
  const bySlug = new Map(rows.map((i) => [i.slug, i]));
  return slugs.flatMap((s) => bySlug.get(s) ?? []);
}

/** The given indicators in the portal's order (topic, then position), not the order asked. */
export async function getIndicatorsInPortalOrder(slugs: string[]): Promise<Indicator[]> {
  return slugs.length ? loadIndicators({ where: { slug: { in: slugs } }, orderBy: [...byTopicThenPosition] }) : [];
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
    // Imported here: lib/data/search builds on the read model, which reads this module.
    const { searchIndicatorSlugs } = await import("./search");
    const rank = new Map((await searchIndicatorSlugs(filter.q)).map((slug, n) => [slug, n]));
    indicators = indicators.filter((i) => rank.has(i.slug)).sort((a, b) => rank.get(a.slug)! - rank.get(b.slug)!);
  }
  return indicators;
}
