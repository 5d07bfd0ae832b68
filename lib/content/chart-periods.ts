/**
 * The import's rule that a chart never sets figures of different periods side by side
 * as if they were comparable. A bar chart (comparison, rate, breakdown, flow) draws each
 * indicator's latest figure; when those figures cover different periods the spec must say
 * so with `mixedPeriods: true`, and the chart then prints each bar's period and a note.
 * A time series puts periods on its axis instead, so it needs at least one single-year figure:
 * a range (2019-2024) or "unknown" is never drawn there as if it were a year.
 */

/**
 * A chart draws levels. A figure that states a change against an earlier period (比上年增长5.5%) drawn
 * beside levels, or on a time axis, would read as a level: the import refuses a chart that names one.
 */
export function chartChangeProblem(chart: { indicators: string[] }, changesOf: (slug: string) => { period: string; change?: string }[] | undefined): string | null {
  const changes = chart.indicators.flatMap((slug) =>
    (changesOf(slug) ?? []).filter((f) => f.change).map((f) => `${slug} (${f.period}: ${f.change})`),
  );
  return changes.length ? `a chart draws levels, but these figures state a change against an earlier period: ${changes.join(", ")}; chart the levels instead` : null;
}

/** Where a period ends, in the order the data layer uses to find an indicator's latest figure. */
export const periodEnd = (period: string) => (period === "unknown" ? Number.MAX_SAFE_INTEGER : Number(period.slice(-4)));

/** The figure a bar chart draws for an indicator: the one whose period ends last ("unknown" counts as last). */
export const latestPeriod = (periods: string[]) =>
  periods.length ? [...periods].sort((a, b) => periodEnd(a) - periodEnd(b))[periods.length - 1] : undefined;

type ChartPeriodSpec = { kind: string; indicators: string[]; mixedPeriods?: true; period?: string };

/** A chart spec's period problem, with the field of the spec it is about. */
export type ChartPeriodProblem = { field: "period" | "mixedPeriods"; message: string };

/** The period a bar chart draws for an indicator: the spec's pinned one, or the indicator's latest. */
export const drawnPeriod = (chart: Pick<ChartPeriodSpec, "period">, periods: string[]) =>
  chart.period ? periods.find((p) => p === chart.period) : latestPeriod(periods);

/** The chart's period problems (none or one), each naming every indicator's period. */
export function chartPeriodProblem(chart: ChartPeriodSpec, periodsOf: (slug: string) => string[] | undefined): ChartPeriodProblem[] {
  if (chart.kind === "time-series") {
    if (chart.period) return [{ field: "period", message: "a time series draws every period on its axis; remove period" }];
    const years = chart.indicators.flatMap((slug) => (periodsOf(slug) ?? []).filter((p) => /^\d{4}$/.test(p)));
    const message = `a time series puts single years on its axis, but ${chart.indicators.join(", ")} has none (a range or "unknown" is never placed on a year axis)`;
    return years.length ? [] : [{ field: "mixedPeriods", message }];
  }
  if (chart.period) {
    if (chart.mixedPeriods) return [{ field: "mixedPeriods", message: `"mixedPeriods: true" but every bar covers the pinned period ${chart.period}; remove it` }];
    const lacking = chart.indicators.filter((slug) => !drawnPeriod(chart, periodsOf(slug) ?? []));
    const has = (slug: string) => `${slug} (${(periodsOf(slug) ?? []).join(", ") || "no figures"})`;
    return lacking.length ? [{ field: "period", message: `the chart draws ${chart.period}, but ${lacking.map(has).join("; ")} has no figure for it` }] : [];
  }
  const drawn = chart.indicators.flatMap((slug) => {
    const period = drawnPeriod(chart, periodsOf(slug) ?? []);
    return period ? [{ slug, period }] : [];
  });
  const distinct = new Set(drawn.map((d) => d.period));
  const list = drawn.map((d) => `${d.slug} (${d.period})`).join(", ");
  const problem = (message: string): ChartPeriodProblem[] => [{ field: "mixedPeriods", message }];
  if (distinct.size > 1 && (chart.kind === "breakdown" || chart.kind === "flow")) {
    return problem(`a ${chart.kind} adds or splits its figures, so they must cover one period, but has ${list}; pin one with "period"`);
  }
  if (distinct.size > 1 && !chart.mixedPeriods) {
    return problem(
      `the bars cover different periods: ${list}; pin one with "period", split the chart by period, or add "mixedPeriods: true" so each bar shows its period and the chart says so`,
    );
  }
  if (distinct.size <= 1 && chart.mixedPeriods) return problem(`"mixedPeriods: true" but every bar covers ${[...distinct][0] ?? "no period"}; remove it`);
  return [];
}
