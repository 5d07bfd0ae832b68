import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Any city, any source: the portal's code and UI strings name no city, article or source fact, and a
 * tiny invented second city (tests/fixtures/second-city) imports and comes out of the citations, the
 * CSV, the JSON and the data package without a word of the first.
 */

const root = path.resolve(import.meta.dirname, "../..");
const FIRST_CITY = /嘉峪关|Jiayuguan|雄关|于晓明/;
const work = mkdtempSync(path.join(tmpdir(), "second-city-"));
const dbFile = path.join(work, "portal.db");
let disconnect: () => Promise<void> = async () => {};

beforeAll(async () => {
  copyFileSync(path.join(root, "data/portal.db"), dbFile); // already migrated; the import replaces its rows
  process.env.DATABASE_URL = `file:${dbFile}`;
  const [{ importContent }, { prisma }] = await Promise.all([import("@/lib/content/import"), import("@/lib/db")]);
  await importContent(prisma, path.join(root, "tests/fixtures/second-city"));
  disconnect = () => prisma.$disconnect();
}, 60_000);

afterAll(() => disconnect());

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name.endsWith(".test.ts")) return [];
    return statSync(full).isDirectory() ? filesUnder(full) : /\.(tsx?|json)$/.test(name) ? [full] : [];
  });
}

describe("a second city", () => {
  it("code and UI strings name no city or source", () => {
    const offenders = ["app", "components", "lib"].flatMap((d) => filesUnder(path.join(root, d))).filter((f) => FIRST_CITY.test(readFileSync(f, "utf8")));
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });

  it("cites its own city, source, publisher and date", async () => {
    const { getCitationContext } = await import("@/lib/data/citation-context");
    const context = await getCitationContext("2031-03-01");
    const parks = context.all.get("parks-pocket-parks-built")!;
    const cited = context.cite(parks)!;
    expect(cited.attribution.zh).toContain("样例市2030年新建口袋公园为12个");
    expect(cited.attribution.en).toContain("Pocket parks built, Sampleton, in 2030: 12 parks");
    // A statistical bulletin is a report: [R], not the newspaper article's [N].
    expect(cited.gbt.zh).toContain("样例市园林局. 样例市公园建设公报[R]. 样例市园林局, 2031-01-15");
    expect(cited.apa.en).toContain("[Statistical bulletin]");
    for (const text of [...Object.values(cited.gbt), ...Object.values(cited.apa), ...Object.values(cited.attribution)]) {
      expect(text).not.toMatch(FIRST_CITY);
    }
  });

  it("exports CSV, JSON and a data package named after it, with nothing of the first city", async () => {
    const { allIndicatorsCsv, allIndicatorsJson, dataPackage } = await import("@/lib/downloads/files");
    const csv = await allIndicatorsCsv();
    expect(csv.filename).toBe("sampleton-indicators.csv");
    expect(csv.body).toContain("parks-pocket-parks-built,parks,新建口袋公园,Pocket parks built,12,park,exact,2030,12个");
    const json = await allIndicatorsJson();
    const pkg = JSON.stringify(await dataPackage());
    expect(pkg).toContain("Livelihood figures for Sampleton (样例市)");
    for (const text of [csv.body, json.body, pkg]) expect(text).not.toMatch(FIRST_CITY);
  });
});
