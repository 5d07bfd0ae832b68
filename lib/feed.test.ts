import { describe, expect, it } from "vitest";
import type { City } from "./domain/types";
import { buildAtomFeed, FEED_ENTRIES, FEED_NAMES_PER_SOURCE } from "./feed";
import { buildFigure, buildIndicator } from "@/tests/fixtures/builders";

const city: City = {
  slug: "test-city",
  name: { zh: "测试市", en: "Test City" },
  province: { zh: "测试省", en: "Test Province" },
  portalName: { zh: "测试民生指标", en: "Test Livelihood Indicators" },
  tagline: { zh: "x", en: "x" },
  contact: "data@example.org",
  operator: { zh: "测试项目组", en: "The test project" },
  icp: null,
  licence: { name: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
};
const urls = {
  site: "https://example.org/updates",
  feed: "https://example.org/feed.xml",
  page: (slug: string) => `https://example.org/indicators/${slug}`,
  source: (slug: string) => `https://example.org/sources/${slug}`,
};

/** `count` indicators, the n-th added on day n of a year (so the order is known), all from one source. */
const indicators = (count: number) =>
  Array.from({ length: count }, (_, n) => {
    const added = new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);
    return buildIndicator({ slug: `figure-${n}`, name: { zh: `数据${n}`, en: `Figure ${n}` }, figures: [buildFigure({ added, checked: added })] });
  });

const entryLinks = (xml: string) => [...xml.matchAll(/<entry>[\s\S]*?<link href="([^"]+)"/g)].map((m) => m[1]);

describe("the Atom feed", () => {
  it("carries only its latest entries, newest first, however many figures there are", () => {
    const xml = buildAtomFeed(indicators(FEED_ENTRIES + 300), city, "en", urls);
    const links = entryLinks(xml);
    expect(links).toHaveLength(FEED_ENTRIES);
    expect(links[0]).toBe(`https://example.org/indicators/figure-${FEED_ENTRIES + 299}`);
    expect(links).not.toContain("https://example.org/indicators/figure-0");
  });

  it("lists every figure when they fit, with the source's entry", () => {
    const links = entryLinks(buildAtomFeed(indicators(5), city, "en", urls));
    expect(links).toHaveLength(6);
    expect(links.filter((l) => l.includes("/sources/"))).toEqual(["https://example.org/sources/jiayuguan-2025"]);
  });

  it("names a source's first figures and says how many more it brought", () => {
    const count = FEED_NAMES_PER_SOURCE + 12;
    const en = buildAtomFeed(indicators(count), city, "en", urls);
    expect(en).toContain(`${count} figures added`);
    expect(en).toContain(`Figure ${FEED_NAMES_PER_SOURCE - 1}; and 12 more`);
    expect(en).not.toContain(`Figure ${FEED_NAMES_PER_SOURCE}; `);
    expect(buildAtomFeed(indicators(count), city, "zh", urls)).toContain(`等${count}个数据`);
  });
});
