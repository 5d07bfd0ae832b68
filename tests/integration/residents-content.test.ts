import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importContent } from "@/lib/content/import";
import { ContentError } from "@/lib/content/load";
import { copyContent, editYaml, indicatorIn } from "../fixtures/content-fixture";
import { createTestDatabase } from "../fixtures/test-database";

const { prisma } = createTestDatabase();
afterAll(() => prisma.$disconnect());

describe("content for residents", () => {
  it("stores who runs the portal, an ICP record number where given, and indicator labels", async () => {
    const dir = copyContent();
    editYaml(dir, "city.yaml", (city) => {
      city.portal.icp = "甘ICP备12345678号";
    });
    editYaml(dir, "topics/07-hotline.yaml", (topic) => {
      indicatorIn(topic, "hotline-calls-connected").label = { zh: "12345热线语音接通量", en: "12345 hotline: calls connected" };
    });
    await importContent(prisma, dir);
    const city = await prisma.city.findFirstOrThrow();
    expect(city).toMatchObject({ operatorZh: "嘉峪关民生指标开源项目组", icp: "甘ICP备12345678号" });
    const calls = await prisma.indicator.findUniqueOrThrow({ where: { slug: "hotline-calls-connected" } });
    expect([calls.labelZh, calls.labelEn]).toEqual(["12345热线语音接通量", "12345 hotline: calls connected"]);
    // An indicator whose name says enough has no label of its own.
    const rate = await prisma.indicator.findUniqueOrThrow({ where: { slug: "education-gaokao-undergraduate-rate" } });
    expect(rate.labelZh).toBeNull();
  });

  it("stores search synonyms and refuses one that stands for a word content never uses", async () => {
    const rows = await prisma.searchSynonym.findMany({ where: { term: "养老院" } });
    expect(rows.map((r) => r.target)).toEqual(["养老机构"]);
    const dir = copyContent();
    writeFileSync(path.join(dir, "synonyms.yaml"), "养老院: [养老机构, 疗养院]\n");
    const error = (await importContent(prisma, dir).catch((e: unknown) => e)) as ContentError;
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toContain("疗养院");
  });

  it("refuses a city without an operator and a label without its English", async () => {
    for (const edit of [
      (dir: string) => editYaml(dir, "city.yaml", (city) => delete city.portal.operator),
      (dir: string) => editYaml(dir, "topics/07-hotline.yaml", (topic) => (indicatorIn(topic, "hotline-calls-connected").label = { zh: "热线接通" })),
    ]) {
      const dir = copyContent();
      edit(dir);
      const error = await importContent(prisma, dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ContentError);
    }
  });
});
