import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importContent } from "@/lib/content/import";
import { pageOf, TOPIC_PAGE_SIZE } from "@/lib/paging";
import { toSourceAdditions, toUpdateEvents } from "@/lib/updates";
import { createTestDatabase } from "../fixtures/test-database";

/** The real content's topics are small: each fits on one page, so no topic and not /updates has a later page or a pager. */

const REAL_CONTENT = path.resolve(import.meta.dirname, "../../content");
const { file, prisma } = createTestDatabase();
process.env.DATABASE_URL = `file:${file}`;
// Loaded after DATABASE_URL is set: lib/db opens its database when first imported.
const { countIndicatorsByTopic, listIndicators } = await import("@/lib/data/indicators");
const { listTopics } = await import("@/lib/data/topics");
const { laterTopicPages, laterUpdatesPages } = await import("@/lib/data/paged-lists");
const { listLatestUpdateEvents, listSourceSummaries } = await import("@/lib/data/updates");

beforeAll(() => importContent(prisma, REAL_CONTENT));
afterAll(() => prisma.$disconnect());

describe("paging the real content", () => {
  it("makes no later page: every topic fits on its one page", async () => {
    expect(await laterTopicPages()).toEqual([]);
    expect(await laterUpdatesPages()).toEqual([]);
    const topics = await listTopics();
    expect(topics.map((t) => t.slug)).toContain("hotline");
    for (const topic of topics) {
      const total = await countIndicatorsByTopic(topic.slug);
      expect(total, topic.slug).toBeGreaterThan(0);
      expect(pageOf(total, TOPIC_PAGE_SIZE, 1)?.pages, topic.slug).toBe(1);
      expect(pageOf(total, TOPIC_PAGE_SIZE, 2), topic.slug).toBeNull();
    }
  });

  it("lists /updates's sources and latest changes as they were listed from every figure", async () => {
    const indicators = await listIndicators();
    const summaries = await listSourceSummaries();
    expect(summaries.map((s) => [s.source.slug, s.date, s.figures])).toEqual(
      toSourceAdditions(indicators).map((s) => [s.source.slug, s.date, s.figures.length]),
    );
    const { events, total } = await listLatestUpdateEvents(100);
    const every = toUpdateEvents(indicators);
    expect(total).toBe(every.length);
    expect(events.map((e) => `${e.date} ${e.kind} ${e.figure.id} ${e.reason ?? ""}`)).toEqual(
      every.slice(0, 100).map((e) => `${e.date} ${e.kind} ${e.figure.id} ${e.reason ?? ""}`),
    );
  });
});
