import { arabicDecimal, parseChineseNumber, shiftDecimal } from "../content/written-number";
import { measureWordAt } from "./measure-words";

/**
 * Finding every number in one sentence and deciding, rule by rule, whether it
 * states a figure. Rules are tried in order at each position; the first that
 * matches consumes its text, so 2024年 is read as a date before it could be
 * read as a count of years.
 */

/** The schema's qualifiers, plus less-than (不足, 不到) and at-most (以内, 不超过), which the schema has no word for yet. */
export type DraftQualifier = "exact" | "more-than" | "nearly" | "at-least" | "about" | "less-than" | "at-most";

/** A number in a sentence that states a figure. */
export type FoundFigure = {
  start: number;
  end: number;
  /** As the source writes it, qualifier and measure word included (近4000万元, 90%以上, 全省第一). */
  written: string;
  /** In base units: yuan not 万元, 36000 for 3.6万平方米, 70.81 for 70.81%. */
  value: number;
  qualifier: DraftQualifier;
  /** The measure word after the number (个, 人次, 元, %), or for a rank its scope (全省). */
  measure: string;
  kind: "count" | "percent" | "rank";
  /** Set when the number is a change rather than a level (增长12.5%, 下降3个百分点). */
  change?: "increase" | "decrease";
};

export type ExclusionReason =
  | "date" | "time" | "time-span" | "list-marker" | "ordinal" | "name" | "title" | "slogan"
  | "article" | "set-phrase" | "no-measure-word";

/** A number that is not drafted, and why. */
export type Exclusion = { start: number; end: number; written: string; reason: ExclusionReason };

/** A time expression that can give figures their period. */
export type TimeExpression = {
  start: number;
  end: number;
  written: string;
  kind: "year" | "range" | "since" | "until" | "now" | "this-year" | "last-year" | "vague";
  from?: number;
  to?: number;
};

export type SentenceScan = { figures: FoundFigure[]; exclusions: Exclusion[]; times: TimeExpression[] };

const CN = "零〇一二两三四五六七八九十百千万亿";
const CN_DIGIT = /[〇零一二两三四五六七八九十]/;
const ORD = `[一二三四五六七八九十百零〇两]+|\\d+`;

type Match = RegExpExecArray;
type Rule = {
  name: string;
  pattern: RegExp;
  /** Only where a line starts (list markers). */
  atStart?: boolean;
  apply: (m: Match, ctx: RuleContext) => void;
};
type RuleContext = {
  sentence: string;
  start: number;
  end: number;
  out: SentenceScan;
  /** Leaves the match out; a date or time span also gives the sentence a time expression. */
  exclude: (reason: ExclusionReason, time?: Pick<TimeExpression, "kind" | "from" | "to">) => void;
};

const QUALIFIER_BEFORE: Record<string, DraftQualifier> = {
  将近: "nearly", 接近: "nearly", 近: "nearly",
  超过: "more-than", 超: "more-than", 逾: "more-than", 多于: "more-than",
  大约: "about", 约: "about",
  至少: "at-least", 不少于: "at-least", 不低于: "at-least",
  不足: "less-than", 不到: "less-than", 少于: "less-than", 低于: "less-than",
  不超过: "at-most", 不高于: "at-most", 最多: "at-most",
};
const QUALIFIER_PREFIX = Object.keys(QUALIFIER_BEFORE).sort((a, b) => b.length - a.length).join("|");

const NUMBER = new RegExp(
  `(${QUALIFIER_PREFIX})?(?:(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|([${CN}]+))([余多])?([万亿])?([余多])?`,
  "y",
);

const CHANGE_BEFORE = /(增长|增加|提高|上升|提升|增|下降|减少|降低|回落|降)了?$/;

