import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importContent, writeContent } from "@/lib/content/import";
import { ContentError, loadContent } from "@/lib/content/load";
import { copyContent, editYaml, indicatorIn } from "../fixtures/content-fixture";
import { createTestDatabase, snapshotDatabase } from "../fixtures/test-database";

const REAL_CONTENT = path.resolve(import.meta.dirname, "../../content");
const { file, prisma } = createTestDatabase();
let before: string;

beforeAll(async () => {
  await importContent(prisma, REAL_CONTENT);
  before = snapshotDatabase(file);
});
afterAll(() => prisma.$disconnect());

/** Imports a broken copy of content/ and returns the error, asserting the database did not change. */
async function refusedImport(break_: (dir: string) => void): Promise<ContentError> {
  const dir = copyContent();
  break_(dir);
  const error = await importContent(prisma, dir).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  expect(snapshotDatabase(file)).toBe(before);
  return error as ContentError;
}

describe("the real content", () => {
  it("passes the schema and every cross-check", () => {
    const content = loadContent(REAL_CONTENT);
    expect(content.topics.map((t) => t.slug)).toEqual([
      "overview", "education", "health", "elderly-care", "social-assistance", "culture", "hotline", "employment",
    ]);
    expect(content.topics.flatMap((t) => t.indicators).length).toBeGreaterThanOrEqual(75);
  });

  it("stores figures in base units with the source's words", async () => {
    const calls = await prisma.figure.findUniqueOrThrow({ where: { id: "hotline-calls-connected/2024" } });
    expect(calls).toMatchObject({ value: 84000, written: "8.4万余次", qualifier: "more-than", period: "2024" });
    const dibao = await prisma.figure.findFirstOrThrow({ where: { written: "1050.19万元" } });
    expect(dibao.value).toBe(10501900);
  });

  it("computes derived figures from their inputs", async () => {
    const direct = await prisma.figure.findFirstOrThrow({ where: { derivedOp: "percent", derivedInputs: { contains: "direct" } } });
    expect(direct.value).toBe(67.9);
    expect(direct.quote).toBeNull();
  });

  it("gives the same database when imported twice", async () => {
    await importContent(prisma, REAL_CONTENT);
    expect(snapshotDatabase(file)).toBe(before);
  });
});

describe("a refused import names the file, the figure and the field, and changes nothing", () => {
  it("refuses a quote that is not in the source", async () => {
    const error = await refusedImport((dir) =>
      editYaml(dir, "topics/07-hotline.yaml", (t) => {
        const f = indicatorIn(t, "hotline-calls-connected").figures[0];
        f.quote = f.quote.replace("语音接通", "电话接通");
      }),
    );
    expect(error.message).toMatch(/topics\/07-hotline\.yaml: indicator hotline-calls-connected, figure 1: field quote: not found in source jiayuguan-2025/);
  });

  it("accepts a quote broken across lines as the article's layout breaks it", async () => {
    const dir = copyContent();
    editYaml(dir, "topics/07-hotline.yaml", (t) => {
      const f = indicatorIn(t, "hotline-calls-connected").figures[0];
      f.quote = f.quote.replace("语音接通", "语音\n\n接通");
    });
    expect(() => loadContent(dir)).not.toThrow();
  });

  it("refuses a value that does not match the number in its quote", async () => {
    const error = await refusedImport((dir) =>
      editYaml(dir, "topics/05-social-assistance.yaml", (t) => {
        const ind = t.indicators.find((i: any) => i.figures[0].written === "1050.19万元");
        ind.figures[0].value = 1050.19;
      }),
    );
    expect(error.message).toMatch(/05-social-assistance\.yaml: indicator [a-z-]+, figure 1: field value: content says 1050.19, but "1050.19万元" reads as 10501900/);
  });

  it("refuses a qualifier the written number contradicts", async () => {
    const error = await refusedImport((dir) =>
      editYaml(dir, "topics/07-hotline.yaml", (t) => {
        indicatorIn(t, "hotline-calls-connected").figures[0].qualifier = "exact";
      }),
    );
    expect(error.message).toMatch(/hotline-calls-connected, figure 1: field qualifier: content says "exact", but "8.4万余次" reads as "more-than \(余\)"/);
  });

  it("refuses a duplicate slug", async () => {
    const error = await refusedImport((dir) =>
      editYaml(dir, "topics/08-employment.yaml", (t) => {
        t.indicators[0].slug = "hotline-calls-connected";
      }),
    );
    expect(error.message).toMatch(/08-employment\.yaml: indicator hotline-calls-connected: field slug: duplicate indicator slug \(first used in .*07-hotline\.yaml/);
  });

  it("refuses an unknown source", async () => {
    const error = await refusedImport((dir) =>
      editYaml(dir, "topics/07-hotline.yaml", (t) => {
        indicatorIn(t, "hotline-calls-connected").figures[0].source = "some-other-paper";
      }),
    );
    expect(error.message).toMatch(/hotline-calls-connected, figure 1: field source: unknown source "some-other-paper"/);
  });

  it("refuses an unknown topic", async () => {
    const error = await refusedImport((dir) =>
      editYaml(dir, "topics/08-employment.yaml", (t) => {
        t.slug = "jobs";
      }),
    );
    expect(error.message).toMatch(/08-employment\.yaml: topic jobs: field slug: unknown topic/);
  });

  it("refuses a missing translation", async () => {
    const error = await refusedImport((dir) =>
      editYaml(dir, "topics/07-hotline.yaml", (t) => {
        indicatorIn(t, "hotline-calls-connected").name.en = "";
      }),
    );
    expect(error.message).toMatch(/07-hotline\.yaml: indicator hotline-calls-connected, field name\.en: English translation is missing/);
  });

  it("refuses a derived figure whose value its inputs do not give", async () => {
    const error = await refusedImport((dir) =>
      editYaml(dir, "topics/07-hotline.yaml", (t) => {
        const derived = t.indicators.find((i: any) => i.figures[0].derived?.op === "percent");
        derived.figures[0].value = 70;
      }),
    );
    expect(error.message).toMatch(/07-hotline\.yaml: indicator [a-z-]+, figure 1: field value: 70 but the inputs give 67.9/);
  });
});

describe("a write that fails midway", () => {
  it("rolls back and leaves the previous data", async () => {
    const content = loadContent(REAL_CONTENT);
    // Two topics claiming one indicator slug pass no validation: the database's unique key stops the write halfway.
    const broken = structuredClone(content);
    broken.topics[7].indicators.push(broken.topics[0].indicators[0]);
    await expect(writeContent(prisma, broken)).rejects.toThrow();
    expect(snapshotDatabase(file)).toBe(before);
  });
});
