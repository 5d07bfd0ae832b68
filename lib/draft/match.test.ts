import { describe, expect, it } from "vitest";
import { matchIndicator, wordingScore, type ExistingIndicator } from "./match";

const indicators: ExistingIndicator[] = [
  {
    slug: "hotline-calls-connected", unit: "call", wording: "热线语音接通量", file: "content/topics/07-hotline.yaml",
    figures: [{ quote: "2024年,示例市12345政务服务便民热线语音接通8.4万余次,接通率达100%。", written: "8.4万余次", period: "2024", source: "s" }],
  },
  { slug: "hotline-connection-rate", unit: "percent", wording: "热线接通率", file: "t.yaml", figures: [] },
  { slug: "hotline-on-time-completion-rate", unit: "percent", wording: "按时办结率", file: "t.yaml", figures: [{ quote: "q", written: "99.33%", period: "2024", source: "s" }] },
  { slug: "culture-branch-libraries", unit: "library", wording: "图书馆分馆", file: "t.yaml", figures: [] },
  { slug: "culture-alliance-libraries", unit: "library", wording: "图书馆联盟馆", file: "t.yaml", figures: [] },
];

/** A drafted figure; its sentence is its clause unless the case gives one. */
const figure = (over: Partial<Parameters<typeof matchIndicator>[0]>) => ({
  written: "", label: "", unit: "percent", newUnit: false, unitOptions: [], period: "2025", ...over, quote: over.quote ?? `${over.label ?? ""}。`,
});

describe("matchIndicator", () => {
  it.each([
    ["the same sentence and number is the figure already in content", figure({ quote: indicators[0].figures[0].quote, written: "8.4万余次", label: "语音接通", unit: "次", newUnit: true, unitOptions: ["call"], period: "2024" }), "hotline-calls-connected", "same-figure"],
    ["next year's sentence extends the series", figure({ quote: "2025年,热线语音接通9.1万余次。", written: "9.1万余次", label: "示例市12345政务服务便民热线语音接通", unit: "次", newUnit: true, unitOptions: ["call"] }), "hotline-calls-connected", "series"],
    ["the same wording in percent", figure({ label: "按时办结率", written: "99.5%" }), "hotline-on-time-completion-rate", "series"],
    ["a name split over the sentence (热线 … 接通率)", figure({ label: "接通率", written: "100%", quote: "2025年,热线语音接通9.2万余次,接通率达100%。" }), "hotline-connection-rate", "series"],
    ["a count word picks among the units it may mean by wording", figure({ label: "新设立图书馆联盟馆", unit: "个", newUnit: true, unitOptions: ["library", "venue"] }), "culture-alliance-libraries", "series"],
  ])("%s", (_, f, slug, how) => {
    expect(matchIndicator(f, indicators)).toMatchObject({ slug, how });
  });

  it.each([
    ["a close-sounding but different rate (办结率 is not 按时办结率)", figure({ label: "办结率", written: "98.5%", quote: "全年受理诉求9.6万余件,办结率98.5%。" })],
    ["a change is never a level", figure({ label: "按时办结率同比提高", written: "1.2%", change: "increase" })],
    ["another unit", figure({ label: "热线语音接通", unit: "yuan" })],
    ["nothing alike", figure({ label: "新建口袋公园" })],
  ])("no match: %s", (_, f) => {
    expect(matchIndicator(f, indicators)).toBeNull();
  });

  it("says when the indicator already has a figure for the period", () => {
    const m = matchIndicator(figure({ label: "按时办结率", written: "99.5%", period: "2024" }), indicators);
    expect(m).toMatchObject({ slug: "hotline-on-time-completion-rate", how: "series", periodTaken: true });
  });
});

describe("wordingScore", () => {
  it("is 1 for the same words and 0 for none shared", () => {
    expect(wordingScore("图书馆分馆", "图书馆分馆")).toBe(1);
    expect(wordingScore("口袋公园", "图书馆分馆")).toBe(0);
  });
});
