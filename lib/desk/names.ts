import type { Bilingual } from "../content/schema";
import { isSlug } from "../domain/slug";
import { wordingScore } from "../draft/match";

/**
 * Names proposed for a new indicator, from the portal's own bilingual names: a Chinese label that shares
 * its words with a name already translated starts from that translation. A proposal, always shown for the
 * editor to change; never a machine translation.
 */

/** Below this share of words in common, another name's English is no help. */
const ENOUGH = 0.35;

export function proposeEnglish(label: string, names: Bilingual[]): { text: string; from: string | null } {
  let best: { name: Bilingual; score: number } | null = null;
  for (const name of names) {
    // A name the label contains whole (公园 in 新建社区公园) is the surest match.
    const score = label.includes(name.zh) ? 1 + name.zh.length / 100 : wordingScore(label, name.zh);
    if (!best || score > best.score) best = { name, score };
  }
  return best && best.score >= ENOUGH ? { text: best.name.en, from: best.name.zh } : { text: "", from: null };
}

/** A slug by the slug rule from the English name, with the topic in front, not one already taken. */
export function proposeSlug(english: string, topic: string | null, taken: Set<string>): string {
  const words = english.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  // The topic leads unless the name already starts with it (Parks → parks, not parks-parks).
  const base = (topic && !words.startsWith(topic.replace(/s$/, "")) ? [topic, words] : [words || topic]).filter(Boolean).join("-") || "indicator";
  let slug = base;
  for (let n = 2; taken.has(slug) || !isSlug(slug); n++) slug = isSlug(base) ? `${base}-${n}` : "indicator";
  return slug;
}
