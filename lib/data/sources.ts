import "server-only";
import { prisma } from "../db";
import type { Source, SourceRef } from "../domain/types";
import { toSource, toSourceRef } from "./mappers";

export async function getSource(slug: string): Promise<Source | null> {
  const row = await prisma.source.findUnique({ where: { slug } });
  return row ? toSource(row) : null;
}

export async function listSources(): Promise<SourceRef[]> {
  const rows = await prisma.source.findMany({ omit: { text: true }, orderBy: { slug: "asc" } });
  return rows.map(toSourceRef);
}

/** Where each figure and story of a source stands in its text, for the highlighted source page. */
export async function listSourcePlacements(sourceSlug: string) {
  const [figures, statements, stories] = await Promise.all([
    prisma.figure.findMany({
      where: { sourceSlug },
      select: { indicatorSlug: true, writtenStart: true, writtenEnd: true, indicator: { select: { nameZh: true, nameEn: true } } },
    }),
    // Another source's figure for a period this source also reports: highlighted in this source too.
    prisma.figureStatement.findMany({
      where: { sourceSlug },
      select: { writtenStart: true, writtenEnd: true, figure: { select: { indicatorSlug: true, indicator: { select: { nameZh: true, nameEn: true } } } } },
    }),
    prisma.story.findMany({ where: { sourceSlug }, select: { slug: true, quoteStart: true } }),
  ]);
  return {
    figures: [
      ...figures.map((f) => ({
        indicatorSlug: f.indicatorSlug,
        start: f.writtenStart ?? 0,
        end: f.writtenEnd ?? 0,
        name: { zh: f.indicator.nameZh, en: f.indicator.nameEn },
      })),
      ...statements.map((s) => ({
        indicatorSlug: s.figure.indicatorSlug,
        start: s.writtenStart,
        end: s.writtenEnd,
        name: { zh: s.figure.indicator.nameZh, en: s.figure.indicator.nameEn },
      })),
    ],
    stories: stories.map((s) => ({ slug: s.slug, offset: s.quoteStart })),
  };
}
