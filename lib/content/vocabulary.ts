import { z } from "zod";

/**
 * content/vocabulary.yaml: what readers call each indicator, keyed by its slug. Search matches these
 * words as strongly as the indicator's name: 低保 and dibao find the minimum living allowance although
 * the article says 发放低保金, 上大学 finds the undergraduate admission rate.
 */
// YAML reads 12345 as a number; a reader types it as a word.
const word = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(z.string().trim().min(1, "a word cannot be empty").max(40, "at most 40 characters"));
const words = z.array(word).min(1, "list at least one word, or leave the language out");

export const vocabularyEntrySchema = z.strictObject({
  /** Chinese: colloquial and official words, abbreviations (低保), pinyin readers type (dibao). */
  zh: words.optional(),
  /** English: plain words, abbreviations, other spellings. */
  en: words.optional(),
});

export const vocabularyFileSchema = z.record(z.string().min(1), vocabularyEntrySchema).default({});

export type VocabularyEntry = { zh: string[]; en: string[] };
/** Indicator slug → its words in each language, lower-cased and without duplicates. */
export type Vocabulary = Record<string, VocabularyEntry>;

/**
 * The file's words for the indicators content has, and a problem (file and key) for every slug that is
 * not an indicator: a renamed or misspelt key would otherwise find nothing, silently.
 */
export function checkVocabulary(
  raw: z.infer<typeof vocabularyFileSchema>,
  file: string,
  indicatorSlugs: ReadonlySet<string>,
): { vocabulary: Vocabulary; problems: string[] } {
  const problems: string[] = [];
  const vocabulary: Vocabulary = {};
  for (const [slug, entry] of Object.entries(raw)) {
    if (!indicatorSlugs.has(slug)) {
      problems.push(`${file}: ${slug}: no indicator has this slug (renamed? see content/redirects.yaml for the new one)`);
      continue;
    }
    const clean = (list: string[] | undefined) => [...new Set((list ?? []).map((w) => w.normalize("NFKC").toLowerCase()))];
    vocabulary[slug] = { zh: clean(entry.zh), en: clean(entry.en) };
  }
  return { vocabulary, problems };
}
