import { describe, expect, it } from "vitest";
import { periodOverlaps } from "../domain/period";
import type { Indicator } from "../domain/types";
import { buildFigure, buildIndicator } from "@/tests/fixtures/builders";
import { buildIndicatorIndex, filterIndicators, rankedIndicators } from "./indicator-index";

const TOPICS = ["alpha", "beta", "gamma"];
const PERIODS = ["2019", "2020", "2021", "2022", "2019-2021", "2020-2024", "unknown"];

/** 120 indicators over three topics (contiguous, as the model orders them), each with two or three periods. */
const indicators: Indicator[] = Array.from({ length: 120 }, (_, n) => {
  const topic = TOPICS[Math.floor(n / 40)];
  const periods = [...new Set([PERIODS[n % 7], PERIODS[(n * 3) % 7], ...(n % 5 === 0 ? [PERIODS[(n + 2) % 7]] : [])])];
  return buildIndicator({
    slug: `figure-${n}`,
    topic: { ...buildIndicator().topic, slug: topic },
    figures: periods.map((period) => buildFigure({ period })),
  });
});
const byTopic = new Map(TOPICS.map((t) => [t, indicators.filter((i) => i.topic.slug === t)]));

/** What the API did before the index: walk every indicator's figures. */
const scan = (topic?: string, period?: string) =>
  indicators.filter((i) => (!topic || i.topic.slug === topic) && (!period || i.figures.some((f) => periodOverlaps(f.period, period))));
const slugs = (list: Indicator[]) => list.map((i) => i.slug);

describe("the read model's indicator index", () => {
  const index = buildIndicatorIndex(indicators, byTopic);

  it("answers every combination of topic and period as walking every figure would, in the same order", () => {
    const queries = [undefined, "2018", "2019", "2020", "2022", "2023", "2019-2020", "2021-2030", "2000-2030", "unknown"];
    for (const topic of [undefined, ...TOPICS, "no-such-topic"]) {
      for (const period of queries) {
        // Twice: the second answer comes from the kept lists and must be the same.
        for (let round = 0; round < 2; round++) {
          expect(slugs(filterIndicators(index, { topic, period })), `${topic} ${period} round ${round}`).toEqual(slugs(scan(topic, period)));
        }
      }
    }
    expect(filterIndicators(index, { period: "2019" }).length).toBeGreaterThan(0);
    expect(filterIndicators(index, { period: "1990" })).toEqual([]);
  });

  it("knows each distinct period once, however many figures have it", () => {
    expect([...index.periods].sort()).toEqual([...PERIODS].sort());
  });

  it("keeps text-search hits in relevance order, once each, filtered by topic and period", () => {
    const hits = ["figure-41", "figure-3", "no-such-figure", "figure-41", "figure-80", "figure-7"];
    expect(slugs(rankedIndicators(index, hits, {}))).toEqual(["figure-41", "figure-3", "figure-80", "figure-7"]);
    expect(slugs(rankedIndicators(index, hits, { topic: "alpha" }))).toEqual(["figure-3", "figure-7"]);
    const period = "2022";
    expect(slugs(rankedIndicators(index, hits, { period }))).toEqual(
      ["figure-41", "figure-3", "figure-80", "figure-7"].filter((s) => scan(undefined, period).some((i) => i.slug === s)),
    );
  });

  it("keeps a bounded number of filtered lists", () => {
    for (let n = 0; n < 1000; n++) filterIndicators(index, { topic: `topic-${n}`, period: "2019" });
    expect(index.lists.size).toBe(512);
    expect(slugs(filterIndicators(index, { period: "2019" }))).toEqual(slugs(scan(undefined, "2019")));
  });
});
