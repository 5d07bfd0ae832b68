/** A piece of text, marked when it matches a search term. Rendered as <mark>, never as HTML. */
/** A run of a search result's text, matched by the query or not. */
export type MatchSegment = { text: string; match: boolean };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Splits `text` at every case-insensitive occurrence of any term. */
export function highlight(text: string, terms: string[]): MatchSegment[] {
  const wanted = terms.map((t) => t.normalize("NFKC")).filter(Boolean).sort((a, b) => b.length - a.length);
  if (!wanted.length) return [{ text, match: false }];
  const re = new RegExp(wanted.map(escapeRegExp).join("|"), "gi");
  const out: MatchSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), match: false });
    out.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), match: false });
  return out;
}

/** The part of a long text around its first match, with ellipses where it was cut. */
export function excerpt(text: string, terms: string[], radius = 60): string {
  const lower = text.toLowerCase();
  const positions = terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0);
  const at = positions.length ? Math.min(...positions) : 0;
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + radius * 2);
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}
