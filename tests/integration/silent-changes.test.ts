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
    editYaml(dir, "topics/07-hotline.yaml", (topic) => {
      topic.indicators = topic.indicators.filter((i: { slug: string }) => i.slug !== "hotline-small-matters-share");
    });
    // Its words go with it: vocabulary.yaml refuses a slug no indicator has.
    editYaml(dir, "vocabulary.yaml", (words) => {
      delete words["hotline-small-matters-share"];
    });
    const message = await refused(dir);
    expect(message).toContain("indicator hotline-small-matters-share, period unknown: the published figure (90) is gone");
    expect(message).toContain("withdrawn.yaml");
  });

  it("changes with a correction entry, which is stored with the figure", async () => {
    await importContent(prisma, revisedCallsContent({ date: "2026-12-01", old: 84000, new: 85000, reason: "The source was revised" }));
    const figure = await prisma.figure.findUniqueOrThrow({ where: { id: "hotline-calls-connected/2024" }, include: { corrections: true } });
    expect(figure.value).toBe(85000);
    expect(figure.corrections).toMatchObject([{ date: "2026-12-01", oldValue: 84000, newValue: 85000, reason: "The source was revised" }]);
  });

  it("disappears with a withdrawal entry, which is stored and listed", async () => {
    const dir = revisedCallsContent({ date: "2026-12-01", old: 84000, new: 85000, reason: "The source was revised" });
    editYaml(dir, "topics/07-hotline.yaml", (topic) => {
      topic.indicators = topic.indicators.filter((i: { slug: string }) => i.slug !== "hotline-small-matters-share");
    });
    // Its words go with it: vocabulary.yaml refuses a slug no indicator has.
    editYaml(dir, "vocabulary.yaml", (words) => {
      delete words["hotline-small-matters-share"];
    });
    writeFileSync(
      path.join(dir, "withdrawn.yaml"),
      '- { indicator: hotline-small-matters-share, period: "unknown", value: 90, date: 2026-12-02, reason: "Not a measured figure" }\n',
    );
    await importContent(prisma, dir);
    expect(await prisma.figure.count({ where: { indicatorSlug: "hotline-small-matters-share" } })).toBe(0);
    expect(await prisma.withdrawal.findMany()).toMatchObject([{ indicatorSlug: "hotline-small-matters-share", period: "unknown", value: 90, reason: "Not a measured figure" }]);
  });
});