/** The rules, in the order they are tried. Each names what it leaves out or what it reads. */
export const RULES: Rule[] = [
  { name: "timestamp", pattern: /\d{1,2}:\d{2}(?::\d{2})?/y, apply: (_, c) => c.exclude("time") },
  {
    name: "numeric date",
    pattern: /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})日?/y,
    apply: (m, c) => c.exclude("date", { kind: "year", from: Number(m[1]) }),
  },
  {
    name: "year range",
    pattern: /(\d{4})年?[—–\-~至到]{1,2}(\d{4})年/y,
    apply: (m, c) => c.exclude("date", { kind: "range", from: Number(m[1]), to: Number(m[2]) }),
  },
  {
    name: "calendar date",
    pattern: /(\d{4})年(\d{1,2})月(?:(\d{1,2})[日号])?(?:[—–\-至到]\d{1,2}月)?(?:份|底|末|初|上旬|中旬|下旬)?/y,
    apply: (m, c) => c.exclude("date", { kind: untilBefore(c) ? "until" : "year", from: Number(m[1]) }),
  },
  {
    name: "year",
    pattern: /(\d{4})年(以来|来|起|度)?(?:底|末|初)?/y,
    apply: (m, c) => {
      // 比2019年提高1.2岁: the year a change is measured from is not the figure's period.
      if (/(?:比|较|与|同)$/.test(c.sentence.slice(0, c.start))) return c.exclude("date");
      const kind = m[2] && m[2] !== "度" ? "since" : untilBefore(c) ? "until" : "year";
      c.exclude("date", { kind, from: Number(m[1]) });
    },
  },
  {
    name: "month or day",
    pattern: new RegExp(`(?:\\d{1,2}|[一二三四五六七八九十]{1,3})(?:[—–\\-至到]\\d{1,2})?(?:月(?:份|底|末|初|上旬|中旬|下旬)?|[日号])`, "y"),
    // A month or day without a year (6月底, 28日) is in the year of the source's date.
    apply: (_, c) => c.exclude("date", { kind: "this-year" }),
  },
  { name: "clock time", pattern: /\d{1,2}[时点](?:\d{1,2}分)?/y, apply: (_, c) => c.exclude("time") },
  {
    name: "recent years",
    pattern: /近(\d+|[一二两三四五六七八九十]+)(?:个)?(?:年|个月)/y,
    apply: (_, c) => c.exclude("time-span", { kind: "vague" }),
  },
  { name: "list marker (一)", atStart: true, pattern: new RegExp(`[((](?:${ORD})[))]`, "y"), apply: (_, c) => c.exclude("list-marker") },
  { name: "list marker 1.", atStart: true, pattern: /\d{1,2}[.、.](?!\d)/y, apply: (_, c) => c.exclude("list-marker") },
  { name: "list marker 一、", atStart: true, pattern: /[一二三四五六七八九十]+、/y, apply: (_, c) => c.exclude("list-marker") },
  { name: "list marker 第一,", atStart: true, pattern: /(?:第|其)[一二三四五六七八九十]+[,,、:]/y, apply: (_, c) => c.exclude("list-marker") },
  { name: "list marker 一是", pattern: /[一二三四五六七八九十]是(?=[^非否不])/y, apply: (_, c) => c.exclude("list-marker") },
  { name: "circled list marker", pattern: /[①-⑳]/y, apply: (_, c) => c.exclude("list-marker") },
  {
    name: "rank with scope",
    pattern: new RegExp(`(全省|全国|全市|全区|全州|全盟)(?:排名|排|位居|位列)?第(${ORD})(?:位|名)?`, "y"),
    apply: (m, c) => rank(m, c, m[1], m[2]),
  },
  {
    name: "rank",
    pattern: new RegExp(`(?:排名|排|位居|位列)第(${ORD})(?:位|名)?`, "y"),
    apply: (m, c) => rank(m, c, "排名", m[1]),
  },
  { name: "ordinal", pattern: new RegExp(`第(?:${ORD})(?:届|次|批|期|季度|号|章|节|轮|代|阶段|部分|日|天|个)?`, "y"), apply: (_, c) => c.exclude("ordinal") },
  { name: "number with plus signs (1+9+X)", pattern: /\d+(?:[++][\dA-Za-z]+)+/y, apply: (_, c) => c.exclude("name") },
  { name: "number with letters (5G, 4A)", pattern: /\d+[A-Za-z]+/y, apply: (_, c) => c.exclude("name") },
  { name: "telephone number", pattern: /\d{3,4}-\d{7,8}/y, apply: (_, c) => c.exclude("name") },
  {
    name: "hotline number (12345热线, 服务热线12319)",
    pattern: /\d{3,}(?=热线|政务服务|便民|服务热线|急救|报警|平台)|(?<=热线|电话|拨打)\d{3,}/y,
    apply: (_, c) => c.exclude("name"),
  },
  {
    name: "percentage in words (百分之九十)",
    pattern: new RegExp(`(${QUALIFIER_PREFIX})?百分之(\\d+(?:\\.\\d+)?|[〇零一二两三四五六七八九十百]+)(以上|左右)?`, "y"),
    apply: (m, c) => {
      const qualifier: DraftQualifier = m[1] ? QUALIFIER_BEFORE[m[1]] : m[3] === "以上" ? "more-than" : m[3] ? "about" : "exact";
      c.out.figures.push({ start: c.start, end: c.end, written: m[0], value: readNumber(m[2]), qualifier, measure: "%", kind: "percent" });
    },
  },
  { name: "number", pattern: NUMBER, apply: number },
];

