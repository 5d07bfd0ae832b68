/**
 * The one reader of numbers as Chinese reports write them: the value, its qualifier (约, 余, 以上, 不足 …),
 * its measure word and scale (万元, 万亩, ‰, 个百分点), a sign, a range, a fraction or a percentage in
 * words, a rank, and whether the words before it make it a change (比上年增长5.5%) rather than a level.
 * The drafter (lib/draft/scan.ts) decides with it which numbers in a sentence are figures; the importer
 * (lib/content/load.ts) checks with it that a figure's value and qualifier are what its written form says.
 * Both read through `readNumberAt`, so they cannot disagree. `forms.test.ts` is the table of every form.
 */

import { measureWordAt } from "./measure-words";

/** How a written number relates to the true one. */
export const QUALIFIERS = ["exact", "about", "nearly", "more-than", "at-least", "less-than", "at-most"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * The words that give a number its qualifier. 以上 includes the number itself in Chinese legal usage
 * (Civil Code art. 1259: 以上、以下、以内 include the number; 不满、超过、以外 do not), so 90%以上 is at least 90%.
 * 余 and 多 are written inside the number (8.4万余次, 1350余万元, 两百多), so they are read there.
 */
export const QUALIFIER_WORDS: Record<Exclude<Qualifier, "exact">, { before: string[]; after: string[] }> = {
  about: { before: ["大约", "约"], after: ["左右", "上下"] },
  nearly: { before: ["将近", "接近", "近"], after: [] },
  "more-than": { before: ["超过", "突破", "多于", "逾", "超"], after: ["余", "多"] },
  "at-least": { before: ["不低于", "不少于", "至少"], after: ["以上"] },
  "less-than": { before: ["不足", "不到", "少于", "低于", "不满"], after: [] },
  "at-most": { before: ["不超过", "不高于", "最多"], after: ["以内", "以下"] },
};

const wordsOf = (side: "before" | "after") =>
  Object.entries(QUALIFIER_WORDS).flatMap(([q, w]) => w[side].map((word) => [word, q as Qualifier] as const));
const BEFORE = new Map(wordsOf("before"));
const AFTER = new Map(wordsOf("after").filter(([w]) => w !== "余" && w !== "多"));
const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join("|");

/** A prefix that is the end of another word, not a qualifier: 预约 (book), 附近 (nearby), 赶超 (catch up). */
const WORD_ENDING_IN_QUALIFIER = /^(?:预约|节约|签约|合约|制约|公约|邀约|履约|附近|最近|就近|临近|邻近|靠近|赶超)/;

export type ReadingKind = "count" | "percent" | "per-mille" | "percentage-point" | "rank" | "fraction";

/** What one written number says. */
export type Reading = {
  /** Where it stands in the text it was read from; written = text.slice(start, end). */
  start: number;
  end: number;
  written: string;
  /** In base units: yuan not 万元, 3210600 for 321.06万亩, 6.79 for 6.79‰, 1/3 for 三分之一. */
  value: number;
  qualifier: Qualifier;
  /** The word that gave the qualifier (以上, 约, 余), absent when exact. */
  qualifierWord?: string;
  /** The measure word after the number (个, 元, 亩, %, ‰, 个百分点), a rank's scope (全省), or "" when none. */
  measure: string;
  kind: ReadingKind;
  /** A range (3至5年, 3%—5%): value is its lower end, upper its upper end. */
  upper?: number;
  /** A bare scale word with no digit (百亿, 千余, 万), or Chinese numerals: the drafter treats these with care. */
  numerals: "arabic" | "chinese" | "bare-scale";
  /** 万 or 亿 written after the digits (1.2亿, 8.4万余). */
  scale?: "万" | "亿";
  /** Set when the words before it make the number a change against an earlier period (增长5.5%, 减少500人). */
  change?: "increase" | "decrease";
};

const CJK_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CJK_POSITIONS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

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

/** A whole number in Chinese numerals, 万 and 亿 included: 三万五千 → 35000, 一亿二千万 → 120000000, 百亿 → 10^10. */
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

/**
 * Multiplies a decimal string by 10^exponent by moving the decimal point, so
 * that 1050.19万 gives exactly 10501900 rather than 10501900.000000002.
 */
export function shiftDecimal(decimal: string, exponent: number): number {
  const negative = decimal.startsWith("-");
  const [whole, fraction = ""] = decimal.replace(/^-/, "").split(".");
  const digits = whole + fraction;
  const point = whole.length + exponent;
  const n = point >= digits.length ? Number(digits + "0".repeat(point - digits.length)) : Number(`${digits.slice(0, point)}.${digits.slice(point)}`);
  return negative ? -n : n;
}

/** An Arabic number as a decimal string, without the thousands separators some reports use (1,234.5 → "1234.5"). */
export const arabicDecimal = (text: string) => text.replace(/[,,]/g, "");

/**
 * Full-width digits and signs (２０２４年, ９８％) read as their ASCII twins. Each maps to one
 * character, so positions stay the same and the written form is taken from the original.
 */
export const halfWidth = (text: string) => text.replace(/[０-９％．：＋－，]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

const CN = "〇零一二两三四五六七八九十百千万亿";
const ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const CHINESE_NUMBER = `[${CN}]+`;

/** One number without qualifier or measure word: a sign, digits or numerals, 余/多, 万/亿. */
const CORE = new RegExp(`(-|−|负)?(?:(${ARABIC})|(${CHINESE_NUMBER}))([余多])?([万亿])?([余多])?`, "y");
const QUALIFIER_BEFORE = new RegExp(`(${alternation(BEFORE.keys())})`, "y");
const RANK = new RegExp(`(?:(全省|全国|全市|全区|全州|全盟|全县|全球|全行业)(?:排名|排|位居|位列|居)?|(?:排名|排|位居|位列))第([${CN}]+|\\d+)(?:位|名)?`, "y");
const IN_WORDS = new RegExp(`(百|千)分之(${ARABIC}|[${CN}]+)`, "y");
/** 八成以上, 近七成: 成 is a tenth. Not 建成, 成功, 成为 … (the numeral must come right before it). */
const TENTHS = /([一二两三四五六七八九])成(?![功果为立效本绩员交就熟长型])/y;
const FRACTION = new RegExp(`([${CN}]+|\\d+)分之([${CN}]+|\\d+)`, "y");
const RANGE_JOIN = /(?:至|到|~|~|—|–|-)/y;
const AFTER_WORD = new RegExp(`(${alternation(AFTER.keys())})`, "y");
const CHANGE_VERB = /(?:比上年|同比|较上年|比上年末|较上年末)?(?:净增|增长|增加|提高|上升|提升|下降|减少|降低|回落|下滑|增|降|减)了?$/;
const SHARED_CHANGE = /(增长|增加|提高|上升|提升|下降|减少|降低|回落|下滑)了?(?:约|近)?-?\d+(?:\.\d+)?(?:%|%|‰|个百分点)(?:和|与|及|、)$/;
const CHANGE_RATE_WORD = /(?:增幅|增速|降幅|涨幅)(?:为|达|达到)?$/;

type Core = { start: number; end: number; value: number; numerals: Reading["numerals"]; scale?: "万" | "亿"; more?: string };

function readCore(text: string, at: number): Core | null {
  CORE.lastIndex = at;
  const m = CORE.exec(text);
  if (!m) return null;
  const [, sign, arabic, chinese, more1, multiplier, more2] = m;
  if (sign && !arabic && !(chinese && /[〇零一二两三四五六七八九十]/.test(chinese))) return null;
  const exponent = multiplier === "亿" ? 8 : multiplier === "万" ? 4 : 0;
  const numerals: Reading["numerals"] = arabic ? "arabic" : /[〇零一二两三四五六七八九]/.test(chinese!) || /十/.test(chinese!) ? "chinese" : "bare-scale";
  let value = arabic ? shiftDecimal(arabicDecimal(arabic), exponent) : shiftDecimal(String(parseChineseNumber(chinese!)), exponent);
  if (sign) value = -value;
  return { start: at, end: at + m[0].length, value, numerals, ...(multiplier ? { scale: multiplier as "万" | "亿" } : {}), ...(more1 || more2 ? { more: more1 ?? more2 } : {}) };
}

const kindOf = (measure: string): ReadingKind =>
  measure === "%" || measure === "%" || measure === "成" ? "percent" : measure === "‰" ? "per-mille" : measure === "个百分点" || measure === "百分点" ? "percentage-point" : "count";

/** Whether the words just before `at` make the number a change, and which way. */
export function changeBefore(text: string, at: number, kind: ReadingKind): Reading["change"] {
  const before = text.slice(Math.max(0, at - 12), at);
  const verb = CHANGE_VERB.exec(before);
  if (verb) {
    const word = verb[0].replace(/^(?:比上年末?|同比|较上年末?)/, "").replace(/了$/, "");
    // 新增3217个 counts what was added, a level; a bare 增/降/减 is a change only before a rate (同比增8%).
    if (/新增$/.test(before.replace(/了$/, "")) && word === "增") return undefined;
    if (word.length === 1 && !["percent", "per-mille", "percentage-point"].includes(kind) && !verb[0].startsWith("比") && !verb[0].startsWith("同比") && !verb[0].startsWith("较")) return undefined;
    return /降|减|落|滑/.test(word) ? "decrease" : "increase";
  }
  if (CHANGE_RATE_WORD.test(before)) return /降/.test(before.slice(-4)) ? "decrease" : "increase";
  // 分别增长5.2%和6.8%: the second rate shares the first one's verb.
  const shared = SHARED_CHANGE.exec(text.slice(Math.max(0, at - 30), at));
  if (shared && ["percent", "per-mille", "percentage-point"].includes(kind)) return /降|减|落|滑/.test(shared[1]) ? "decrease" : "increase";
  return undefined;
}

/**
 * Reads the number written at `at` in `text`, with whatever qualifier, measure word and suffix belong
 * to it, or null when no number starts there. Nothing is decided here about whether it is a figure.
 */
export function readNumberAt(text: string, at: number): Reading | null {
  const finish = (r: Omit<Reading, "written" | "change">): Reading => {
    const change = r.kind === "rank" ? undefined : changeBefore(text, r.start, r.kind);
    return { ...r, written: text.slice(r.start, r.end), ...(change ? { change } : {}) };
  };

  RANK.lastIndex = at;
  const rank = RANK.exec(text);
  if (rank) {
    const n = rank[2];
    return finish({ start: at, end: at + rank[0].length, value: /^\d/.test(n) ? Number(n) : parseChineseNumber(n), qualifier: "exact", measure: rank[1] ?? "排名", kind: "rank", numerals: /^\d/.test(n) ? "arabic" : "chinese" });
  }

  let pos = at;
  let qualifier: Qualifier = "exact";
  let qualifierWord: string | undefined;
  QUALIFIER_BEFORE.lastIndex = pos;
  const prefix = QUALIFIER_BEFORE.exec(text);
  if (prefix && !WORD_ENDING_IN_QUALIFIER.test(text.slice(Math.max(0, at - 1), at) + prefix[1])) {
    qualifier = BEFORE.get(prefix[1])!;
    qualifierWord = prefix[1];
    pos += prefix[1].length;
  }

  // 百分之九十, 千分之六点七 is not written in reports; 千分之6.79 is.
  IN_WORDS.lastIndex = pos;
  const inWords = IN_WORDS.exec(text);
  if (inWords) {
    const n = inWords[2];
    const value = /^\d/.test(n) ? Number(arabicDecimal(n)) : parseChineseNumber(n);
    return finish(withSuffix(text, { start: at, end: pos + inWords[0].length, value, qualifier, qualifierWord, measure: inWords[1] === "百" ? "%" : "‰", kind: inWords[1] === "百" ? "percent" : "per-mille", numerals: /^\d/.test(n) ? "arabic" : "chinese" }));
  }
  TENTHS.lastIndex = pos;
  const tenths = TENTHS.exec(text);
  if (tenths) {
    return finish(withSuffix(text, { start: at, end: pos + tenths[0].length, value: parseChineseNumeral(tenths[1]) * 10, qualifier, qualifierWord, measure: "成", kind: "percent", numerals: "chinese" }));
  }
  FRACTION.lastIndex = pos;
  const fraction = FRACTION.exec(text);
  if (fraction) {
    const read = (n: string) => (/^\d/.test(n) ? Number(n) : parseChineseNumber(n));
    return finish(withSuffix(text, { start: at, end: pos + fraction[0].length, value: read(fraction[2]) / read(fraction[1]), qualifier, qualifierWord, measure: "", kind: "fraction", numerals: /^\d/.test(fraction[1]) ? "arabic" : "chinese" }));
  }

  const core = readCore(text, pos);
  if (!core) return null;
  // 几十名, 数百人, 上千, 十几个: approximate words, no number to read.
  if (core.numerals !== "arabic" && (/[几数上成]$/.test(text.slice(0, pos)) || text[core.end] === "几")) return null;
  if (core.more && qualifier === "exact") {
    qualifier = "more-than";
    qualifierWord = core.more;
  }
  let end = core.end;
  let measure = measureWordAt(text, end) ?? "";
  end += measure.length;

  // A range: 3至5年, 3万至5万元, 3%—5%.
  let upper: number | undefined;
  RANGE_JOIN.lastIndex = end;
  const join = RANGE_JOIN.exec(text);
  if (join && !(join[0] === "到" && measure)) {
    const second = readCore(text, end + join[0].length);
    if (second && second.numerals !== "bare-scale" && (core.numerals === "arabic") === (second.numerals === "arabic")) {
      const secondMeasure = measureWordAt(text, second.end) ?? "";
      if (secondMeasure && (!measure || measure === secondMeasure)) {
        // 3至5万元: a scale written only after the second number applies to both.
        const lower = !core.scale && second.scale && !measure ? core.value * (second.scale === "亿" ? 1e8 : 1e4) : core.value;
        if (lower < second.value) {
          upper = second.value;
          core.value = lower;
          measure = secondMeasure;
          end = second.end + secondMeasure.length;
        }
      }
    }
  }

  return finish(
    withSuffix(text, {
      start: at, end, value: core.value, qualifier, qualifierWord, measure, kind: kindOf(measure), numerals: core.numerals,
      ...(core.scale ? { scale: core.scale } : {}), ...(upper !== undefined ? { upper } : {}),
    }),
  );
}

/** 以上, 左右, 以内 … after the measure word; a qualifier before the number wins (约500人左右 is about). */
function withSuffix<T extends { end: number; qualifier: Qualifier; qualifierWord?: string }>(text: string, r: T): T {
  AFTER_WORD.lastIndex = r.end;
  const m = AFTER_WORD.exec(text);
  if (!m) return r;
  const out = { ...r, end: r.end + m[1].length };
  if (r.qualifier === "exact") Object.assign(out, { qualifier: AFTER.get(m[1])!, qualifierWord: m[1] });
  return out;
}

/**
 * The importer's reading of a figure's written form (8.4万余次, 综合排名全省第二): the first number in it.
 * `before` is the quote's text just before the written form, which can make the number a change.
 */
export function readWritten(written: string, before = ""): Reading | null {
  const text = halfWidth(before + written);
  for (let i = before.length; i < text.length; i++) {
    const r = readNumberAt(text, i);
    if (r) return { ...r, start: r.start - before.length, end: r.end - before.length, written: written.slice(r.start - before.length, r.end - before.length) };
  }
  return null;
}
