import { describe, expect, it } from "vitest";
import { WEIGHT, buildSearchIndex, correctHomophones, listed, parseQuery, scoreDocuments, segment, byRelevance, type IndexInput } from "./engine";

const items: IndexInput["items"] = [
  {
    kind: "indicator",
    ref: "pension",
    fields: [
      { text: "企业退休人员养老金连续调整次数", weight: WEIGHT.name, locale: "zh" },
      { text: "Consecutive pension increases", weight: WEIGHT.name, locale: "en" },
      { text: "退休金 / 养老金上调", weight: WEIGHT.vocabulary, locale: "zh" },
    ],
  },
  {
    kind: "indicator",
    ref: "adaptation",
    fields: [
      { text: "适老化改造补贴资金", weight: WEIGHT.name, locale: "zh" },
      { text: "Age-friendly home adaptation subsidies", weight: WEIGHT.name, locale: "en" },
      { text: "834万元 8340000", weight: WEIGHT.value, locale: "zh" },
    ],
  },
  {
    kind: "indicator",
    ref: "libraries",
    fields: [
      { text: "图书馆分馆", weight: WEIGHT.name, locale: "zh" },
      { text: "Branch libraries", weight: WEIGHT.name, locale: "en" },
      { text: "全市建成图书馆分馆16个,满意率97.02%", weight: WEIGHT.sentence, locale: "zh" },
    ],
  },
  {
    kind: "indicator",
    ref: "kindergartens",
    fields: [
      { text: "新增幼儿园学位", weight: WEIGHT.name, locale: "zh" },
      { text: "New kindergarten places", weight: WEIGHT.name, locale: "en" },
      { text: "图书馆", weight: WEIGHT.description, locale: "zh" },
    ],
  },
];
const index = buildSearchIndex({ items, synonyms: [["退休工资", "养老金"]] });
const top = (q: string, locale: "zh" | "en" = "zh") =>
  listed(scoreDocuments(index.documents, [], parseQuery(index, q).groups, locale).sort(byRelevance)).map((s) => s.doc.ref);

describe("what a query means", () => {
  it.each([
    ["the name's words in another order and with words left out", "养老金调整", "pension"],
    ["a synonym from content/synonyms.yaml", "退休工资", "pension"],
    ["traditional characters", "圖書館分館", "libraries"],
    ["a homophone slip (化 typed as 话)", "适老话改造", "adaptation"],
    ["a homophone slip (馆 typed as 官)", "图书官", "libraries"],
    ["pinyin typed with the input method off", "yanglaojin", "pension"],
    ["an English typo", "kindergarden", "kindergartens"],
    ["an English plural and case", "LIBRARY", "libraries"],
    ["a number as printed, with a percent sign", "97.02%", "libraries"],
    ["a number with a thousands separator", "8,340,000", "adaptation"],
    ["full-width digits", "８３４", "adaptation"],
  ])("%s: %s finds %s first", (_, q, ref) => {
    expect(top(q)[0]).toBe(ref);
  });

  it("weighs a name above a description: 图书馆 finds the libraries before the kindergartens that mention it", () => {
    expect(top("图书馆")).toEqual(["libraries", "kindergartens"]);
  });

  it("does not find a number inside another number", () => {
    expect(top("340")).toEqual([]);
    expect(top("97")).toEqual([]);
  });

  it("keeps words content uses as typed, and corrects only a stretch it never uses", () => {
    expect(correctHomophones(index, "图书馆")).toBe("图书馆");
    expect(correctHomophones(index, "适老话改造")).toBe("适老化改造");
  });

  it("cuts a query into the words content knows, dropping filler words", () => {
    expect(segment(index, "退休工资")).toEqual(["退休工资"]);
    expect(parseQuery(index, "养老金的调整吗").groups.map((g) => g.word)).toEqual(["养老金", "调整"]);
    expect(parseQuery(index, "how many libraries").groups.map((g) => g.word)).toEqual(["libraries"]);
  });

  it("finds nothing for text that means nothing", () => {
    expect(parseQuery(index, "\u0000\u200b").groups).toEqual([]);
    expect(top("xyzzy")).toEqual([]);
  });
});