/** 到2024年 / 截至2024年底 closes a range that 2019年以来 opened. */
function untilBefore(c: RuleContext): boolean {
  return /(?:到|至|截至|截止|截止到|截至到)$/.test(c.sentence.slice(0, c.start));
}

function rank(m: Match, c: RuleContext, scope: string, ordinal: string) {
  c.out.figures.push({
    start: c.start, end: c.end, written: m[0], value: readNumber(ordinal), qualifier: "exact", measure: scope, kind: "rank",
  });
}

/** 预约, 节约, 签约, 附近, 就近: the character before turns a qualifier into part of another word. */
const WORD_ENDING_IN_QUALIFIER = /^(?:预约|节约|签约|合约|制约|公约|邀约|履约|附近|最近|就近|临近|邻近|靠近|赶超)/;

function number(m: Match, c: RuleContext) {
  const [, qualifierWord, arabic, chinese, rest1, multiplier, rest2] = m;
  let prefix: string | undefined = qualifierWord;
  if (prefix && WORD_ENDING_IN_QUALIFIER.test(c.sentence.slice(c.start - 1, c.start) + prefix)) {
    c.start += prefix.length;
    prefix = undefined;
  }
  if (chinese && !CN_DIGIT.test(chinese)) {
    // 百场, 万家, 千兆: a bare 百/千/万 is a set phrase, not a count.
    if (measureWordAt(c.sentence, c.end)) c.exclude("set-phrase");
    return;
  }
  let end = c.end;
  const measure = measureWordAt(c.sentence, end);
  if (measure) end += measure.length;
  if (!measure && !multiplier && chinese) return; // 一体, 进一步: a word, not a number
  if (!measure && !multiplier) return c.exclude("no-measure-word");
  if (chinese === "一" && !prefix && !rest1 && !multiplier) return c.exclude("article");

  const after = /^(以上|左右|上下|以内|以下)/.exec(c.sentence.slice(end));
  if (after) end += after[1].length;
  let qualifier: DraftQualifier = "exact";
  if (prefix) qualifier = QUALIFIER_BEFORE[prefix];
  else if (rest1 || rest2 || after?.[1] === "以上") qualifier = "more-than";
  else if (after?.[1] === "以内" || after?.[1] === "以下") qualifier = "at-most";
  else if (after) qualifier = "about";

  const exponent = multiplier === "亿" ? 8 : multiplier === "万" ? 4 : 0;
  const value = arabic
    ? shiftDecimal(arabicDecimal(arabic), exponent)
    : shiftDecimal(String(parseChineseNumber(chinese)), exponent);
  const kind = measure === "%" || measure === "%" ? "percent" : "count";
  const figure: FoundFigure = {
    start: c.start, end, written: c.sentence.slice(c.start, end), value, qualifier, measure: measure ?? "", kind,
  };
  if (kind === "percent" || measure === "个百分点" || measure === "百分点" || measure === "倍") {
    const change = CHANGE_BEFORE.exec(c.sentence.slice(0, c.start));
    if (change) figure.change = /降|减|落/.test(change[1]) ? "decrease" : "increase";
    // 分别增长5.2%和6.8%: the second number shares the first one's verb.
    const previous = c.out.figures.at(-1);
    if (!change && previous?.change && /^(?:和|与|及|、)$/.test(c.sentence.slice(previous.end, c.start))) figure.change = previous.change;
  }
  c.out.figures.push(figure);
  c.end = end;
}

