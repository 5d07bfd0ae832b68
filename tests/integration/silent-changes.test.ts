import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importContent } from "@/lib/content/import";
import { copyContent, editYaml, indicatorIn } from "../fixtures/content-fixture";
import { createTestDatabase, refusedImportMessage, snapshotDatabase } from "../fixtures/test-database";

/**
 * Nothing changes silently: against a database that publishes the real content, an import that
 * changes a published figure or drops one is refused (database untouched) until content says
 * why, with a correction or a withdrawal; then the reason is stored beside the figure.
 */

const REAL_CONTENT = path.resolve(import.meta.dirname, "../../content");
const { file, prisma } = createTestDatabase();
let published: string;

beforeAll(async () => {
  await importContent(prisma, REAL_CONTENT);
  published = snapshotDatabase(file);
});
afterAll(() => prisma.$disconnect());

/** A copy of content/ in which the source now says 8.5万余次 calls, and the figure follows it. */
function revisedCallsContent(correction?: object): string {
  const dir = copyContent();
  const text = path.join(dir, "sources/jiayuguan-2025.txt");
  writeFileSync(text, readFileSync(text, "utf8").replace("语音接通8.4万余次", "语音接通8.5万余次"));
  editYaml(dir, "topics/07-hotline.yaml", (topic) => {
    // Every figure quoting the revised sentence quotes its new wording.
    for (const f of topic.indicators.flatMap((i: { figures: { quote?: string }[] }) => i.figures)) f.quote = f.quote?.replace("8.4万余次", "8.5万余次");
    const figure = indicatorIn(topic, "hotline-calls-connected").figures[0];
    Object.assign(figure, { value: 85000, written: "8.5万余次" });
    if (correction) figure.corrections = [correction];
  });
  return dir;
}

const refused = async (dir: string) => {
  expect(snapshotDatabase(file)).toBe(published);
  return refusedImportMessage(prisma, file, dir);
};

/** Takes an indicator out of its topic file and its words out of vocabulary.yaml, as an editor removing it would. */
function removeIndicator(dir: string, slug: string): void {
  editYaml(dir, "topics/07-hotline.yaml", (topic) => {
    topic.indicators = topic.indicators.filter((i: { slug: string }) => i.slug !== slug);
  });
  editYaml(dir, "vocabulary.yaml", (vocabulary) => {
    delete vocabulary[slug];
  });
}

describe("a published figure", () => {
  it("cannot change value without a correction entry, which the message asks for", async () => {
    const message = await refused(revisedCallsContent());
    expect(message).toContain(
      "topics/07-hotline.yaml: indicator hotline-calls-connected, figure 1: field value: the published figure changes from 84000 (more-than) to 85000 (more-than) without a correction entry",
    );
    expect(message).toContain("corrections: { date, old: 84000, new: 85000, reason }");
  });

  it("cannot change to a value its correction entry does not name", async () => {
    const message = await refused(revisedCallsContent({ date: "2026-12-01", old: 80000, new: 85000, reason: "wrong old value" }));
    expect(message).toContain("indicator hotline-calls-connected, figure 1: field value");
  });

  it("cannot disappear without a withdrawal entry", async () => {
    const dir = copyContent();
    removeIndicator(dir, "hotline-small-matters-share");
    const message = await refused(dir);
    expect(message).toContain("indicator hotline-small-matters-share, period unknown: the published figure (90) is gone");
    expect(message).toContain("withdrawn.yaml");
  });

  /** A copy of content/ in which the source now says 约8.4万次: the same value, another qualifier. */
  function requalifiedCallsContent(correction?: object): string {
    const dir = copyContent();
    const text = path.join(dir, "sources/jiayuguan-2025.txt");
    writeFileSync(text, readFileSync(text, "utf8").replace("语音接通8.4万余次", "语音接通约8.4万次"));
    editYaml(dir, "topics/07-hotline.yaml", (topic) => {
      for (const f of topic.indicators.flatMap((i: { figures: { quote?: string }[] }) => i.figures)) f.quote = f.quote?.replace("8.4万余次", "约8.4万次");
      const figure = indicatorIn(topic, "hotline-calls-connected").figures[0];
      Object.assign(figure, { written: "约8.4万次", qualifier: "about" });
      if (correction) figure.corrections = [correction];
    });
    return dir;
  }

  it("cannot change its qualifier alone without a correction naming both qualifiers", async () => {
    const bare = await refused(requalifiedCallsContent());
    expect(bare).toContain(
      "indicator hotline-calls-connected, figure 1: field qualifier: the published figure changes from 84000 (more-than) to 84000 (about) without a correction entry; " +
        "add one under corrections: { date, old: 84000, new: 84000, qualifier: { old: more-than, new: about }, reason }",
    );
    const unnamed = await refused(requalifiedCallsContent({ date: "2026-12-01", old: 84000, new: 84000, reason: "The source was revised" }));
    expect(unnamed).toContain("field qualifier: the published figure changes from 84000 (more-than) to 84000 (about)");
  });

  it("changes its qualifier with a correction naming both, stored with the figure", async () => {
    const correction = { date: "2026-12-01", old: 84000, new: 84000, qualifier: { old: "more-than", new: "about" }, reason: "The source now says 约" };
    await importContent(prisma, requalifiedCallsContent(correction));
    const figure = await prisma.figure.findUniqueOrThrow({ where: { id: "hotline-calls-connected/2024" }, include: { corrections: true } });
    expect(figure.qualifier).toBe("about");
    expect(figure.corrections).toMatchObject([{ oldValue: 84000, newValue: 84000, oldQualifier: "more-than", newQualifier: "about" }]);
  });

  it("changes with a correction entry, which is stored with the figure", async () => {
    await importContent(prisma, revisedCallsContent({ date: "2026-12-01", old: 84000, new: 85000, reason: "The source was revised" }));
    const figure = await prisma.figure.findUniqueOrThrow({ where: { id: "hotline-calls-connected/2024" }, include: { corrections: true } });
    expect(figure.value).toBe(85000);
    expect(figure.corrections).toMatchObject([{ date: "2026-12-01", oldValue: 84000, newValue: 85000, reason: "The source was revised" }]);
  });

  it("disappears with a withdrawal entry, which is stored and listed", async () => {
    const dir = revisedCallsContent({ date: "2026-12-01", old: 84000, new: 85000, reason: "The source was revised" });
    removeIndicator(dir, "hotline-small-matters-share");
    writeFileSync(
      path.join(dir, "withdrawn.yaml"),
      '- { indicator: hotline-small-matters-share, period: "unknown", value: 90, date: 2026-12-02, reason: "Not a measured figure" }\n',
    );
    await importContent(prisma, dir);
    expect(await prisma.figure.count({ where: { indicatorSlug: "hotline-small-matters-share" } })).toBe(0);
    expect(await prisma.withdrawal.findMany()).toMatchObject([{ indicatorSlug: "hotline-small-matters-share", period: "unknown", value: 90, reason: "Not a measured figure" }]);
  });
});
