import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../content/load";
import { checkText, IntakeError, MAX_TEXT_CHARS, startReview, textOfFile } from "./intake";

const FIXTURES = path.resolve(import.meta.dirname, "../../tests/fixtures");
const report = readFileSync(path.join(FIXTURES, "desk/sampleton-report-2031.txt"), "utf8");
const source = { slug: "sampleton-report-2031", type: "government-report" as const, language: "zh-CN", title: { zh: "题", en: "Title" }, authors: ["样例市园林局"], publisher: null, published: "2032-01-20", url: null, retrieved: "2032-02-01" };

function fixtureContent() {
  const dir = mkdtempSync(path.join(tmpdir(), "desk-intake-"));
  cpSync(path.join(FIXTURES, "second-city"), dir, { recursive: true });
  return loadContent(dir);
}

describe("text the desk accepts", () => {
  it.each([
    ["an empty file", "report.txt", Buffer.alloc(0), "report.txt is empty."],
    ["a binary file", "report.txt", Buffer.from([0x89, 0x50, 0x00, 0xff]), "not UTF-8 text"],
    ["text with control characters", "report.txt", Buffer.from("abc\u0000def"), "binary file"],
    ["a .docx that is not a zip", "report.docx", Buffer.from("plain text"), "is not a Word .docx file"],
    ["a zip that is not a .docx", "report.docx", Buffer.from("PK\u0003\u0004broken"), "is not a Word .docx file that can be read"],
    ["another file type", "report.pdf", Buffer.from("%PDF-1.7"), "upload a .txt or .docx file"],
  ])("refuses %s with a message", async (_, name, data, message) => {
    await expect(textOfFile(name, data)).rejects.toThrow(message);
  });

  it("reads a .docx through mammoth, paragraph by paragraph", async () => {
    const text = await textOfFile("r.docx", readFileSync(path.join(FIXTURES, "desk/sampleton-report-2031.docx")));
    expect(text).toContain("2031年,样例市新建口袋公园15个。");
    expect(text.startsWith("样例市2031年公园建设情况\n")).toBe(true);
  });

  it("refuses a whitespace-only text and one longer than any report", () => {
    expect(() => checkText(" \n\t")).toThrow("The text is empty");
    const error = (() => {
      try {
        checkText("数".repeat(MAX_TEXT_CHARS + 1));
      } catch (e) {
        return e as IntakeError;
      }
    })();
    expect(error?.status).toBe(413);
  });
});

describe("a new review", () => {
  it("drafts every candidate, located in the text, with the drafter's series match", () => {
    const review = startReview(fixtureContent(), source, null, report);
    expect(review.candidates.map((c) => [c.written, c.figure.value, c.figure.period, c.match?.slug ?? null])).toEqual([
      ["15个", 15, "2031", "parks-pocket-parks-built"],
      ["76.4%", 76.4, "2031", null],
      ["13个", 13, "2030", "parks-pocket-parks-built"],
      ["25%", 25, "2030", null],
    ]);
    for (const c of review.candidates) expect(review.text.slice(c.span!.start, c.span!.end)).toBe(c.written);
    expect(review.referenceDate).toBe("2032-01-20");
  });

  it("refuses a source already imported, by slug or by text", () => {
    const content = fixtureContent();
    expect(() => startReview(content, { ...source, slug: "sampleton-bulletin" }, null, report)).toThrow("already in content/sources/");
    const bulletin = content.sources[0].fullText;
    expect(() => startReview(content, source, null, bulletin)).toThrow("already imported as source sampleton-bulletin");
  });
});
