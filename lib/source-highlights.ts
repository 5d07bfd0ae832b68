import type { TextSpan } from "./content/source-text";

/** A stretch of a source's text to mark: a figure's words, linked to its page. */
export type Highlight = { start: number; end: number; id: string; href: string; title: string };
/** A point in the text to link to, such as where a quoted resident's words or a sentence begin. */
export type Anchor = { offset: number; id: string };

/** A run of a source's text as the source page shows it (search results have their own, lib/search/highlight.ts). */
export type SourceSegment =
  | { kind: "text"; text: string }
  /** A photo caption, as printed where the photo stood (lib/content/source-text.ts captionSpans). */
  | { kind: "caption"; text: string }
  /** `highlight.id` is "" when an earlier mark already carries the id (one indicator, several figures). */
  | { kind: "mark"; text: string; highlight: Highlight }
  | { kind: "anchor"; id: string };

/**
 * Cuts a source's text into plain runs, captions, marked figures and anchors, in order.
 * Overlapping highlights keep the first, and a figure whose words another's mark covers gets an
 * anchor there instead, so that every figure's "see in source" link lands on its words. Every id
 * appears once. The text itself is never altered, so the page shows the article exactly as published.
 */
export function segmentSource(text: string, highlights: Highlight[], anchors: Anchor[], captions: TextSpan[] = []): SourceSegment[] {
  const marks = [...highlights].sort((a, b) => a.start - b.start);
  const kept: Highlight[] = [];
  const ids = new Set<string>();
  const points: Anchor[] = [];
  for (const m of marks) {
    const fresh = !ids.has(m.id);
    ids.add(m.id);
    if (!kept.length || m.start >= kept[kept.length - 1].end) kept.push(fresh ? m : { ...m, id: "" });
    // Its words lie inside an earlier mark: its anchor goes just before that mark.
    else if (fresh) points.push({ offset: kept[kept.length - 1].start, id: m.id });
  }
  for (const a of anchors) {
    if (ids.has(a.id)) continue;
    ids.add(a.id);
    points.push(a);
  }
  points.sort((a, b) => a.offset - b.offset);

  const segments: SourceSegment[] = [];
  const pushText = (from: number, to: number) => {
    // Split plain text where captions begin and end; a caption inside a mark stays part of the mark.
    let at = from;
    for (const c of captions) {
      if (c.end <= at || c.start >= to) continue;
      const start = Math.max(c.start, at);
      const end = Math.min(c.end, to);
      if (start > at) segments.push({ kind: "text", text: text.slice(at, start) });
      segments.push({ kind: "caption", text: text.slice(start, end) });
      at = end;
    }
    if (to > at) segments.push({ kind: "text", text: text.slice(at, to) });
  };
  let at = 0;
  let p = 0;
  const flushText = (until: number) => {
    while (p < points.length && points[p].offset <= until) {
      const anchor = points[p++];
      const cut = Math.max(at, anchor.offset);
      if (cut > at) pushText(at, cut);
      at = cut;
      segments.push({ kind: "anchor", id: anchor.id });
    }
    if (until > at) pushText(at, until);
    at = Math.max(at, until);
  };
  for (const m of kept) {
    flushText(m.start);
    segments.push({ kind: "mark", text: text.slice(m.start, m.end), highlight: m });
    at = m.end;
  }
  flushText(text.length);
  return segments;
}
