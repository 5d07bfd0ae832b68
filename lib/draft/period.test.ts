import { describe, expect, it } from "vitest";
import { draftFigures } from "./draft";

const units = {
  yuan: { kind: "currency" as const, zh: "元", en: ["yuan", "yuan"] as [string, string] },
  percent: { kind: "percent" as const, zh: "%", en: ["%", "%"] as [string, string] },
};

/** A text in, each figure's written form and period out. */
const periods = (text: string, sourceDate: string | null = null) =>
  draftFigures(text, { units, indicators: [], sourceDate }).candidates.map((c) => [c.written, c.period]);

describe("period of a figure", () => {
  it.each([
    ["a year in the sentence", "正文。\n\n2024年累计发放低保金1050.19万元。", null, [["1050.19万元", "2024"]]],
    ["the nearest year before the number", "正文。\n\n2022年为2.9人,2023年为3.1人,2024年达到3.3人。", null, [["2.9人", "2022"], ["3.1人", "2023"], ["3.3人", "2024"]]],
    ["以来 … 到 makes a range for the whole stretch", "正文。\n\n2019年以来,累计投入1.5亿元,新建六所幼儿园,到2024年新增学位3217个。", null, [["1.5亿元", "2019-2024"], ["六所", "2019-2024"], ["3217个", "2019-2024"]]],
    ["a written range", "正文。\n\n2019—2024年,累计投入18.7亿元。", null, [["18.7亿元", "2019-2024"]]],
    ["以来 alone runs to the source's date", "正文。\n\n2021年以来,累计投入8亿元。", "2025-03-01", [["8亿元", "2021-2025"]]],
    ["以来 alone without a source date is unknown", "正文。\n\n2021年以来,累计投入8亿元。", null, [["8亿元", "unknown"]]],
    ["截至目前 is the source's date", "正文。\n\n截至目前,共有团队186支。", "2025-03-01", [["186支", "2025"]]],
    ["截至目前 without a source date is unknown", "正文。\n\n截至目前,共有团队186支。", null, [["186支", "unknown"]]],
    ["去年 is the year before the source's", "正文。\n\n去年,新增医师320名。", "2025-03-01", [["320名", "2024"]]],
    ["a comparison year is not the period", "正文。\n\n2024年寿命达到78.6岁,比2019年提高1.2岁。", null, [["78.6岁", "2024"], ["1.2岁", "2024"]]],
    ["近3年 names no year", "正文。\n\n近3年,共培训2.1万人次。", "2025-03-01", [["2.1万人次", "unknown"]]],
    ["a continuing sentence (共…) takes the previous one's year", "正文。\n\n2024年,热线接通8.4万余次。共受理诉求8.1万余件。", null, [["8.4万余次", "2024"], ["8.1万余件", "2024"]]],
    ["a new sentence does not", "正文。\n\n2024年拨付资金220.9万元。分两批争取资金834万元。", null, [["220.9万元", "2024"], ["两批", "unknown"], ["834万元", "unknown"]]],
    ["a clause after a semicolon goes on", "正文。\n\n2024年诊疗人次达到512.6万人次;住院人数下降2.1%。", null, [["512.6万人次", "2024"], ["2.1%", "2024"]]],
    ["a year in the title is the whole text's", "示例市2024年民生实事完成情况\n\n全年受理诉求9.6万余件。", null, [["9.6万余件", "2024"]]],
    ["a lead opening with 今年以来 sets the year from the source's date", "今年以来,城市更新加快。\n\n全市新建口袋公园17座。", "2024-12-28", [["17座", "2024"]]],
    ["a lead opening otherwise sets nothing", "作为全国文明城市,连续两年获评。\n\n全市现有机构4家。", null, [["两年", "unknown"], ["4家", "unknown"]]],
    ["a dateline gives the source's date", "2024-06-30 15:20 来源:示例\n\n截至6月底,接听来电4.6万个。", null, [["4.6万个", "2024"]]],
    ["a section heading with a year frames its paragraphs, over the title", "示例市2025年政府工作报告\n\n一、2024年工作回顾\n\n新增就业1.2万人。\n\n二、2025年主要目标\n\n新增就业1.1万人以上。", null, [["1.2万人", "2024"], ["1.1万人以上", "2025"]]],
    ["过去一年 is the year before the source's", "示例\n\n2025年1月8日\n\n过去一年,地区生产总值增长5.8%。", null, [["5.8%", "2024"]]],
    ["nothing said is unknown", "正文。\n\n全市现有医养结合机构4家。", null, [["4家", "unknown"]]],
  ])("%s", (_, text, sourceDate, expected) => {
    expect(periods(text, sourceDate)).toEqual(expected);
  });
});
