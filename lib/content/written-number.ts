import type { Qualifier } from "./schema";

/** What a number written the Chinese way (8.4万余次, 近4000万元, 六所, 全省第一) says. */
export type WrittenNumber = { value: number; qualifier: Qualifier };

const CJK_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CJK_POSITIONS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const MULTIPLIER_EXPONENTS: Record<string, number> = { 万: 4, 亿: 8 };

const NUMBER_TOKEN = /(\d+(?:\.\d+)?)|([〇零一二两三四五六七八九十百千]+)/;

/** 十二 → 12, 二十 → 20, 一百零五 → 105, 两 → 2. */
export function parseChineseNumeral(text: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in CJK_DIGITS) digit = CJK_DIGITS[ch];
    else if (ch in CJK_POSITIONS) {
      total += (digit || 1) * CJK_POSITIONS[ch];
      digit = 0;
    } else throw new Error(`not a Chinese numeral: ${ch}`);
  }
  return total + digit;
}

/**
 * Multiplies a decimal string by 10^exponent by moving the decimal point, so
 * that 1050.19万 gives exactly 10501900 rather than 10501900.000000002.
 */
export function shiftDecimal(decimal: string, exponent: number): number {
  const [whole, fraction = ""] = decimal.split(".");
  const digits = whole + fraction;
  const point = whole.length + exponent;
  if (point >= digits.length) return Number(digits + "0".repeat(point - digits.length));
  return Number(`${digits.slice(0, point)}.${digits.slice(point)}`);
}

/**
 * Reads the value and qualifier out of a number as a Chinese text writes it.
 * 近 before the number means "nearly"; 余, 多 or 以上 after it mean "more than";
 * 至少 or 不少于 before it mean "at least". Returns null when there is no number.
 */
export function parseWrittenNumber(written: string): WrittenNumber | null {
  const match = NUMBER_TOKEN.exec(written);
  if (!match) return null;
  const before = written.slice(0, match.index);
  const after = written.slice(match.index + match[0].length);

  const multiplier = /^[余多]?([万亿])/.exec(after);
  const exponent = multiplier ? MULTIPLIER_EXPONENTS[multiplier[1]] : 0;
  const value = match[1]
    ? shiftDecimal(match[1], exponent)
    : shiftDecimal(String(parseChineseNumeral(match[2])), exponent);

  let qualifier: Qualifier = "exact";
  if (/近/.test(before)) qualifier = "nearly";
  else if (/至少|不少于/.test(before)) qualifier = "at-least";
  else if (/^[万亿]?[余多]|以上/.test(after)) qualifier = "more-than";
  return { value, qualifier };
}

/**
 * A whole number written in Chinese numerals, including 万 and 亿 inside it
 * (三万五千 → 35000, 一亿二千万 → 120000000), which parseChineseNumeral does not read.
 */
export function parseChineseNumber(text: string): number {
  let yi = 0;
  let wan = 0;
  let section = "";
  const take = () => {
    const value = section ? parseChineseNumeral(section) : 1;
    section = "";
    return value;
  };
  for (const ch of text) {
    if (ch === "亿") {
      yi = (yi + wan + take()) * 1e8;
      wan = 0;
    } else if (ch === "万") wan = take() * 1e4;
    else section += ch;
  }
  return yi + wan + (section ? parseChineseNumeral(section) : 0);
}

/** An Arabic number as a decimal string, without the thousands separators some reports use (1,234.5 → "1234.5"). */
export const arabicDecimal = (text: string) => text.replace(/[,,]/g, "");
