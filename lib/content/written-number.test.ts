import { describe, expect, it } from "vitest";
import { parseChineseNumber, parseChineseNumeral, parseWrittenNumber, shiftDecimal } from "./written-number";

describe("parseWrittenNumber", () => {
  it.each([
    ["1050.19万元", 10501900, "exact"],
    ["8.4万余次", 84000, "more-than"],
    ["1.5亿元", 150000000, "exact"],
    ["17.10亿元", 1710000000, "exact"],
    ["近4000万元", 40000000, "nearly"],
    ["1350余万元", 13500000, "more-than"],
    ["80余项", 80, "more-than"],
    ["50多个", 50, "more-than"],
    ["90%以上", 90, "more-than"],
    ["70.81%", 70.81, "exact"],
    ["3217个", 3217, "exact"],
    ["六所", 6, "exact"],
    ["两年", 2, "exact"],
    ["全省第一", 1, "exact"],
    ["综合排名全省第二", 2, "exact"],
    ["20连调", 20, "exact"],
    ["1.3万余人次", 13000, "more-than"],
    ["至少3个", 3, "at-least"],
  ])("%s → %d (%s)", (written, value, qualifier) => {
    expect(parseWrittenNumber(written)).toEqual({ value, qualifier });
  });

  it("returns null when there is no number", () => {
    expect(parseWrittenNumber("全面贯通")).toBeNull();
  });
});

describe("parseChineseNumeral", () => {
  it.each([["十", 10], ["十二", 12], ["二十", 20], ["一百零五", 105], ["两千", 2000]])("%s → %d", (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });
});

describe("shiftDecimal", () => {
  it("moves the decimal point without float noise", () => {
    expect(shiftDecimal("1050.19", 4)).toBe(10501900);
    expect(shiftDecimal("153.57", 4)).toBe(1535700);
    expect(shiftDecimal("0.5", 0)).toBe(0.5);
  });
});

describe("parseChineseNumber", () => {
  it.each([["六", 6], ["三万五千", 35000], ["一亿二千万", 120000000], ["十万", 100000], ["两千零五", 2005]])("%s → %d", (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });
});
