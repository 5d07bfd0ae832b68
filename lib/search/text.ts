import { Converter } from "opencc-js/t2cn";
import { pinyin } from "pinyin-pro";
import { stemmer } from "stemmer";
import { INVISIBLE } from "./visible";

/**
 * Text as search compares it: the same rules for the query and for what is searched, so that a
 * traditional character, a full-width letter or a thousands separator never stands between a reader
 * and a figure.
 */

// OpenCC's traditional → mainland simplified tables (phrases first, then characters): 養老 → 养老, 臺 → 台.
const toSimplified = Converter({ from: "t", to: "cn" });


/** NFKC (full-width ａｂｃ, １２３), invisible characters out, traditional → simplified, lower case. */
export function normalizeText(text: string): string {
  return toSimplified(text.normalize("NFKC").replace(INVISIBLE, " ")).toLowerCase();
}


const HAN = /\p{Script=Han}/u;
export const isHan = (text: string) => HAN.test(text);

/** A run of the query: Chinese characters, a Latin word, or a number as printed. */
export type Run = { type: "han" | "latin" | "number"; text: string };

// "1,050.19", "97.02%", "2024"; a comma only between digit groups, so "3,217" is one number.
const RUN = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(\p{Script=Han}+)|([a-z][a-z'’-]*[a-z]|[a-z])/gu;

/** Splits normalized text into Chinese runs, Latin words and numbers (thousands separators removed). */
export function runsOf(normalized: string): Run[] {
  const runs: Run[] = [];
  for (const m of normalized.matchAll(RUN)) {
    if (m[1]) runs.push({ type: "number", text: m[1].replace(/,/g, "") });
    else if (m[2]) runs.push({ type: "han", text: m[2] });
    else if (m[3]) runs.push({ type: "latin", text: m[3].replace(/[’']s$/, "").replace(/[’']/g, "") });
  }
  return runs;
}

/** Every number a text states, as search compares numbers: "1,050.19万元" → 1050.19. */
export function numbersIn(normalized: string): Set<string> {
  return new Set(runsOf(normalized).flatMap((r) => (r.type === "number" ? [canonicalNumber(r.text)] : [])));
}

/** 97.020 and 97.02 are the same figure; 098 is 98. */
export const canonicalNumber = (text: string) => String(Number(text));

// Words that carry no meaning in a query: they would match nearly everything.
const ENGLISH_STOPWORDS = new Set(
  "a an the of for in on at to and or is are was were be been how many much what which who whom do does did by with from per about into its it this that these those any all some than more most less there their our your my has have had can could will would should".split(" "),
);
const CHINESE_STOPWORDS = new Set(
  "的 了 吗 呢 啊 吧 么 嘛 呀 是 有 在 和 与 及 或 我 你 他 她 它 我们 你们 他们 这 那 这个 那个 哪 哪里 哪些 什么 怎么 怎样 如何 多少 几 几个 个 能 会 要 想 查 查询 一下 情况 多 都 也 还 就 吧 给 对 把 被 让".split(" "),
);
export const isStopword = (word: string) => ENGLISH_STOPWORDS.has(word) || CHINESE_STOPWORDS.has(word);

/** Porter's stem of an English word: "libraries" and "library" meet at "librari". */
export const stem = (word: string) => stemmer(word);

/** The Latin words of normalized text, stemmed. */
export function stemsIn(normalized: string): Set<string> {
  return new Set(runsOf(normalized).flatMap((r) => (r.type === "latin" ? r.text.split("-").filter(Boolean).map(stem) : [])));
}

const wordSegmenter = new Intl.Segmenter("zh-Hans", { granularity: "word" });

/** Intl.Segmenter's dictionary words of a Chinese run, with where each starts. */
export function dictionaryWords(run: string): { start: number; word: string }[] {
  return [...wordSegmenter.segment(run)].map((s) => ({ start: s.index, word: s.segment }));
}

/** Toneless pinyin of each character of a Chinese run, read in context (率 in 满意率 is lü, not shuai). */
export function pinyinOf(run: string): string[] {
  return pinyin(run, { toneType: "none", type: "array", v: true });
}
