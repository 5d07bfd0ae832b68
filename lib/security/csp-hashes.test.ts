import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MissingCspHashesError, readCspHashes } from "./csp-hashes";

describe("readCspHashes", () => {
  it("refuses to go on without the build's hash table, naming the command that makes it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "next-"));
    expect(() => readCspHashes(dir)).toThrow(MissingCspHashesError);
    expect(() => readCspHashes(dir)).toThrow(/csp-hashes\.json is missing.*npm run build/);
  });

  it("reads the hashes by public path", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "next-"));
    writeFileSync(path.join(dir, "csp-hashes.json"), JSON.stringify({ "/": ["'sha256-a'"] }));
    expect(readCspHashes(dir).get("/")).toEqual(["'sha256-a'"]);
  });
});
