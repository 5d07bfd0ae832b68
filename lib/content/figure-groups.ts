import type { FigureInput } from "./schema";

/**
 * An indicator may have figures from several sources for one period. The figure the portal shows
 * for the period is the one marked `preferred` (with why), or, where all sources agree, the first;
 * the others are kept as statements beside it.
 */
export type PeriodGroup<F extends FigureInput> = { period: string; primary: F; others: F[]; positions: number[] };

export function groupByPeriod<F extends FigureInput>(figures: F[]): PeriodGroup<F>[] {
  const groups = new Map<string, { figures: F[]; positions: number[] }>();
  figures.forEach((figure, index) => {
    const group = groups.get(figure.period) ?? { figures: [], positions: [] };
    group.figures.push(figure);
    group.positions.push(index);
    groups.set(figure.period, group);
  });
  return [...groups].map(([period, { figures: all, positions }]) => {
    const primary = all.find((f) => "preferred" in f && f.preferred) ?? all[0];
    return { period, primary, others: all.filter((f) => f !== primary), positions };
  });
}

/** The figures the portal shows: one per period. */
export const primaryFigures = <F extends FigureInput>(figures: F[]): F[] => groupByPeriod(figures).map((g) => g.primary);

/** True when two sources say the same: the same value with the same precision. */
export const agree = (a: Pick<FigureInput, "value" | "qualifier">, b: Pick<FigureInput, "value" | "qualifier">) =>
  a.value === b.value && a.qualifier === b.qualifier;
