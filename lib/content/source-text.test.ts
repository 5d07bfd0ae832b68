import { expect, it } from "vitest";
import { captionSpans, splitSentences } from "./source-text";

it("reads a short line set apart by two empty lines as a caption, and a paragraph or subheading as none", () => {
  const text = "\n\n\n照片说明一\n\n正文第一段,说到一半开展岗\n\n\n老人在医护人员陪同下开展康复训练。\n\n技能提升等培训。\n\n小标题\n\n正文。";
  const captions = captionSpans(text).map((s) => text.slice(s.start, s.end));
  expect(captions).toEqual(["照片说明一", "老人在医护人员陪同下开展康复训练。"]);
});

it("finds sentences with their offsets in the original text", () => {
  const text = "第一句。\n第二\n句。";
  expect(splitSentences(text)).toEqual([
    { start: 0, sentence: "第一句。" },
    { start: 5, sentence: "第二句。" },
  ]);
});
