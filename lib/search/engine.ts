import { distance } from "fastest-levenshtein";
import {
  canonicalNumber,
  dictionaryWords,
  isHan,
  isStopword,
  normalizeText,
  numbersIn,
  pinyinOf,
  runsOf,
  stem,
  stemsIn,
} from "./text";

/**
 * Search as readers mean it, over documents held in memory (topics, indicators, residents' voices;
 * source sentences are fetched from SQLite's index per query and scored here the same way).
 *
 * A query becomes groups, one per word it contains; each group lists what would count as that word
 * (the word, its synonyms, the English word it misspells, the Chinese word its pinyin spells, the word
 * its homophone slip meant). A document scores, for each group it matches, the group's rarity times
 * the weight of the best field it matches in: an indicator's name and the words readers use for it
 * weigh most, then its description, then the sentences it quotes. A document must match most of
 * the query to be listed; the rest are the "nearest" offered when nothing matches.
 */

export type SearchLocale = "zh" | "en";
export type ItemKind = "indicator" | "topic" | "story";

/** Field weights: what a match in each kind of text says about the document. */
export const WEIGHT = {
  name: 10,
  /** The figure's values as written ("1050.19万元", "97.02%"). */
  value: 9,
  vocabulary: 8,
  description: 4,
  topicText: 3,
  /** A quoted or source sentence, a resident's words. */
  sentence: 2,
} as const;

export type FieldText = { text: string; weight: number; locale: SearchLocale };

/** A field made ready to match: normalized text, its English stems and its numbers. */
type Field = { text: string; weight: number; locale: SearchLocale; stems: Set<string>; numbers: Set<string> };

export type SearchDocument = { kind: ItemKind | "sentence"; ref: string; fields: Field[] };

export type IndexInput = {
  items: { kind: ItemKind; ref: string; fields: FieldText[] }[];
  /** content/synonyms.yaml: a reader's word → the words content uses (lower-case). */
  synonyms: [term: string, target: string][];
};

export type SearchIndex = {
  documents: SearchDocument[];
  /** Chinese words known to content, for cutting a query into words. */
  lexicon: Set<string>;
  /** Every Chinese text of the documents, to tell a word content uses from a slip. */
  chinese: string;
  /** Toneless pinyin ("shi lao hua") → the Chinese word of names and vocabulary with that sound. */
  byPinyin: Map<string, string>;
  /** The same without spaces ("shilaohua"), for pinyin typed with the input method off. */
  byJoinedPinyin: Map<string, string>;
  /** English words of the documents → their stems. */
  englishWords: Map<string, string>;
  englishStems: Set<string>;
  synonyms: Map<string, string[]>;
};

export const prepareField = ({ text, weight, locale }: FieldText): Field => {
  const normalized = normalizeText(text);
  return { text: normalized, weight, locale, stems: stemsIn(normalized), numbers: numbersIn(normalized) };
};

const MAX_WORD = 12;
const MAX_GRAM = 6;