function readNumber(text: string): number {
  return /^\d/.test(text) ? Number(text) : parseChineseNumber(text);
}

/** Spans inside “…”, ‘…’ and 《…》, where numbers belong to names, titles and slogans. */
function quotedSpans(sentence: string) {
  const spans: { start: number; end: number; title: boolean }[] = [];
  const pairs: [string, string][] = [["“", "”"], ["‘", "’"], ["《", "》"], ["「", "」"], ['"', '"']];
  for (const [open, close] of pairs) {
    let from = 0;
    for (;;) {
      const s = sentence.indexOf(open, from);
      if (s < 0) break;
      const e = sentence.indexOf(close, s + 1);
      if (e < 0) break;
      spans.push({ start: s, end: e + 1, title: open === "《" });
      from = e + 1;
    }
  }
  return spans;
}

/**
 * Full-width digits and signs (２０２４年, ９８％) read as their ASCII twins. Each maps to one
 * character, so positions stay the same and the written form is taken from the original.
 */
const halfWidth = (text: string) => text.replace(/[０-９％．：＋]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

/** Every number in a sentence: the figures it states, what it leaves out and why, and its time expressions. */
export function scanSentence(original: string): SentenceScan {
  const out = scanNormalised(halfWidth(original));
  for (const x of [...out.figures, ...out.exclusions, ...out.times]) x.written = original.slice(x.start, x.end);
  return out;
}

function scanNormalised(sentence: string): SentenceScan {
  const out: SentenceScan = { figures: [], exclusions: [], times: [] };
  const spans = quotedSpans(sentence);
  let i = 0;
  while (i < sentence.length) {
    // A title, or a quoted slogan written in Chinese numerals (“五小活动”, “四位一体”), is left out whole.
    const span = spans.find((s) => s.start === i);
    if (span) {
      const inner = sentence.slice(span.start + 1, span.end - 1);
      const numeral = /[〇零一二两三四五六七八九十百千万亿]/.test(inner);
      if (!span.title && /^[\d++A-Za-z]+$/.test(inner)) {
        // “12345”热线, “1+3+N”: a number that is the whole name.
        out.exclusions.push({ start: span.start + 1, end: span.end - 1, written: inner, reason: "name" });
        i = span.end;
        continue;
      }
      // Speech (“…,…。”) is read like any other text; only a short quoted phrase is a slogan.
      const slogan = numeral && !/\d/.test(inner) && inner.length <= 12 && !/[,,。;;!!??]/.test(inner);
      if ((span.title && (numeral || /\d/.test(inner))) || (!span.title && slogan)) {
        out.exclusions.push({ start: span.start, end: span.end, written: sentence.slice(span.start, span.end), reason: span.title ? "title" : "slogan" });
        i = span.end;
        continue;
      }
    }
    let matched = false;
    for (const rule of RULES) {
      if (rule.atStart && i !== 0) continue;
      rule.pattern.lastIndex = i;
      const m = rule.pattern.exec(sentence);
      if (!m || m[0].length === 0) continue;
      const ctx: RuleContext = {
        sentence, start: i, end: i + m[0].length, out,
        exclude: (reason, time) => {
          const written = sentence.slice(ctx.start, ctx.end);
          out.exclusions.push({ start: ctx.start, end: ctx.end, written, reason });
          if (time) out.times.push({ start: ctx.start, end: ctx.end, written, ...time });
        },
      };
      rule.apply(m, ctx);
      i = ctx.end;
      matched = true;
      break;
    }
    if (!matched) i++;
  }
  // Time words without digits still set the period.
  for (const m of sentence.matchAll(/截至目前|截止目前|目前|至今|今年|上半年|下半年|(?<![比较])(?:去年|上年|过去一年)|近年来|近几年|近些年/g)) {
    const kind = /今年|半年/.test(m[0]) ? "this-year" : /去年|上年|过去一年/.test(m[0]) ? "last-year" : /近/.test(m[0]) ? "vague" : "now";
    out.times.push({ start: m.index, end: m.index + m[0].length, written: m[0], kind });
  }
  out.times.sort((a, b) => a.start - b.start);
  return out;
}
