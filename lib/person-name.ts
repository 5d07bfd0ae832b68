import { pinyin } from "pinyin-pro";

/**
 * Chinese personal names in Latin script, for citations in English: APA 7 lists an author as
 * "Surname, I." in the romanisation readers search by (Hanyu Pinyin). Readings come from pinyin-pro
 * in its surname mode, which reads a surname as a surname (单 Shan, 曾 Zeng, 解 Xie, 区 Ou, 长孙 Zhangsun).
 */

// Two-character surnames; every other name's surname is its first character.
const COMPOUND_SURNAMES = new Set(
  "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 轩辕 端木 独孤 南宫 西门 百里 呼延 万俟 澹台 公冶 太史 申屠 闻人 赫连 钟离 司空 鲜于 闾丘 濮阳 淳于 单于 仲孙 叔孙 东郭 南门 子车 左丘 梁丘 宗政 拓跋".split(" "),
);

// An author of two to four Chinese characters is read as a person; a longer one, or one ending in
// what names an office (局, 委员会, 报社), is an organisation, which APA writes in full as printed.
const ORGANISATION_END = /[局委会办院部厅府所处站社报馆团司组队台室心]$/u;

export type RomanisedName = { surname: string; given: string };

const capitalise = (syllables: string[]) => {
  const joined = syllables.join("");
  return joined.charAt(0).toUpperCase() + joined.slice(1);
};

/** A person's name split into surname and given name, in pinyin; null when `name` is not a Chinese personal name. */
export function romanisePersonName(name: string): RomanisedName | null {
  const trimmed = name.trim();
  if (!/^\p{Script=Han}{2,4}$/u.test(trimmed) || ORGANISATION_END.test(trimmed)) return null;
  const split = trimmed.length >= 3 && COMPOUND_SURNAMES.has(trimmed.slice(0, 2)) ? 2 : 1;
  const syllables = pinyin(trimmed, { surname: "head", toneType: "none", type: "array" });
  if (syllables.length !== trimmed.length) return null;
  return { surname: capitalise(syllables.slice(0, split)), given: capitalise(syllables.slice(split)) };
}

/** APA 7's "Wang, X." for 王小明; an organisation or a name already in Latin script as it is. */
export function apaAuthorName(name: string): string {
  const romanised = romanisePersonName(name);
  return romanised ? `${romanised.surname}, ${romanised.given.charAt(0)}.` : name;
}

/** "Wang Xiaoming" for 王小明 (surname first, as the name is said); anything else as it is. */
export function pinyinFullName(name: string): string {
  const romanised = romanisePersonName(name);
  return romanised ? `${romanised.surname} ${romanised.given}` : name;
}
