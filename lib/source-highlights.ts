/** A stretch of a source's text to mark: a figure's words, linked to its page. */
export type Highlight = { start: number; end: number; id: string; href: string; title: string };
/** A point in the text to link to, such as where a quoted resident's words begin. */
export type Anchor = { offset: number; id: string };

/** A run of a source's text as the source page shows it (search results have their own, lib/search/highlight.ts). */
export type SourceSegment =
  | { kind: "text"; text: string }
  | { kind: "mark"; text: string; highlight: Highlight }
  | { kind: "anchor"; id: string };

/**
 * Cuts a source's text into plain runs, marked figures and anchors, in order.
 * Overlapping highlights keep the first; the text itself is never altered, so
 * the page shows the article exactly as published.
 */
export function segmentSource(text: string, highlights: Highlight[], anchors: Anchor[]): SourceSegment[] {
  const marks = [...highlights].sort((a, b) => a.start - b.start);
  const kept: Highlight[] = [];
  for (const m of marks) if (!kept.length || m.start >= kept[kept.length - 1].end) kept.push(m);

  const points = [...anchors].sort((a, b) => a.offset - b.offset);
  const segments: SourceSegment[] = [];
  let at = 0;
  let p = 0;
  const flushText = (until: number) => {
    while (p < points.length && points[p].offset <= until) {
      const anchor = points[p++];
      const cut = Math.max(at, anchor.offset);
      if (cut > at) segments.push({ kind: "text", text: text.slice(at, cut) });
      at = cut;
      segments.push({ kind: "anchor", id: anchor.id });
    }
    if (until > at) segments.push({ kind: "text", text: text.slice(at, until) });
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
