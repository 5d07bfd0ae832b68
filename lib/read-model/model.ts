import { getCity } from "../data/city";
import { listIndicators } from "../data/indicators";
import { listRenames } from "../data/renames";
import { listStories, listTopics } from "../data/topics";
import type { City, Indicator, Story, TopicWithCounts } from "../domain/types";
import { buildIndicatorIndex, type IndicatorIndex } from "./indicator-index";

/** Everything the API shows except full-text matches, held in memory between imports. */
export type ReadModel = {
  /** The database version it was read at (see version.ts). */
  version: string;
  /** In menu order, with their counts. */
  topics: TopicWithCounts[];
  topicBySlug: Map<string, TopicWithCounts>;
  /** Every indicator with all its figures, sources and corrections, in topic then position order. */
  indicators: Indicator[];
  indicatorBySlug: Map<string, Indicator>;
  /** Each topic's indicators in position order. */
  indicatorsByTopic: Map<string, Indicator[]>;
  /** Stories by slug, for search results that show a story. */
  storyBySlug: Map<string, Story>;
  /** Renamed indicator slugs, old → new: their addresses redirect (lib/server/renames.ts). */
  renames: Map<string, string>;
  city: City;
  /** The lists /api/v1/indicators answers, by topic and period, built here once (see indicator-index.ts). */
  index: IndicatorIndex;
};

/** Reads the model through the same lib/data queries the pages use. */
export async function loadReadModel(version: string): Promise<ReadModel> {
  const [topics, indicators, stories, city, renames] = await Promise.all([listTopics(), listIndicators(), listStories(), getCity(), listRenames()]);
  const indicatorsByTopic = new Map<string, Indicator[]>(topics.map((t) => [t.slug, []]));
  for (const i of indicators) indicatorsByTopic.get(i.topic.slug)?.push(i);
  const index = buildIndicatorIndex(indicators, indicatorsByTopic);
  return {
    version,
    topics,
    topicBySlug: new Map(topics.map((t) => [t.slug, t])),
    indicators,
    indicatorBySlug: index.bySlug,
    indicatorsByTopic,
    storyBySlug: new Map(stories.map((s) => [s.slug, s])),
    renames,
    city,
    index,
  };
}
