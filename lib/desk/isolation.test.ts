import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "desk" ? [] : sourceFiles(full);
    return /\.(ts|tsx|mjs)$/.test(name) ? [full] : [];
  });
}

describe("the public build loads none of the desk", () => {
  it("no file the portal builds or serves imports lib/desk", () => {
    const files = [...sourceFiles(path.join(ROOT, "app")), ...sourceFiles(path.join(ROOT, "components")), ...sourceFiles(path.join(ROOT, "lib")), path.join(ROOT, "proxy.ts"), path.join(ROOT, "next.config.ts")];
    const importers = files.filter((f) => /from\s+["'][^"']*\/desk(\/|["'])/.test(readFileSync(f, "utf8")) && !f.endsWith(".test.ts"));
    expect(importers.map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});
