import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkServerPrerequisites } from "./preflight";

describe("checkServerPrerequisites", () => {
  const buildDir = (files: string[]) => {
    const dir = mkdtempSync(path.join(tmpdir(), "next-"));
    for (const f of files) writeFileSync(path.join(dir, f), f === "csp-hashes.json" ? "{}" : "x");
    return dir;
  };

  it("refuses to start without a build", () => {
    expect(() => checkServerPrerequisites(buildDir([]))).toThrow(/no production build.*npm run build/);
  });

  it("refuses a plain `next build` that left no CSP hash table", () => {
    expect(() => checkServerPrerequisites(buildDir(["BUILD_ID"]))).toThrow(/csp-hashes\.json is missing/);
  });

  it("accepts a build made by npm run build", () => {
    expect(() => checkServerPrerequisites(buildDir(["BUILD_ID", "csp-hashes.json"]))).not.toThrow();
  });
});
