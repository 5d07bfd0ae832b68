import type { Locale, Qualifier, Unit } from "./domain/types";
import { formatIsoDate } from "./dates";
import { parsePeriod } from "./domain/period";

/**
 * Every number, unit, period and qualifier the portal prints goes through here,
 * so a figure reads the same on its page, in a chart, a citation and a share image.
 */

const CHINESE_DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** Digits after the decimal point in a written number (17.10亿元 → 2), so display keeps the source's precision. */
export function writtenDecimals(written: string | undefined | null): number {
  const m = written ? /\d+\.(\d+)/.exec(written) : null;
  return m ? m[1].length : 0;
}

// Making an Intl.NumberFormat costs tens of microseconds, formatting with one about one: keep each one made.
const numberFormats = new Map<string, Intl.NumberFormat>();
const grouped = (value: number, locale: Locale, minFraction = 0, maxFraction = 4) => {
  const key = `${locale}:${minFraction}:${maxFraction}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en-GB", {
      minimumFractionDigits: minFraction,
      maximumFractionDigits: Math.max(minFraction, maxFraction),
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
};

/** Divides by a power of ten without float noise (10501900 / 10^4 → 1050.19). */
const scaled = (value: number, exponent: number) => Number((value / 10 ** exponent).toFixed(8));

function zhScaled(value: number, minFraction: number): { number: string; scale: string } {
  const plain = (v: number) => grouped(v, "zh", minFraction).replace(/,/g, "");
  if (Math.abs(value) >= 1e8) return { number: plain(scaled(value, 8)), scale: "亿" };
  if (Math.abs(value) >= 1e4) return { number: plain(scaled(value, 4)), scale: "万" };
  return { number: grouped(value, "zh", minFraction), scale: "" };
}

/** The fraction digits the source printed, where it used the same 万/亿 scale as the display will (17.10亿元 → 2). */
function sourceFractionDigits(value: number, written: string | null | undefined): number {
  if (!written) return 0;
  const writtenScale = /\d[余多]?亿/.test(written) ? "亿" : /\d[余多]?万/.test(written) ? "万" : "";
  return writtenScale === zhScaled(value, 0).scale ? writtenDecimals(written) : 0;
}

function formatZh(value: number, unit: Unit, qualifier: Qualifier, written?: string | null): string {
  const minFraction = sourceFractionDigits(value, written);
  if (unit.kind === "rank") {
    const n = value <= 10 && Number.isInteger(value) ? CHINESE_DIGITS[value] : String(value);
    return withQualifierZh(`${unit.zh}第${n}`, qualifier);
  }
  if (unit.kind === "percent" || unit.kind === "per-mille") return withQualifierZh(`${grouped(value, "zh", minFraction)}${unit.zh}`, qualifier);
  if (unit.kind === "percentage-point") return withQualifierZh(`${grouped(value, "zh", minFraction)}个百分点`, qualifier);
  const { number, scale } = zhScaled(value, minFraction);
  if (qualifier === "more-than") {
    // Money reads 1350余万元; counts read 8.4万余次, as reports write them.
    return unit.kind === "currency" ? `${number}余${scale}${unit.zh}` : `${number}${scale}余${unit.zh}`;
  }
  return withQualifierZh(`${number}${scale}${unit.zh}`, qualifier);
}

/**
 * The qualifier in the words a Chinese reader expects: 约3000户, 近4000万元, 超过90%, 90%以上 (以上 includes the
 * number itself, Civil Code art. 1259), 不足10分钟, 不超过5.5%.
 */
function withQualifierZh(body: string, qualifier: Qualifier): string {
  switch (qualifier) {
    case "exact":
      return body;
    case "about":
      return `约${body}`;
    case "nearly":
      return `近${body}`;
    case "more-than":
      return `超过${body}`;
    case "at-least":
      return `${body}以上`;
    case "less-than":
      return `不足${body}`;
    case "at-most":
      return `不超过${body}`;
  }
}

const QUALIFIER_EN: Record<Qualifier, string> = {
  exact: "",
  about: "about ",
  nearly: "nearly ",
  "more-than": "more than ",
  "at-least": "at least ",
  "less-than": "less than ",
  "at-most": "at most ",
};

/** 150000000 → 150 million; amounts that need more than three decimals in millions stay whole (10,501,900). */
function englishAmount(value: number): string {
  for (const [exponent, word] of [[9, "billion"], [6, "million"]] as const) {
    const v = scaled(value, exponent);
    if (Math.abs(v) >= 1 && Number.isInteger(Number((v * 1000).toFixed(6)))) return `${grouped(v, "en", 0, 3)} ${word}`;
  }
  return grouped(value, "en");
}

const ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

function formatEn(value: number, unit: Unit, qualifier: Qualifier): string {
  const q = QUALIFIER_EN[qualifier];
  if (unit.kind === "rank") {
    const ordinal = Number.isInteger(value) && value <= 10 ? ORDINALS[value] : `No. ${value}`;
    return `${q}${ordinal} ${unit.en.singular}`;
  }
  if (unit.kind === "percent") return `${q}${grouped(value, "en")}%`;
  if (unit.kind === "per-mille") return `${q}${grouped(value, "en")}‰`;
  if (unit.kind === "currency") return `${q}CNY ${englishAmount(value)}`;
  const noun = Math.abs(value) === 1 ? unit.en.singular : unit.en.plural;
  return `${q}${grouped(value, "en")} ${noun}`;
}

/**
 * A value with its unit and qualifier, the way the language's readers expect:
 * zh 1.5亿元, 3,217个, 70.81%, 8.4万余次, 近4000万元, 约3000户, 6.79‰, 0.97个百分点;
 * en CNY 150 million, more than 84,000 calls, about 3,000 households, 0.97 percentage points.
 * `written` (the source's spelling) keeps trailing zeros the source printed (17.10亿元).
 */
export function formatValue(
  value: number,
  unit: Unit,
  qualifier: Qualifier,
  locale: Locale,
  written?: string | null,
): string {
  return locale === "zh" ? formatZh(value, unit, qualifier, written) : formatEn(value, unit, qualifier);
}

/** "2024" → 2024年 / 2024; "2019-2024" → 2019—2024年 / 2019–2024; "unknown" → 未注明年份 / year not stated. */
export function formatPeriod(period: string, locale: Locale): string {
  const parsed = parsePeriod(period);
  if (!parsed || parsed.kind === "unknown") return locale === "zh" ? "未注明年份" : "year not stated";
  if (parsed.kind === "year") return locale === "zh" ? `${parsed.start}年` : String(parsed.start);
  return locale === "zh" ? `${parsed.start}—${parsed.end}年` : `${parsed.start}–${parsed.end}`;
}

/** The qualifier named on its own (a figure page's "qualifier" row, the CSV's documentation). */
export function formatQualifier(qualifier: Qualifier, locale: Locale): string {
  return QUALIFIER_NAMES[qualifier][locale];
}

export const QUALIFIER_NAMES: Record<Qualifier, Record<Locale, string>> = {
  exact: { zh: "确切数", en: "exact" },
  about: { zh: "约数（原文“约”“左右”，或计算后取整）", en: "about (约 or 左右 in the source, or rounded by the portal)" },
  nearly: { zh: "接近（原文“近”“将近”“接近”）", en: "nearly (近 in the source)" },
  "more-than": { zh: "超过（原文“余”“多”“超过”“逾”“突破”）", en: "more than (余, 多, 超过, 逾 or 突破 in the source)" },
  "at-least": { zh: "不少于（原文“以上”“不低于”“不少于”，含本数）", en: "at least (以上, 不低于 or 不少于 in the source: the number itself included)" },
  "less-than": { zh: "不足（原文“不足”“不到”“少于”“低于”）", en: "less than (不足, 不到 or 低于 in the source)" },
  "at-most": { zh: "不超过（原文“以内”“以下”“不超过”，含本数）", en: "at most (以内, 以下 or 不超过 in the source: the number itself included)" },
};

/** 2026-11-28 → 2026年11月28日 / 28 November 2026. */
export const formatDate = (iso: string, locale: Locale): string => formatIsoDate(iso, locale === "zh" ? "zh" : "en-GB");

/** The unit alone, as a chart axis or table header shows it. */
export function formatUnit(unit: Unit, locale: Locale): string {
  if (locale === "zh") return unit.kind === "rank" ? "名次" : unit.zh;
  if (unit.kind === "per-mille") return "‰";
  if (unit.kind === "currency") return "CNY";
  return unit.en.plural;
}
