import { describe, expect, it } from "vitest";
import { allCitations, citationAroundAccessDate, citationInput, CITATION_STYLES, formatCitation, sourcesOfFigure, type CitationInput } from "./citation";
import { todayInChina, withAccessDate } from "./dates";
import { buildFigure, buildIndicator, buildSource, UNITS } from "@/tests/fixtures/builders";

const portalName = { zh: "嘉峪关民生指标", en: "Jiayuguan Livelihood Indicators" };
const cityName = { zh: "嘉峪关市", en: "Jiayuguan" };
const url = "https://example.org/indicators/hotline-on-time-completion-rate";

const input = (over: Partial<CitationInput> = {}): CitationInput => {
  const indicator = buildIndicator();
  return { source: buildSource(), portalName, cityName, indicator, figure: indicator.figures[0], url, accessed: "2026-12-01", ...over };
};

describe("GB/T 7714-2015", () => {
  it("names the authors, title, unknown publisher and date, the figure, access date and URL", () => {
    expect(formatCitation(input(), "gbt", "zh")).toBe(
      "于晓明, 白艳华, 朱玲. 雄关大地幸福成色足——嘉峪关市全面打造民生幸福典范城市[N]. [出版者不详], [日期不详]. " +
        "转引自: 嘉峪关民生指标. 按时办结率（2024年）：99.33%[EB/OL]. [2026-12-01]. " +
        "https://example.org/indicators/hotline-on-time-completion-rate.",
    );
  });

  it("in English keeps the original title, adds the translation and says the publisher is unknown", () => {
    const text = formatCitation(input({ url: "https://example.org/en/indicators/x" }), "gbt", "en");
    expect(text).toContain("雄关大地幸福成色足——嘉峪关市全面打造民生幸福典范城市 [Happiness shines bright");
    expect(text).toContain("[S.l.]: [s.n.], [n.d.]");
    expect(text).toContain("On-time completion rate (2024): 99.33%[EB/OL]. [2026-12-01]. https://example.org/en/indicators/x.");
  });

  it("uses the publisher and date when the source gives them", () => {
    const source = buildSource({ publisher: "嘉峪关日报", published: "2025-02-10" });
    const text = formatCitation(input({ source }), "gbt", "zh");
    expect(text).toContain("[N]. 嘉峪关日报, 2025-02-10.");
    expect(text).not.toContain("不详");
  });

  it("writes a count with its qualifier as the source does", () => {
    const figure = buildFigure({ value: 84000, qualifier: "more-than", written: "8.4万余次" });
    const indicator = buildIndicator({ name: { zh: "热线语音接通量", en: "Hotline calls connected" }, unit: UNITS.call });
    expect(formatCitation(input({ indicator, figure }), "gbt", "zh")).toContain("热线语音接通量（2024年）：8.4万余次[EB/OL]");
    expect(formatCitation(input({ indicator, figure }), "gbt", "en")).toContain("Hotline calls connected (2024): more than 84,000 calls");
  });

  it.each([
    ["about", "约3000次", "about 3,000 calls"],
    ["nearly", "近3000次", "nearly 3,000 calls"],
    ["more-than", "3000余次", "more than 3,000 calls"],
    ["at-least", "3000次以上", "at least 3,000 calls"],
    ["less-than", "不足3000次", "less than 3,000 calls"],
    ["at-most", "不超过3000次", "at most 3,000 calls"],
  ] as const)("names the qualifier %s in both languages", (qualifier, written, en) => {
    const figure = buildFigure({ value: 3000, qualifier, written });
    const indicator = buildIndicator({ name: { zh: "热线语音接通量", en: "Hotline calls connected" }, unit: UNITS.call });
    expect(formatCitation(input({ indicator, figure }), "gbt", "zh")).toContain(`热线语音接通量（2024年）：${written.replace("3000", "3,000")}[EB/OL]`);
    expect(formatCitation(input({ indicator, figure }), "gbt", "en")).toContain(`Hotline calls connected (2024): ${en}[EB/OL]`);
  });
});

