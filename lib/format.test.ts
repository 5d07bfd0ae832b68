import { describe, expect, it } from "vitest";
import type { Unit } from "./domain/types";
import { formatDate, formatPeriod, formatQualifier, formatValue } from "./format";
import { QUALIFIERS } from "./numbers/read";

const unit = (kind: Unit["kind"], zh: string, singular: string, plural: string): Unit => ({
  key: singular,
  kind,
  zh,
  en: { singular, plural },
});
const yuan = unit("currency", "元", "yuan", "yuan");
const call = unit("count", "次", "call", "calls");
const place = unit("count", "个", "place", "places");
const percent = unit("percent", "%", "%", "%");
const rank = unit("rank", "全省", "in Gansu", "in Gansu");

describe("formatValue in Chinese", () => {
  it.each([
    [150000000, yuan, "exact", "1.5亿元", "1.5亿元"],
    [10501900, yuan, "exact", "1050.19万元", "1050.19万元"],
    [1710000000, yuan, "exact", "17.10亿元", "17.10亿元"],
    [13500000, yuan, "more-than", "1350余万元", "1350余万元"],
    [40000000, yuan, "nearly", "近4000万元", "近4000万元"],
    [3217, place, "exact", "3217个", "3,217个"],
    [84000, call, "more-than", "8.4万余次", "8.4万余次"],
    [70.81, percent, "exact", "70.81%", "70.81%"],
    [90, percent, "at-least", "90%以上", "90%以上"],
    [1, rank, "exact", "全省第一", "全省第一"],
  ] as const)("%d as written %s", (value, u, qualifier, written, expected) => {
    expect(formatValue(value, u, qualifier, "zh", written)).toBe(expected);
  });

  it("marks derived approximations with 约", () => {
    expect(formatValue(67.9, percent, "about", "zh")).toBe("约67.9%");
  });
});

describe("formatValue in English", () => {
  it.each([
    [150000000, yuan, "exact", "CNY 150 million"],
    [1710000000, yuan, "exact", "CNY 1.71 billion"],
    [10501900, yuan, "exact", "CNY 10,501,900"],
    [84000, call, "more-than", "more than 84,000 calls"],
    [40000000, yuan, "nearly", "nearly CNY 40 million"],
    [3217, place, "exact", "3,217 places"],
    [1, call, "exact", "1 call"],
    [2, rank, "exact", "second in Gansu"],
    [90, percent, "more-than", "more than 90%"],
  ] as const)("%d → %s", (value, u, qualifier, expected) => {
    expect(formatValue(value, u, qualifier, "en")).toBe(expected);
  });
});

const household = unit("count", "户", "household", "households");
const perMille = unit("per-mille", "‰", "‰", "‰");
const point = unit("percentage-point", "个百分点", "percentage point", "percentage points");

describe("every qualifier, in both languages", () => {
  it.each([
    ["exact", "3,000户", "3,000 households"],
    ["about", "约3,000户", "about 3,000 households"],
    ["nearly", "近3,000户", "nearly 3,000 households"],
    ["more-than", "3,000余户", "more than 3,000 households"],
    ["at-least", "3,000户以上", "at least 3,000 households"],
    ["less-than", "不足3,000户", "less than 3,000 households"],
    ["at-most", "不超过3,000户", "at most 3,000 households"],
  ] as const)("%s: %s / %s", (qualifier, zh, en) => {
    expect(formatValue(3000, household, qualifier, "zh")).toBe(zh);
    expect(formatValue(3000, household, qualifier, "en")).toBe(en);
  });

  it.each([
    ["exact", "5.5%", "5.5%"],
    ["about", "约5.5%", "about 5.5%"],
    ["nearly", "近5.5%", "nearly 5.5%"],
    ["more-than", "超过5.5%", "more than 5.5%"],
    ["at-least", "5.5%以上", "at least 5.5%"],
    ["less-than", "不足5.5%", "less than 5.5%"],
    ["at-most", "不超过5.5%", "at most 5.5%"],
  ] as const)("a percentage %s: %s / %s", (qualifier, zh, en) => {
    expect(formatValue(5.5, percent, qualifier, "zh")).toBe(zh);
    expect(formatValue(5.5, percent, qualifier, "en")).toBe(en);
  });

  it("names each qualifier in both languages, with the source's words", () => {
    for (const q of QUALIFIERS) {
      expect(formatQualifier(q, "zh")).toMatch(/\p{Script=Han}/u);
      expect(formatQualifier(q, "en")).toMatch(/^[a-z]/);
    }
    expect(formatQualifier("at-least", "zh")).toContain("以上");
    expect(formatQualifier("at-least", "en")).toMatch(/^at least/);
    expect(formatQualifier("less-than", "en")).toMatch(/^less than/);
  });
});

describe("per mille and percentage points are units of their own", () => {
  it("per mille, with its sign", () => {
    expect(formatValue(6.79, perMille, "exact", "zh")).toBe("6.79‰");
    expect(formatValue(-0.98, perMille, "exact", "en")).toBe("-0.98‰");
  });
  it("percentage points", () => {
    expect(formatValue(0.97, point, "exact", "zh")).toBe("0.97个百分点");
    expect(formatValue(0.97, point, "exact", "en")).toBe("0.97 percentage points");
    expect(formatValue(1, point, "about", "en")).toBe("about 1 percentage point");
  });
});

describe("periods and dates", () => {
  it("says when the source gives no year instead of guessing", () => {
    expect(formatPeriod("unknown", "zh")).toBe("未注明年份");
    expect(formatPeriod("unknown", "en")).toBe("year not stated");
  });
  it("formats years and ranges", () => {
    expect(formatPeriod("2019-2024", "zh")).toBe("2019—2024年");
    expect(formatPeriod("2024", "en")).toBe("2024");
  });
  it("formats dates per language", () => {
    expect(formatDate("2026-11-28", "zh")).toBe("2026年11月28日");
    expect(formatDate("2026-11-28", "en")).toBe("28 November 2026");
  });
});
