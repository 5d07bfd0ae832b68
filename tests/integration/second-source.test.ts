import { copyFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importContent } from "@/lib/content/import";
import { copyContent, editYaml, indicatorIn } from "../fixtures/content-fixture";
import { createTestDatabase, refusedImportMessage, snapshotDatabase } from "../fixtures/test-database";

/**
 * The next report: a second source (tests/fixtures/second-source, invented) adds a 2025 figure to an
 * existing indicator and gives a 2024 figure that disagrees with the seed article. The import refuses
 * the silent conflict, then the silent change, and once content says which figure to show and records
 * the correction, the indicator is a series over two years with both sources, in the API, CSV and feed.
 */

const REAL_CONTENT = path.resolve(import.meta.dirname, "../../content");
const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/second-source");
const { file, prisma } = createTestDatabase();
// The portal's own reads (lib/db) go to the same test database.
process.env.DATABASE_URL = `file:${file}`;
let published: string;

beforeAll(async () => {
  await importContent(prisma, REAL_CONTENT);
  published = snapshotDatabase(file);
});
afterAll(() => prisma.$disconnect());

const BULLETIN = "hotline-bulletin-2025";
const figure2025 = { value: 91000, written: "9.1万余次", qualifier: "more-than", period: "2025", source: BULLETIN, quote: "2025年,12345热线语音接通9.1万余次。", checked: "2026-12-01", added: "2026-12-01" };
const figure2024 = { value: 85000, written: "8.5万次", qualifier: "exact", period: "2024", source: BULLETIN, quote: "经复核,2024年热线语音接通8.5万次。", checked: "2026-12-01", added: "2026-12-01" };

/**
 * content/ plus the bulletin, with its two figures added to the indicator as `edit` leaves them.
 * A flow adds up one period: with 2025 calls beside 2024 requests it would be refused
 * (lib/content/chart-periods.ts), so the content person pins it to 2024 (`pinFlow`) and gives
 * the calls a chart over time.
 */
function withBulletin(edit: (figures: Record<string, unknown>[]) => void = () => {}, { pinFlow = true } = {}): string {
  const dir = copyContent();
  for (const ext of ["yaml", "txt"]) copyFileSync(path.join(FIXTURE, `${BULLETIN}.${ext}`), path.join(dir, "sources", `${BULLETIN}.${ext}`));
  editYaml(dir, "topics/07-hotline.yaml", (topic) => {
    const indicator = indicatorIn(topic, "hotline-calls-connected");
    indicator.figures.push({ ...figure2024 }, { ...figure2025 });
    edit(indicator.figures);
    if (pinFlow) topic.charts.find((c: { slug: string }) => c.slug === "hotline-call-flow").period = "2024";
    topic.charts.push({ slug: "hotline-calls-over-time", kind: "time-series", title: { zh: "热线语音接通量", en: "Hotline calls connected" }, indicators: ["hotline-calls-connected"] });
  });
  return dir;
}

const refused = async (dir: string) => {
  expect(snapshotDatabase(file)).toBe(published);
  return refusedImportMessage(prisma, file, dir);
};