describe("APA", () => {
  it("romanises Chinese authors in English (Yu, X.), uses n.d. for the unknown date, an ampersand before the last author and no stray full stop", () => {
    expect(formatCitation(input(), "apa", "en")).toBe(
      "Yu, X., Bai, Y., & Zhu, L. (n.d.). 雄关大地幸福成色足——嘉峪关市全面打造民生幸福典范城市 " +
        "[Happiness shines bright across the land of Xiongguan: Jiayuguan builds a model city of people's wellbeing]. " +
        'Cited in Jiayuguan Livelihood Indicators, "On-time completion rate (2024): 99.33%". ' +
        "Retrieved December 1, 2026, from https://example.org/indicators/hotline-on-time-completion-rate",
    );
  });

  it("in Chinese gives the retrieval date in Chinese", () => {
    const text = formatCitation(input(), "apa", "zh");
    expect(text).toContain("（n.d.）");
    expect(text).toContain("检索于2026年12月1日");
  });

  it("uses the year when the source is dated", () => {
    const text = formatCitation(input({ source: buildSource({ published: "2025-02-10" }) }), "apa", "en");
    expect(text).toContain("(2025).");
  });

  it("marks a period the source does not state", () => {
    const figure = buildFigure({ period: "unknown" });
    expect(formatCitation(input({ figure }), "apa", "en")).toContain("On-time completion rate (year not stated)");
  });
});

describe("worked examples: every style in both languages, character for character", () => {
  const title = "雄关大地幸福成色足——嘉峪关市全面打造民生幸福典范城市";
  const titleEn = "Happiness shines bright across the land of Xiongguan: Jiayuguan builds a model city of people's wellbeing";
  const u = "https://example.org/x";
  const expected: Record<string, string> = {
    "gbt/zh": `于晓明, 白艳华, 朱玲. ${title}[N]. [出版者不详], [日期不详]. 转引自: 嘉峪关民生指标. 按时办结率（2024年）：99.33%[EB/OL]. [2026-12-01]. ${u}.`,
    "gbt/en": `于晓明, 白艳华, 朱玲. ${title} [${titleEn}][N]. [S.l.]: [s.n.], [n.d.]. Cited in: Jiayuguan Livelihood Indicators. On-time completion rate (2024): 99.33%[EB/OL]. [2026-12-01]. ${u}.`,
    "apa/zh": `于晓明, 白艳华, & 朱玲.（n.d.）. ${title}. 转引自嘉峪关民生指标，“按时办结率（2024年）：99.33%”. 检索于2026年12月1日，${u}`,
    "apa/en": `Yu, X., Bai, Y., & Zhu, L. (n.d.). ${title} [${titleEn}]. Cited in Jiayuguan Livelihood Indicators, "On-time completion rate (2024): 99.33%". Retrieved December 1, 2026, from ${u}`,
    "attribution/zh": `据《${title}》（于晓明、白艳华、朱玲；出版者不详，日期不详）报道，嘉峪关市2024年按时办结率为99.33%。来源：嘉峪关民生指标 ${u}（访问日期：2026年12月1日）`,
    "attribution/en": `On-time completion rate, Jiayuguan, in 2024: 99.33%, according to "${title}" (${titleEn}) by Yu Xiaoming, Bai Yanhua and Zhu Ling (publisher not known, date not known). Via Jiayuguan Livelihood Indicators, ${u} (accessed 1 December 2026).`,
  };
  for (const style of CITATION_STYLES) {
    for (const locale of ["zh", "en"] as const) {
      it(`${style} in ${locale}`, () => {
        expect(formatCitation(input({ url: u }), style, locale)).toBe(expected[`${style}/${locale}`]);
      });
    }
  }

  it("APA in English with one author, a dated source and a report: Yu, X. (2025). … [Statistical bulletin]. Publisher.", () => {
    const source = buildSource({ authors: ["欧阳明"], published: "2025-02-10", publisher: "嘉峪关日报", type: "statistical-bulletin" });
    expect(formatCitation(input({ source, url: u }), "apa", "en")).toMatch(/^Ouyang, M\. \(2025\)\. .+ \[Statistical bulletin\]\. 嘉峪关日报\. Cited in/);
  });

  it("APA keeps an organisation as its author, as printed, with one full stop", () => {
    const source = buildSource({ authors: ["嘉峪关市统计局"], type: "statistical-bulletin" });
    expect(formatCitation(input({ source, url: u }), "apa", "en")).toMatch(/^嘉峪关市统计局\. \(n\.d\.\)\. /);
  });
});

