import { halfWidth, parseChineseNumber, readNumberAt, type Qualifier, type Reading, type ReadingKind } from "../numbers/read";
import { MEASURE_WORDS } from "../numbers/measure-words";

/**
 * Finding every number in one sentence and deciding, rule by rule, whether it
 * states a figure. Rules are tried in order at each position; the first that
 * matches consumes its text, so 2024年 is read as a date before it could be
 * read as a count of years.
 */

/** The schema's qualifiers (lib/numbers/read.ts). */
export type DraftQualifier = Qualifier;

/** A number in a sentence that states a figure. */
export type FoundFigure = {
  start: number;
  end: number;
  /** As the source writes it, qualifier and measure word included (近4000万元, 90%以上, 全省第一). */
  written: string;
  /** In base units: yuan not 万元, 36000 for 3.6万平方米, 70.81 for 70.81%. */
  value: number;
  qualifier: DraftQualifier;
  /** The measure word after the number (个, 人次, 元, %, ‰, 个百分点), or for a rank its scope (全省). */
  measure: string;
  kind: ReadingKind;
  /** Set when the number is a change rather than a level (增长12.5%, 下降3个百分点, 减少500人). */
  change?: "increase" | "decrease";
};

/** A ratio of shares written as one (三次产业结构为18.6:46.5:34.9): one structure, not loose figures. */
export type FoundStructure = { start: number; end: number; written: string; parts: number[] };

export type ExclusionReason =
  | "date" | "time" | "time-span" | "list-marker" | "ordinal" | "name" | "title" | "slogan"
  | "article" | "set-phrase" | "no-measure-word" | "approximate" | "range" | "phone-number" | "document-number";

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

export type SentenceScan = { figures: FoundFigure[]; exclusions: Exclusion[]; times: TimeExpression[]; structures: FoundStructure[] };

const CN = "零〇一二两三四五六七八九十百千万亿";
const CN_DIGIT = /[〇零一二两三四五六七八九十]/;
const ORD = `[一二三四五六七八九十百零〇两]+|\\d+`;

type Match = RegExpExecArray;
type Rule =
  | {
      name: string;
      pattern: RegExp;
      /** Only where a line starts (list markers). */
      atStart?: boolean;
      apply: (m: Match, ctx: RuleContext) => void;
      read?: never;
    }
  /** The last rule: whatever the one reader (lib/numbers/read.ts) reads at the position. */
  | { name: string; read: (r: Reading, ctx: RuleContext) => void; pattern?: never; atStart?: never; apply?: never };
type RuleContext = {
  sentence: string;
  start: number;
  end: number;
  out: SentenceScan;
  /** Leaves the match out; a date or time span also gives the sentence a time expression. */
  exclude: (reason: ExclusionReason, time?: Pick<TimeExpression, "kind" | "from" | "to">) => void;
};

const MEASURE_ALTERNATION = MEASURE_WORDS.join("|");

/** The rules, in the order they are tried. Each names what it leaves out or what it reads. */
export const RULES: Rule[] = [
  {
    name: "document number (〔2024〕12号)",
    pattern: /[〔\[［【(]\d{4}[〕\]］】)]第?\d+号/y,
    apply: (_, c) => c.exclude("document-number"),
  },
  {
    name: "structure of shares (18.6:46.5:34.9)",
    // Only after the word that names it: 09:30:00 is a time, 1:1 配比 a ratio of a rule, not a figure.
    pattern: /(?<=(?:结构|比例|之比|比重)(?:为|是|调整为|优化为|达到)?|收入比为|比为)\d+(?:\.\d+)?(?:[::]\d+(?:\.\d+)?)+/y,
    apply: (m, c) => {
      c.out.structures.push({ start: c.start, end: c.end, written: m[0], parts: m[0].split(/[::]/).map(Number) });
    },
  },
  { name: "mobile phone number", pattern: /1[3-9]\d{9}(?!\d)/y, apply: (_, c) => c.exclude("phone-number") },
  { name: "telephone number", pattern: /(?:\(?0\d{2,3}\)?-?)?\d{7,8}(?!\d)(?=\D|$)|0\d{2,3}-\d{7,8}/y, apply: (_, c) => c.exclude("phone-number") },
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
    name: "approximate words (几十名, 数百, 上千, 十几个)",
    pattern: new RegExp(`(?:[几数上成](?:[十百千万亿])+(?:[余多])?|[一二三四五六七八九十百千]*[十百千]几|成千上万|成百上千)(?:${MEASURE_ALTERNATION})?`, "y"),
    apply: (_, c) => c.exclude("approximate"),
  },
  {
    name: "age group (5岁以下儿童, 60岁及以上老年人)",
    pattern: /(?:\d+|[一二三四五六七八九十]+)岁(?:及|或)?(?:以上|以下)(?=儿童|婴|幼儿|老年|老人|人口|人群|居民|妇女|青少年|学生|的)/y,
    apply: (_, c) => c.exclude("name"),
  },
  { name: "ordinal name (三次产业, 十大生态产业, 九年义务教育)", pattern: /[一二三]次产业|[一二三四五六七八九十]+年(?=义务教育|一贯制|制)|(?<=学前)[一二三]年|[一二三四五六七八九十]+大(?=[\u4e00-\u9fa5]{2})(?!幅|约|量|部分|概|多数|于)/y, apply: (_, c) => c.exclude("name") },
  { name: "ordinal", pattern: new RegExp(`第(?:${ORD})(?:届|次|批|期|季度|号|章|节|轮|代|阶段|部分|日|天|个)?`, "y"), apply: (_, c) => c.exclude("ordinal") },
  { name: "number with plus signs (1+9+X)", pattern: /\d+(?:[++][\dA-Za-z]+)+/y, apply: (_, c) => c.exclude("name") },
  { name: "number with letters (5G, 4A)", pattern: /\d+[A-Za-z]+/y, apply: (_, c) => c.exclude("name") },
  {
    name: "hotline number (12345热线, 服务热线12319)",
    pattern: /\d{3,}(?=热线|政务服务|便民|服务热线|急救|报警|平台)|(?<=热线|电话|拨打)\d{3,}/y,
    apply: (_, c) => c.exclude("name"),
  },
  { name: "number (lib/numbers/read.ts)", read: number },
];

