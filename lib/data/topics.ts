import "server-only";
import { prisma } from "../db";
import type { Story, TopicSummary, TopicWithCounts } from "../domain/types";
import { toStory, toTopicSummary } from "./mappers";

export async function listTopics(): Promise<TopicWithCounts[]> {
  const rows = await prisma.topic.findMany({
    orderBy: { position: "asc" },
    include: { _count: { select: { indicators: true, stories: true } } },
  });
  return rows.map((t) => ({ ...toTopicSummary(t), indicatorCount: t._count.indicators, storyCount: t._count.stories }));
}

export async function getTopic(slug: string): Promise<TopicSummary | null> {
  const row = await prisma.topic.findUnique({ where: { slug } });
  return row ? toTopicSummary(row) : null;
}

export async function listStoriesByTopic(topicSlug: string): Promise<Story[]> {
  const rows = await prisma.story.findMany({ where: { topicSlug }, orderBy: { position: "asc" } });
  return rows.map(toStory);
}

/** Every story, in topic then position order: the API's read model maps each to its topic. */
export async function listStories(): Promise<Story[]> {
  const rows = await prisma.story.findMany({ orderBy: [{ topic: { position: "asc" } }, { position: "asc" }] });
  return rows.map(toStory);
}