describe("attribution", () => {
  it("reads 据《…》报道 in Chinese and names the figure, URL and access date", () => {
    const text = formatCitation(input(), "attribution", "zh");
    expect(text.startsWith("据《雄关大地幸福成色足——嘉峪关市全面打造民生幸福典范城市》（于晓明、白艳华、朱玲；出版者不详，日期不详）报道，")).toBe(true);
    expect(text).toContain("2024年按时办结率为99.33%");
    expect(text).toContain(url);
    expect(text).toContain("访问日期：2026年12月1日");
  });

  it("says a derived figure was computed, not reported", () => {
    const figure = buildFigure({ stated: null, derived: { op: "percent", inputs: ["a", "b"], decimals: 1 }, qualifier: "about", value: 67.9 });
    expect(formatCitation(input({ figure }), "attribution", "zh")).toContain("数据计算");
    expect(formatCitation(input({ figure }), "attribution", "en")).toContain("about 67.9%, computed from figures reported in");
  });

  it("is one line in every style and language", () => {
    for (const texts of Object.values(allCitations(input()))) {
      expect(texts.zh).not.toMatch(/\n/);
      expect(texts.en).not.toMatch(/\n/);
    }
  });
});

it("dates access in China's time zone", () => {
  expect(todayInChina(new Date("2026-11-30T20:00:00Z"))).toBe("2026-12-01");
});

describe("the citation split around its access date (what the copy button gets)", () => {
  it("rebuilds every style and language exactly as formatCitation does, for any access date", () => {
    const { accessed: _drop, ...rest } = input({ source: buildSource({ publisher: "嘉峪关日报", published: "2025-02-10" }) });
    for (const style of CITATION_STYLES) {
      for (const locale of ["zh", "en"] as const) {
        const split = citationAroundAccessDate(rest, style, locale);
        for (const day of ["2026-12-01", "2027-01-09"]) {
          expect(withAccessDate(split, day)).toBe(formatCitation({ ...rest, accessed: day }, style, locale));
        }
      }
    }
  });

  it("writes the day in the style's own form", () => {
    const { accessed: _drop, ...rest } = input();
    expect(citationAroundAccessDate(rest, "gbt", "en").form).toBe("iso");
    expect(citationAroundAccessDate(rest, "apa", "en").form).toBe("en-US");
    expect(citationAroundAccessDate(rest, "attribution", "en").form).toBe("en-GB");
    expect(citationAroundAccessDate(rest, "attribution", "zh").form).toBe("zh");
  });
});

describe("citations follow the source's type", () => {
  it("marks a report [R], a web page [EB/OL], and an online newspaper article [N/OL] with its address", () => {
    const cite = (over: Parameters<typeof buildSource>[0]) => formatCitation(input({ source: buildSource(over) }), "gbt", "zh");
    expect(cite({ type: "government-report" })).toContain("[R]. [出版者不详]");
    expect(cite({ type: "web-page", url: "https://example.gov.cn/a" })).toContain("[EB/OL]. [出版者不详], [日期不详]. https://example.gov.cn/a");
    expect(cite({ type: "newspaper-article", url: "https://news.example/a" })).toContain("[N/OL]");
    expect(formatCitation(input({ source: buildSource({ type: "press-release" }) }), "apa", "en")).toContain("[Press release]");
  });
});

describe("a derived figure", () => {
  it("cites every source of its inputs, each once", () => {
    const bulletin = buildSource({ slug: "bulletin", type: "statistical-bulletin", title: { zh: "统计公报", en: "Statistical bulletin" }, authors: ["统计局"] });
    const a = buildIndicator({ slug: "a", figures: [buildFigure({ indicatorSlug: "a" })] });
    const b = buildIndicator({ slug: "b", figures: [buildFigure({ indicatorSlug: "b", stated: { ...buildFigure().stated!, source: bulletin } })] });
    const c = buildIndicator({ slug: "c", figures: [buildFigure({ indicatorSlug: "c" })] });
    const derived = buildFigure({ stated: null, derived: { op: "sum", inputs: ["a", "b", "c"], decimals: 0 } });
    const all = new Map([a, b, c].map((i) => [i.slug, i]));
    expect(sourcesOfFigure(derived, all).map((s) => s.slug)).toEqual(["jiayuguan-2025", "bulletin"]);
    const cited = citationInput(buildIndicator({ figures: [derived] }), derived, { all, portalName, cityName, url, accessed: "2026-12-01" })!;
    const gbt = formatCitation(cited, "gbt", "zh");
    expect(gbt).toContain("[N]. [出版者不详], [日期不详]; 统计局. 统计公报[R].");
    expect(formatCitation(cited, "attribution", "en")).toContain('computed from figures reported in "雄关大地幸福成色足');
    expect(formatCitation(cited, "attribution", "en")).toContain('and "统计公报" (Statistical bulletin) by 统计局');
  });
});