/** Builds the in-memory index once per database version (lib/data/search.ts keeps it). */
export function buildSearchIndex({ items, synonyms }: IndexInput): SearchIndex {
  const documents = items.map((item) => ({ kind: item.kind, ref: item.ref, fields: item.fields.filter((f) => f.text.trim()).map(prepareField) }));
  const lexicon = new Set<string>();
  const chineseTexts: string[] = [];
  const soundCounts = new Map<string, Map<string, number>>();
  const englishWords = new Map<string, string>();
  const synonymMap = new Map<string, string[]>();
  for (const [term, target] of synonyms) {
    const key = normalizeText(term);
    synonymMap.set(key, [...(synonymMap.get(key) ?? []), normalizeText(target)]);
  }
  const addWord = (word: string) => {
    if (word.length >= 2 && word.length <= MAX_WORD && isHan(word) && !/[^\p{Script=Han}]/u.test(word)) lexicon.add(word);
  };
  for (const key of synonymMap.keys()) addWord(key);
  for (const targets of synonymMap.values()) targets.forEach(addWord);

  for (const doc of documents) {
    for (const field of doc.fields) {
      for (const run of runsOf(field.text)) {
        if (run.type === "latin") {
          for (const word of run.text.split("-")) if (word.length >= 2) englishWords.set(word, stem(word));
          continue;
        }
        if (run.type !== "han") continue;
        chineseTexts.push(run.text);
        for (const { word } of dictionaryWords(run.text)) addWord(word);
        // Names and readers' words are short: every stretch of them is a word a reader may type by sound.
        if (field.weight < WEIGHT.vocabulary || field.weight === WEIGHT.value) continue;
        addWord(run.text);
        const sounds = pinyinOf(run.text);
        for (let i = 0; i < run.text.length; i++) {
          for (let len = 2; len <= MAX_GRAM && i + len <= run.text.length; len++) {
            const key = sounds.slice(i, i + len).join(" ");
            const gram = run.text.slice(i, i + len);
            const counts = soundCounts.get(key) ?? new Map<string, number>();
            counts.set(gram, (counts.get(gram) ?? 0) + 1);
            soundCounts.set(key, counts);
          }
        }
      }
    }
  }
  // Where two words sound alike, the one content uses more often is the likelier meaning.
  const byPinyin = new Map<string, string>();
  const byJoinedPinyin = new Map<string, string>();
  for (const [key, counts] of soundCounts) {
    const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    byPinyin.set(key, best);
    const joined = key.replace(/ /g, "");
    if (!byJoinedPinyin.has(joined) || (soundCounts.get(key)!.get(best) ?? 0) > 1) byJoinedPinyin.set(joined, best);
  }
  return { documents, lexicon, chinese: chineseTexts.join("\n"), byPinyin, byJoinedPinyin, englishWords, englishStems: new Set(englishWords.values()), synonyms: synonymMap };
}

/** One way a query word can be matched, and how much such a match is worth (1 for the word as typed). */
export type Alternative = { match: "text" | "stem" | "number"; value: string; weight: number };
/** A word of the query: every way of matching it. */
export type QueryGroup = { word: string; alternatives: Alternative[] };

export type ParsedQuery = {
  groups: QueryGroup[];
  /** Strings to mark in results: the words as content writes them. */
  highlights: string[];
};

/**
 * Replaces stretches of a Chinese run that content never uses but that sound like a word it does:
 * 适老话改造 → 适老化改造, 图书官 → 图书馆. A stretch is replaced only when the sound-alike is longer
 * than the longest stretch content uses as typed, so correct words stay as they are.
 */
export function correctHomophones(index: SearchIndex, run: string): string {
  const sounds = pinyinOf(run);
  let out = "";
  let i = 0;
  while (i < run.length) {
    let exact = 1;
    for (let len = Math.min(MAX_WORD, run.length - i); len >= 2; len--) {
      if (index.chinese.includes(run.slice(i, i + len))) {
        exact = len;
        break;
      }
    }
    let replacement: string | undefined;
    for (let len = Math.min(MAX_GRAM, run.length - i); len > exact; len--) {
      const candidate = index.byPinyin.get(sounds.slice(i, i + len).join(" "));
      if (candidate && candidate !== run.slice(i, i + len)) {
        replacement = candidate;
        break;
      }
    }
    if (replacement) {
      out += replacement;
      i += replacement.length;
    } else {
      out += run.slice(i, i + exact);
      i += exact;
    }
  }
  return out;
}

/**
 * Cuts a Chinese run into words: at each point the longest word content knows (its names, readers'
 * words, synonyms), unless Intl.Segmenter's dictionary sees a longer word there.
 */
export function segment(index: SearchIndex, run: string): string[] {
  const dictionary = new Map(dictionaryWords(run).map((w) => [w.start, w.word]));
  const words: string[] = [];
  let i = 0;
  while (i < run.length) {
    let known = "";
    for (let len = Math.min(MAX_WORD, run.length - i); len >= 2; len--) {
      if (index.lexicon.has(run.slice(i, i + len))) {
        known = run.slice(i, i + len);
        break;
      }
    }
    const seen = dictionary.get(i);
    // The dictionary's word wins when it is longer and content uses it (老人家 in 老人家里 is 老人 + 家里).
    const word = known && (!seen || known.length >= seen.length || !index.chinese.includes(seen)) ? known : (seen ?? run[i]);
    words.push(word);
    i += word.length;
  }
  return words;
}

