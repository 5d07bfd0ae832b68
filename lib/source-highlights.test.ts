import { describe, expect, it } from "vitest";
import { segmentSource, type Highlight } from "./source-highlights";

const mark = (start: number, end: number, id: string): Highlight => ({ start, end, id, href: `/indicators/${id}`, title: id });

describe("segmentSource", () => {
  const text = "热线满意率全省第一,综合排名第二。图注\n下一句。";

  it("gives a figure whose words another mark covers an anchor just before that mark", () => {
    const segments = segmentSource(text, [mark(0, 9, "fig-a"), mark(5, 9, "fig-b")], []);
    expect(segments.slice(0, 2)).toEqual([
      { kind: "anchor", id: "fig-b" },
      { kind: "mark", text: "热线满意率全省第一", highlight: mark(0, 9, "fig-a") },
    ]);
  });

  it("puts each id on the page once (one indicator, several figures in one source)", () => {
    const segments = segmentSource(text, [mark(0, 2, "fig-a"), mark(10, 14, "fig-a")], [{ offset: 0, id: "fig-a" }]);
    const ids = segments.flatMap((s) => (s.kind === "anchor" ? [s.id] : s.kind === "mark" ? [s.highlight.id] : []));
    expect(ids).toEqual(["fig-a", ""]);
  });

  it("marks caption lines and keeps every character of the text in order", () => {
    const segments = segmentSource(text, [mark(0, 2, "fig-a")], [{ offset: 17, id: "s-17" }], [{ start: 17, end: 19 }]);
    expect(segments.find((s) => s.kind === "caption")).toEqual({ kind: "caption", text: "图注" });
    expect(segments.map((s) => ("text" in s ? s.text : "")).join("")).toBe(text);
    expect(segments.findIndex((s) => s.kind === "anchor")).toBeLessThan(segments.findIndex((s) => s.kind === "caption"));
  });
});