describe("a second source", () => {
  it("is refused while it disagrees with the first for 2024 and content does not say which to show", async () => {
    const message = await refused(withBulletin());
    expect(message).toContain(
      "topics/07-hotline.yaml: indicator hotline-calls-connected, figures 1 and 2: field preferred: the sources disagree for 2024 " +
        "(jiayuguan-2025 says 8.4万余次 (84000, more-than), hotline-bulletin-2025 says 8.5万次 (85000, exact))",
    );
  });

  it("is refused while a chart would add its new 2025 calls to 2024 requests, naming the fix", async () => {
    const resolved = (figures: Record<string, unknown>[]) =>
      Object.assign(figures[1], {
        preferred: "The bulletin's reviewed count",
        corrections: [{ date: "2026-12-01", old: 84000, new: 85000, reason: "The 2025 bulletin reviewed the 2024 count" }],
      });
    const message = await refused(withBulletin(resolved, { pinFlow: false }));
    expect(message).toContain(
      "topics/07-hotline.yaml: chart hotline-call-flow: field mixedPeriods: a flow adds or splits its figures, so they must cover one period, " +
        'but has hotline-calls-connected (2025), hotline-valid-requests (2024), hotline-direct-answers (2024), hotline-referred-requests (2024); pin one with "period"',
    );
  });

  it("is refused when the preferred figure changes the published one without a correction", async () => {
    const message = await refused(withBulletin((figures) => Object.assign(figures[1], { preferred: "The bulletin's reviewed count" })));
    expect(message).toContain("indicator hotline-calls-connected, figure 2: field value: the published figure changes from 84000 (more-than) to 85000 (exact)");
  });

  it("once resolved, makes the indicator a series over two years, with both sources", async () => {
    await importContent(
      prisma,
      withBulletin((figures) =>
        Object.assign(figures[1], {
          preferred: "The bulletin's reviewed count",
          corrections: [{ date: "2026-12-01", old: 84000, new: 85000, reason: "The 2025 bulletin reviewed the 2024 count" }],
        }),
      ),
    );
    const { getIndicator } = await import("@/lib/data/indicators");
    const indicator = (await getIndicator("hotline-calls-connected"))!;
    expect(indicator.figures.map((f) => [f.period, f.value, f.stated?.source.slug])).toEqual([
      ["2024", 85000, BULLETIN],
      ["2025", 91000, BULLETIN],
    ]);
    const [y2024] = indicator.figures;
    expect(y2024.preferredReason).toBe("The bulletin's reviewed count");
    expect(y2024.statements).toMatchObject([{ source: { slug: "jiayuguan-2025" }, value: 84000, written: "8.4万余次", agrees: false }]);
    expect(y2024.corrections).toMatchObject([{ oldValue: 84000, newValue: 85000 }]);

    // Its chart is now a series over time: one point per year, each the figure shown for that year.
    const [{ getChart }, { toSeries }] = await Promise.all([import("@/lib/charts/catalog"), import("@/lib/charts/to-series")]);
    const chart = (await getChart("hotline-calls-over-time"))!;
    const series = toSeries(chart.spec, chart.indicators);
    expect(series.kind).toBe("time-series");
    expect(series.points.map((p) => [p.period, p.value])).toEqual([["2024", 85000], ["2025", 91000]]);
    // The flow pinned to 2024 still starts from the 2024 calls, now the corrected figure.
    const flow = (await getChart("hotline-call-flow"))!;
    expect(toSeries(flow.spec, flow.indicators).points.map((p) => [p.indicatorSlug, p.period, p.value])).toEqual([
      ["hotline-calls-connected", "2024", 85000],
      ["hotline-valid-requests", "2024", 81000],
      ["hotline-direct-answers", "2024", 55000],
      ["hotline-referred-requests", "2024", 26000],
    ]);

    const { getCitationContextFor, getCitationContext } = await import("@/lib/data/citation-context");
    const { presentIndicatorDetail } = await import("@/lib/api/present");
    const detail = presentIndicatorDetail(indicator, await getCitationContextFor([indicator], "2026-12-02"));
    expect(detail.figures.map((f) => f.period)).toEqual(["2024", "2025"]);
    expect(detail.figures[0].statements).toMatchObject([{ source: "jiayuguan-2025", agrees: false }]);
    expect(detail.sources.map((s) => s.slug)).toEqual([BULLETIN]);

    const { indicatorCsv } = await import("@/lib/downloads/files");
    const csv = (await indicatorCsv("hotline-calls-connected"))!.body;
    expect(csv).toContain("hotline-calls-connected,hotline,热线语音接通量,Hotline calls connected,85000,call,exact,2024,8.5万次");
    expect(csv).toContain("hotline-calls-connected,hotline,热线语音接通量,Hotline calls connected,91000,call,more-than,2025,9.1万余次");

    const { buildAtomFeed } = await import("@/lib/feed");
    const context = await getCitationContext("2026-12-02");
    const feed = buildAtomFeed(context.indicators, context.city, "en", {
      site: "https://example.org/en/updates",
      feed: "https://example.org/en/feed.xml",
      page: (slug) => `https://example.org/en/indicators/${slug}`,
      source: (slug) => `https://example.org/en/sources/${slug}`,
    });
    expect(feed).toContain("New source: “Annual 12345 hotline bulletin”, 2 figures added");
    expect(feed).toContain("Corrected (2026-12-01, 2024): 84,000 calls → 85,000 calls: The 2025 bulletin reviewed the 2024 count");
  });
});
