import { describe, expect, it } from "vitest";
import { splitParagraphs, splitSentences } from "./sentences";

describe("splitSentences", () => {
  it.each([
    ["ends at 。 and keeps the mark", "共受理8.1万余件。群众满意率达97.02%。", ["共受理8.1万余件。", "群众满意率达97.02%。"]],
    ["a semicolon ends a sentence, as content quotes the lead", "连续两年获评“最具幸福感城市”;2024年居全省第一;……", ["连续两年获评“最具幸福感城市”;", "2024年居全省第一;", "……"]],
    [
      "direct speech loses its outer marks, one sentence at a time",
      "“全市均已通过复核。我市打造‘15分钟健康服务圈’。”负责人说。",
      ["全市均已通过复核。", "我市打造‘15分钟健康服务圈’。", "负责人说。"],
    ],
    ["a quoted name inside a sentence stays", "“流动办公席”架起了连心桥。", ["“流动办公席”架起了连心桥。"]],
    ["a question mark ends a sentence", "咨询一下怎么办?好的。", ["咨询一下怎么办?", "好的。"]],
  ])("%s", (_, paragraph, sentences) => {
    expect(splitSentences(paragraph)).toEqual(sentences);
  });
});

describe("splitParagraphs", () => {
  it("joins a sentence the layout broke across a blank line and removes white space", () => {
    const text = "前文。\n\n示例市积极探索,在全市设立了图书馆分馆16个、联\n\n盟馆2个、自助智能  图书馆3个。";
    expect(splitParagraphs(text).map((p) => p.sentences)).toEqual([["前文。"], ["示例市积极探索,在全市设立了图书馆分馆16个、联盟馆2个、自助智能图书馆3个。"]]);
  });

  it("joins a lone line without punctuation in the middle of the text to the next one", () => {
    const text = "前文。\n\n示例市持续丰富群众文化活\n\n动形式载体,组织活动117场次。";
    expect(splitParagraphs(text).map((p) => p.text)).toEqual(["前文。", "示例市持续丰富群众文化活动形式载体,组织活动117场次。"]);
  });

  it("keeps the title block, numbered headings and runs of headings as headings", () => {
    const text = "示例市2024年民生实事完成情况\n\n2024年,全部完成。\n\n一、教育提质工程\n\n1.新建6所。\n\n追求生活高质量\n\n文化润心启新程\n\n正文。";
    expect(splitParagraphs(text).map((p) => [p.text, p.heading])).toEqual([
      ["示例市2024年民生实事完成情况", true],
      ["2024年,全部完成。", false],
      ["一、教育提质工程", true],
      ["1.新建6所。", false],
      ["追求生活高质量", true],
      ["文化润心启新程", true],
      ["正文。", false],
    ]);
  });

  it("reads a text that separates paragraphs by a single line break", () => {
    const text = "热线年度运行公报(虚构)\n2025年,热线语音接通9.1万余次。\n经复核,2024年接通8.5万次。";
    expect(splitParagraphs(text).map((p) => [p.text, p.heading])).toEqual([
      ["热线年度运行公报(虚构)", true],
      ["2025年,热线语音接通9.1万余次。", false],
      ["经复核,2024年接通8.5万次。", false],
    ]);
  });

  it("a colon ends a paragraph that introduces a list", () => {
    expect(splitParagraphs("公布如下:\n\n1.新建6所。").map((p) => p.text)).toEqual(["公布如下:", "1.新建6所。"]);
  });
});
