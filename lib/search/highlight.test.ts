import { describe, expect, it } from "vitest";
import { excerpt, highlight } from "./highlight";
import { searchTerms } from "./query";

describe("highlight", () => {
  it("marks every case-insensitive match", () => {
    expect(highlight("Residents' Satisfaction rate", ["satisfaction"])).toEqual([
      { text: "Residents' ", match: false },
      { text: "Satisfaction", match: true },
      { text: " rate", match: false },
    ]);
  });

  it("treats regular-expression characters in the query as text", () => {
    expect(highlight("按时办结率达99.33%", ["99.33"]).filter((s) => s.match)).toEqual([{ text: "99.33", match: true }]);
    expect(highlight("a.b", ["("])).toEqual([{ text: "a.b", match: false }]);
  });

  it("keeps markup as plain text segments", () => {
    const segments = highlight("<script>alert(1)</script>", ["<script>"]);
    expect(segments.map((s) => s.text).join("")).toBe("<script>alert(1)</script>");
    expect(segments[0]).toEqual({ text: "<script>", match: true });
  });
});

it("excerpts around the first match", () => {
  const text = `${"前".repeat(100)}满意率${"后".repeat(200)}`;
  const out = excerpt(text, ["满意率"], 10);
  expect(out.startsWith("…")).toBe(true);
  expect(out).toContain("满意率");
  expect(out.endsWith("…")).toBe(true);
});

it("splits a query into at most eight terms", () => {
  expect(searchTerms("  热线   satisfaction ")).toEqual(["热线", "satisfaction"]);
  expect(searchTerms("ａｂｃ")).toEqual(["abc"]); // full-width letters typed with a Chinese IME
  expect(searchTerms("a b c d e f g h i j")).toHaveLength(8);
});