/** 到2024年 / 截至2024年底 closes a range that 2019年以来 opened. */
function untilBefore(c: RuleContext): boolean {
  return /(?:到|至|截至|截止|截止到|截至到)$/.test(c.sentence.slice(0, c.start));
}

/**
 * Whether a number the reader found states a figure. A Chinese numeral that no measure word follows is
 * part of a word (进一步, 一体); a bare 百/千/万 is a set phrase (百场, 万家) unless a qualifier or 余 makes
 * it a quantity (突破百亿元, 千余人); a range has no single value to store.
 */
function number(r: Reading, c: RuleContext) {
  // What a left-out number is written as: the numerals without the measure word after them (万家 → 万).
  const numeralsOnly = () => {
    if (r.measure) c.end = c.start + r.written.lastIndexOf(r.measure);
  };
  if (r.kind === "rank") return void c.out.figures.push(figureOf(r, c));
  const qualified = r.qualifier !== "exact";
  if (r.numerals === "bare-scale") {
    const quantity = qualified || /[百千万亿][万亿]/.test(r.written) ;
    if (!quantity || !r.measure) {
      numeralsOnly();
      if (r.measure) c.exclude("set-phrase"); // 百场, 万家; without a measure word (千兆) a word
      return;
    }
  }
  if (r.kind === "fraction" || r.kind === "percent" || r.kind === "per-mille") {
    // 百分之九十 and 三分之一 need no measure word.
  } else if (!r.measure && !r.scale) {
    if (r.numerals !== "arabic") return; // 一体, 进一步: a word, not a number
    return c.exclude("no-measure-word");
  }
  if (r.numerals === "chinese" && r.value === 1 && !qualified && !r.scale && r.kind === "count") {
    numeralsOnly();
    return c.exclude("article");
  }
  if (r.upper !== undefined) return c.exclude("range");
  c.out.figures.push(figureOf(r, c));
}

const figureOf = (r: Reading, c: RuleContext): FoundFigure => ({
  start: c.start, end: r.end, written: r.written, value: r.value, qualifier: r.qualifier, measure: r.measure, kind: r.kind,
  ...(r.change ? { change: r.change } : {}),
});

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

/** Every number in a sentence: the figures it states, what it leaves out and why, and its time expressions. */
export function scanSentence(original: string): SentenceScan {
  const out = scanNormalised(halfWidth(original));
  for (const x of [...out.figures, ...out.exclusions, ...out.times, ...out.structures]) x.written = original.slice(x.start, x.end);
  return out;
}

function scanNormalised(sentence: string): SentenceScan {
  const out: SentenceScan = { figures: [], exclusions: [], times: [], structures: [] };
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
      const short = inner.length <= 12 && !/[,,。;;!!??]/.test(inner);
      // A phrase with digits is a slogan where it frames a point of view (从“1米高度”看城市) or stands in a
      // heading; in running prose (打造‘15分钟健康服务圈’) its number is a figure.
      // 建成“15分钟便民生活圈”27个: a quoted name the next number counts.
      const framing =
        (/从$/.test(sentence.slice(0, span.start)) && /^(?:看|出发|观察)/.test(sentence.slice(span.end))) ||
        /^(?:\d|[一二两三四五六七八九十百千万]+[个处家座所])/.test(sentence.slice(span.end));
      const heading = !/[,,。;;!!??]/.test(sentence);
      const slogan = short && ((numeral && !/\d/.test(inner)) || (/\d/.test(inner) && (framing || heading)));
      if ((span.title && (numeral || /\d/.test(inner))) || (!span.title && slogan)) {
        out.exclusions.push({ start: span.start, end: span.end, written: sentence.slice(span.start, span.end), reason: span.title ? "title" : "slogan" });
        i = span.end;
        continue;
      }
    }
    let matched = false;
    for (const rule of RULES) {
      if (rule.atStart && i !== 0) continue;
      let m: RegExpExecArray | null = null;
      let reading: Reading | null = null;
      if (rule.read) reading = readNumberAt(sentence, i);
      else {
        rule.pattern.lastIndex = i;
        m = rule.pattern.exec(sentence);
      }
      const length = reading ? reading.end - i : (m?.[0].length ?? 0);
      if (!length) continue;
      const ctx: RuleContext = {
        sentence, start: i, end: i + length, out,
        exclude: (reason, time) => {
          const written = sentence.slice(ctx.start, ctx.end);
          out.exclusions.push({ start: ctx.start, end: ctx.end, written, reason });
          if (time) out.times.push({ start: ctx.start, end: ctx.end, written, ...time });
        },
      };
      if (rule.read) rule.read(reading!, ctx);
      else rule.apply(m!, ctx);
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
