import { periodOverlaps } from "../domain/period";
import type { Indicator } from "../domain/types";

/**
 * Lookups for the API's list of indicators, built once when the read model loads, so that every
 * filter the OpenAPI document allows (topic, period, text, and each combination, then a page) is
 * answered without walking every indicator's figures. Text search itself stays in SQLite's FTS index:
 * its hits (at most a few hundred) are looked up here and filtered one by one.
 */
export type IndicatorIndex = {
  /** Every indicator in portal order (topic, then position). */
  all: Indicator[];
  /** Each topic's indicators in portal order. */
  byTopic: Map<string, Indicator[]>;
  bySlug: Map<string, Indicator>;
  /** Every distinct period some figure has. Few (years, ranges, "unknown") however many figures there are. */
  periods: string[];
  /** For each such period, the positions in `all` of the indicators with a figure of that period, ascending. */
  positionsByPeriod: Map<string, Int32Array>;
  /** Lists already answered, by topic and the set of figure periods a query period overlaps; bounded. */
  lists: Map<string, Indicator[]>;
};

/** At most this many filtered lists are kept: the keys are combinations of topic and periods, and a query picks them. */
const LISTS_KEPT = 512;

export function buildIndicatorIndex(all: Indicator[], byTopic: Map<string, Indicator[]>): IndicatorIndex {
  const positions = new Map<string, number[]>();
  all.forEach((indicator, position) => {
    for (const period of new Set(indicator.figures.map((f) => f.period))) {
      const list = positions.get(period);
      if (list) list.push(position);
      else positions.set(period, [position]);
    }
  });
  return {
    all,
    byTopic,
    bySlug: new Map(all.map((i) => [i.slug, i])),
    periods: [...positions.keys()],
    positionsByPeriod: new Map([...positions].map(([period, list]) => [period, Int32Array.from(list)])),
    lists: new Map(),
  };
}

export type IndicatorFilter = { topic?: string; period?: string };

const hasPeriod = (indicator: Indicator, period: string) => indicator.figures.some((f) => periodOverlaps(f.period, period));

/** The indicators matching the filters, in portal order: a topic's list, or the union of the periods the query overlaps. */
export function filterIndicators(index: IndicatorIndex, { topic, period }: IndicatorFilter): Indicator[] {
  const base = topic ? (index.byTopic.get(topic) ?? []) : index.all;
  if (!period) return base;
  // The query period against each distinct figure period: a few comparisons, not one per figure.
  const overlapping = index.periods.filter((p) => periodOverlaps(p, period));
  if (overlapping.length === 0) return [];
  const key = `${topic ?? ""}\n${overlapping.sort().join("\n")}`;
  const kept = index.lists.get(key);
  if (kept) return kept;

  let positions: Int32Array;
  if (overlapping.length === 1) {
    positions = index.positionsByPeriod.get(overlapping[0])!;
  } else {
    // The union in portal order: mark each position once, then read the marks in order.
    const marked = new Uint8Array(index.all.length);
    for (const p of overlapping) for (const position of index.positionsByPeriod.get(p)!) marked[position] = 1;
    const union: number[] = [];
    for (let position = 0; position < marked.length; position++) if (marked[position]) union.push(position);
    positions = Int32Array.from(union);
  }
  const list: Indicator[] = [];
  for (const position of positions) {
    const indicator = index.all[position];
    if (!topic || indicator.topic.slug === topic) list.push(indicator);
  }
  if (index.lists.size >= LISTS_KEPT) index.lists.delete(index.lists.keys().next().value!);
  index.lists.set(key, list);
  return list;
}

/** Text-search hits (indicator slugs, best first) that pass the filters, in relevance order; each slug once. */
export function rankedIndicators(index: IndicatorIndex, slugs: string[], { topic, period }: IndicatorFilter): Indicator[] {
  const seen = new Set<string>();
  const list: Indicator[] = [];
  for (const slug of slugs) {
    if (seen.has(slug)) continue;
    seen.add(slug);
    const indicator = index.bySlug.get(slug);
    if (!indicator) continue;
    if (topic && indicator.topic.slug !== topic) continue;
    if (period && !hasPeriod(indicator, period)) continue;
    list.push(indicator);
  }
  return list;
}
