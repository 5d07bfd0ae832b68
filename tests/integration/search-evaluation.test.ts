import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importContent } from "@/lib/content/import";
import { EVALUATION_QUERIES } from "../fixtures/search-evaluation";
import { createTestDatabase } from "../fixtures/test-database";

const { file, prisma } = createTestDatabase();
process.env.DATABASE_URL = `file:${file}`;
// Loaded after DATABASE_URL is set: lib/db opens its database when first imported.
const { search } = await import("@/lib/data/search");

beforeAll(() => importContent(prisma, "content"));
afterAll(() => prisma.$disconnect());

describe("search evaluation: everyday queries find the indicator a reader means", () => {
  it("has at least 60 queries of every kind", () => {
    expect(EVALUATION_QUERIES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(EVALUATION_QUERIES.map((e) => e.kind)).size).toBe(9);
  });

  it("puts a wanted indicator among the first three results for at least 90% of them, through what the page and API call", async () => {
    const missed: string[] = [];
    const byKind = new Map<string, { found: number; all: number }>();
    for (const { q, lang, want, kind } of EVALUATION_QUERIES) {
      const { results } = await search(q, lang, 3);
      const top = results.slice(0, 3).map((r) => r.ref);
      const found = top.some((ref) => want.includes(ref));
      const tally = byKind.get(kind) ?? { found: 0, all: 0 };
      byKind.set(kind, { found: tally.found + (found ? 1 : 0), all: tally.all + 1 });
      if (!found) missed.push(`${q} → ${top.join(", ") || "nothing"}`);
    }
    const share = 1 - missed.length / EVALUATION_QUERIES.length;
    console.log(
      [
        `search evaluation: ${EVALUATION_QUERIES.length - missed.length}/${EVALUATION_QUERIES.length} (${(share * 100).toFixed(1)}%) with a wanted indicator in the top 3`,
        ...[...byKind].map(([kind, t]) => `  ${kind}: ${t.found}/${t.all}`),
        ...missed.map((m) => `  missed: ${m}`),
      ].join("\n"),
    );
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it("counts a sentence's own words, never the title of its article", async () => {
    const { results, total } = await search("民生", "zh", 50);
    const sentences = results.filter((r) => r.kind === "sentence");
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) {
      expect(s.snippet).toContain("民生");
      // Each links to its own place in the source.
      expect(s.path).toMatch(/^\/sources\/[a-z0-9-]+#s-\d+$/);
    }
    expect(total).toBeLessThan(30);
    // Names weigh most: the indicators named 民生 lead.
    expect(results[0]).toMatchObject({ kind: "indicator", ref: "overview-livelihood-spending-share" });
  });

  it("offers the nearest indicators when nothing matches", async () => {
    const outcome = await search("<script>alert(1)</script>", "en");
    expect(outcome.total).toBe(0);
    expect(outcome.nearest.length).toBeGreaterThan(0);
    const typo = await search("hotlne satisfacion", "en");
    expect(typo.results[0]?.ref).toBe("hotline-satisfaction-rate");
  });
});
