import type { MatchSegment } from "@/lib/search/highlight";

/** Text with its search matches in <mark>; built from React elements, so the text is never parsed as HTML. */
export function Highlighted({ segments }: { segments: MatchSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.match ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-inherit">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