/** How far an English word may be from the word meant: one slip in a short word, two in a long one. */
const allowedSlips = (word: string) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

function englishAlternatives(index: SearchIndex, word: string): { alternatives: Alternative[]; shown: string[] } {
  const own = stem(word);
  const alternatives: Alternative[] = [{ match: "stem", value: own, weight: 1 }];
  const shown = [word];
  if (!index.englishStems.has(own)) {
    const slips = allowedSlips(word);
    for (const [candidate, candidateStem] of index.englishWords) {
      if (candidateStem === own) continue;
      const prefix = word.length >= 4 && candidate.startsWith(word);
      const near = slips > 0 && Math.abs(candidate.length - word.length) <= slips && distance(candidate, word) <= slips;
      if (prefix || near) {
        alternatives.push({ match: "stem", value: candidateStem, weight: near ? 0.8 : 0.7 });
        shown.push(candidate);
      }
    }
  }
  // Pinyin typed with the input method off: "gaokao" → 高考.
  const han = index.byJoinedPinyin.get(word);
  if (han && word.length >= 4) {
    alternatives.push({ match: "text", value: han, weight: 0.9 });
    shown.push(han);
  }
  return { alternatives, shown };
}

function withSynonyms(index: SearchIndex, word: string, alternatives: Alternative[]): Alternative[] {
  const targets = index.synonyms.get(word) ?? [];
  return [...alternatives, ...targets.map((value): Alternative => ({ match: "text", value, weight: 0.9 }))];
}

/** The query's words, each with every way of matching it. */
export function parseQuery(index: SearchIndex, query: string): ParsedQuery {
  const groups: QueryGroup[] = [];
  const highlights: string[] = [];
  for (const run of runsOf(normalizeText(query)).slice(0, 24)) {
    if (run.type === "number") {
      groups.push({ word: run.text, alternatives: [{ match: "number", value: canonicalNumber(run.text), weight: 1 }] });
      highlights.push(run.text);
    } else if (run.type === "latin") {
      for (const word of run.text.split("-").filter(Boolean)) {
        if (isStopword(word) || word.length < 2) continue;
        const { alternatives, shown } = englishAlternatives(index, word);
        groups.push({ word, alternatives: withSynonyms(index, word, alternatives) });
        highlights.push(...shown, ...(index.synonyms.get(word) ?? []));
      }
    } else {
      const corrected = correctHomophones(index, run.text);
      for (const word of segment(index, corrected)) {
        if (isStopword(word)) continue;
        const alternatives: Alternative[] = [{ match: "text", value: word, weight: 1 }];
        // A longer word content never uses may still share its parts with what the reader means.
        if (word.length >= 3 && !index.chinese.includes(word)) {
          for (let i = 0; i + 2 <= word.length; i++) alternatives.push({ match: "text", value: word.slice(i, i + 2), weight: 0.5 });
        }
        groups.push({ word, alternatives: withSynonyms(index, word, alternatives) });
        highlights.push(word, ...(index.synonyms.get(word) ?? []));
      }
    }
  }
  return { groups, highlights: [...new Set(highlights)] };
}

const matches = (field: Field, alt: Alternative) =>
  alt.match === "number" ? field.numbers.has(alt.value) : alt.match === "stem" ? field.stems.has(alt.value) : field.text.includes(alt.value);

/** How well each group matches a document (0 when it does not), and the language of its best field. */
export type DocumentMatch = { weights: number[]; locale: SearchLocale };

export function matchDocument(doc: SearchDocument, groups: QueryGroup[], readerLocale: SearchLocale): DocumentMatch {
  let best = 0;
  let locale: SearchLocale = readerLocale;
  const weights = groups.map((group) => {
    let groupBest = 0;
    for (const field of doc.fields) {
      for (const alt of group.alternatives) {
        const w = field.weight * alt.weight;
        if ((w <= groupBest && w < best) || !matches(field, alt)) continue;
        if (w > groupBest) groupBest = w;
        // The snippet's language: the best-weighted field that matched, the reader's on a tie.
        if (w > best || (w === best && field.locale === readerLocale)) {
          best = w;
          locale = field.locale;
        }
      }
    }
    return groupBest;
  });
  return { weights, locale };
}

