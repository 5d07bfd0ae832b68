import { expect, it } from "vitest";
import { checkVocabulary, vocabularyFileSchema } from "./vocabulary";

it("keeps the words of known indicators, lower-cased and once each; a number is read as a word", () => {
  const raw = vocabularyFileSchema.parse({ "assistance-dibao": { zh: ["低保", "低保", 12345], en: ["Dibao"] } });
  expect(checkVocabulary(raw, "content/vocabulary.yaml", new Set(["assistance-dibao"]))).toEqual({
    vocabulary: { "assistance-dibao": { zh: ["低保", "12345"], en: ["dibao"] } },
    problems: [],
  });
});

it("refuses a slug that is no indicator, naming the file and the key", () => {
  const raw = vocabularyFileSchema.parse({ "assistance-dibau": { zh: ["低保"] } });
  const { problems, vocabulary } = checkVocabulary(raw, "content/vocabulary.yaml", new Set(["assistance-dibao"]));
  expect(vocabulary).toEqual({});
  expect(problems).toEqual([expect.stringMatching(/^content\/vocabulary\.yaml: assistance-dibau: no indicator has this slug/)]);
});

it("refuses an empty word list and unknown languages", () => {
  expect(vocabularyFileSchema.safeParse({ x: { zh: [] } }).success).toBe(false);
  expect(vocabularyFileSchema.safeParse({ x: { fr: ["a"] } }).success).toBe(false);
});
