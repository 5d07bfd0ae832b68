import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importContent } from "@/lib/content/import";
import { pageOf, TOPIC_PAGE_SIZE, UPDATES_PAGE_SIZE } from "@/lib/paging";
import { toSourceAdditions, toUpdateEvents } from "@/lib/updates";
import { writeSyntheticContent } from "../../scripts/bench-scale/generate";
import { createTestDatabase } from "../fixtures/test-database";

/**
 * Paging over content large enough to need it: bench:scale's synthetic generator (clearly marked
 * synthetic, written to a temp folder) at 6 years × 9 sources × 70 figures gives 54 sources and 630
 * indicators, 63 to each of its 10 topics: two pages of a topic (60 + 3 cards) and two of /updates
 * (50 + 4 sources).
 */

const SIZE = { years: 6, sourcesPerYear: 9, figuresPerSource: 70 };
const { file, prisma } = createTestDatabase();
// The portal's own reads (lib/db) go to the same test database.
process.env.DATABASE_URL = `file:${file}`;
const TOPIC = "synthetic-topic-01";
// Loaded after DATABASE_URL is set: lib/db opens its database when first imported.
const { countIndicatorsByTopic, getIndicator, listIndicators, listIndicatorsByTopic, listRelatedIndicators } = await import("@/lib/data/indicators");
const { laterTopicPages, laterUpdatesPages } = await import("@/lib/data/paged-lists");
const { listLatestUpdateEvents, listSourceSummaries } = await import("@/lib/data/updates");
const { allIndicatorsCsv } = await import("@/lib/downloads/files");

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "paging-content-"));
  writeSyntheticContent(dir, SIZE);
  await importContent(prisma, dir);
}, 120_000);
afterAll(() => prisma.$disconnect());

describe("a topic larger than a page", () => {
  it("has a second page holding the indicators after the first 60, and no third", async () => {
    expect(TOPIC_PAGE_SIZE).toBe(60);
    const total = await countIndicatorsByTopic(TOPIC);
    expect(total).toBe(63);
    expect(pageOf(total, TOPIC_PAGE_SIZE, 2)).toEqual({ page: 2, pages: 2, total: 63, skip: 60, take: 60 });
    expect(pageOf(total, TOPIC_PAGE_SIZE, 3)).toBeNull();

    const all = await listIndicatorsByTopic(TOPIC);
    const first = await listIndicatorsByTopic(TOPIC, { skip: 0, take: 60 });
    const second = await listIndicatorsByTopic(TOPIC, { skip: 60, take: 60 });
    expect(first.map((i) => i.slug)).toEqual(all.slice(0, 60).map((i) => i.slug));
    expect(second.map((i) => i.slug)).toEqual(["syn-s008-f040", "syn-s008-f050", "syn-s008-f060"]);
    // A card shows the latest figure: every page's indicators come with all their figures and sources.
    expect(second[2].figures.map((f) => [f.period, f.value, f.stated?.source.slug])).toEqual(
      all[62].figures.map((f) => [f.period, f.value, f.stated?.source.slug]),
    );
    expect(second[2].figures).toHaveLength(6);
  });

  it("lists one later page for each topic, and one for /updates", async () => {
    const pages = await laterTopicPages();
    expect(pages).toHaveLength(10);
    expect(pages[0]).toEqual({ slug: TOPIC, page: "2" });
    expect(await laterUpdatesPages()).toEqual(["2"]);
  });

  it("gives a figure page its six related indicators, not its whole topic", async () => {
    const indicator = (await getIndicator("syn-s000-f010"))!;
    const related = await listRelatedIndicators(indicator, 6);
    expect(related.map((i) => i.slug)).toEqual(["syn-s000-f000", "syn-s000-f020", "syn-s000-f030", "syn-s000-f040", "syn-s000-f050", "syn-s000-f060"]);
  });
});

describe("/updates over many sources", () => {
  it("lists the sources newest first as toSourceAdditions does, 50 to a page", async () => {
    const summaries = await listSourceSummaries();
    const expected = toSourceAdditions(await listIndicators());
    expect(summaries).toHaveLength(54);
    expect(summaries.map((s) => [s.source.slug, s.date, s.figures])).toEqual(expected.map((s) => [s.source.slug, s.date, s.figures.length]));
    const second = pageOf(summaries.length, UPDATES_PAGE_SIZE, 2)!;
    expect(summaries.slice(second.skip, second.skip + second.take)).toHaveLength(4);
    expect(pageOf(summaries.length, UPDATES_PAGE_SIZE, 3)).toBeNull();
  });

  it("lists the latest changes as toUpdateEvents orders every figure's, without loading them all", async () => {
    const { events, total } = await listLatestUpdateEvents(100);
    const expected = toUpdateEvents(await listIndicators());
    expect(total).toBe(3780);
    expect(events.map((e) => `${e.kind} ${e.figure.id}`)).toEqual(expected.slice(0, 100).map((e) => `${e.kind} ${e.figure.id}`));
  });
});

describe("the full download", () => {
  it("still carries every figure, each with its citation", async () => {
    const rows = parse((await allIndicatorsCsv()).body, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3780);
    const last = rows.find((r) => r.indicator === "syn-s008-f069" && r.period === "2020")!;
    expect(last.value).toBe(String(((8 * 7919 + 69 * 104_729 + 2020 * 31) % 99_999) + 1));
    expect(last.source).toBe("syn-2020-008");
    expect(last.citation_zh).toContain("合成基准来源 2020-9（非真实数据）");
    expect(last.citation_en).toContain("Synthetic benchmark source 2020-9 (not real data)");
  });
});