export type Scored = { doc: SearchDocument; score: number; coverage: number; locale: SearchLocale };

/**
 * Scores documents: a group's rarity among the items (indicators, topics, voices) times its best
 * field weight, summed, then scaled by the square of the share of the query's weight the document
 * matched, so a document matching every word outranks one that matches a common word well.
 * Groups that match nothing anywhere (a filler word) do not count against anyone.
 */
export function scoreDocuments(items: SearchDocument[], sentences: SearchDocument[], groups: QueryGroup[], readerLocale: SearchLocale): Scored[] {
  const itemMatches = items.map((doc) => ({ doc, ...matchDocument(doc, groups, readerLocale) }));
  const sentenceMatches = sentences.map((doc) => ({ doc, ...matchDocument(doc, groups, readerLocale) }));
  const all = [...itemMatches, ...sentenceMatches];
  const n = items.length;
  const rarity = groups.map((group, g) => {
    const df = itemMatches.filter((m) => m.weights[g] > 0).length;
    // A single character (装, 远, 钱) or digit says little alone and turns up by chance in long sentences.
    const single = [...group.word].length === 1 && (isHan(group.word) || /\d/.test(group.word));
    const anywhere = df > 0 || (!single && sentenceMatches.some((m) => m.weights[g] > 0));
    if (anywhere) return (single ? 0.3 : 1) * Math.log(1 + (n + 1) / (df + 0.5));
    // A real word that nothing uses (script, alert) still counts against a match on the rest:
    // "<script>alert(1)</script>" is not a search for the figures whose value is 1.
    return !single && group.alternatives[0].match !== "number" && [...group.word].length >= 3 ? -1 : 0;
  });
  // Weighed as a word only one document uses, halved: it may be a word content does not need.
  for (let g = 0; g < rarity.length; g++) if (rarity[g] < 0) rarity[g] = Math.log(1 + (n + 1) / 1.5) / 2;
  const unmatched = new Set(rarity.flatMap((r, g) => (r > 0 && ![...itemMatches, ...sentenceMatches].some((m) => m.weights[g] > 0) ? [g] : [])));
  const whole = rarity.reduce((a, b) => a + b, 0);
  if (whole === 0 || unmatched.size === groups.length) return [];
  return all.flatMap(({ doc, weights, locale }) => {
    let raw = 0;
    let covered = 0;
    weights.forEach((w, g) => {
      if (w > 0) {
        raw += rarity[g] * w;
        covered += rarity[g];
      }
    });
    if (raw === 0) return [];
    const coverage = covered / whole;
    return [{ doc, score: raw * coverage * coverage, coverage, locale }];
  });
}

/**
 * Which scored documents are listed: those matching at least half the query's weight, or, when no
 * document does (a long question with words content never uses), those within a quarter of the best
 * match's coverage, and never below a quarter. The rest are only "nearest".
 */
export function listed(scored: Scored[]): Scored[] {
  const best = Math.max(0, ...scored.map((s) => s.coverage));
  const floor = Math.max(0.25, Math.min(0.5, best * 0.75));
  return scored.filter((s) => s.coverage >= floor);
}

const KIND_ORDER: Record<SearchDocument["kind"], number> = { topic: 0, indicator: 1, story: 2, sentence: 3 };

/** Best first; on a tie, a topic before a figure before a voice before a sentence, then content order. */
export const byRelevance = (a: Scored, b: Scored) => b.score - a.score || KIND_ORDER[a.doc.kind] - KIND_ORDER[b.doc.kind];

/** Every Chinese character and English word of a query as its own group: for "nearest" when nothing matches well. */
export function looseGroups(index: SearchIndex, query: string): QueryGroup[] {
  const groups: QueryGroup[] = [];
  for (const run of runsOf(normalizeText(query))) {
    if (run.type === "han") {
      for (const ch of correctHomophones(index, run.text)) if (!isStopword(ch)) groups.push({ word: ch, alternatives: [{ match: "text", value: ch, weight: 1 }] });
    } else if (run.type === "latin" && !isStopword(run.text)) {
      groups.push({ word: run.text, alternatives: englishAlternatives(index, run.text).alternatives });
    }
  }
  return groups;
}
