import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localeRewrites, unlocalizedRoutes } from "./app-routes";

/** A throwaway app/ tree: the routes are read from folders, so folders are all a test needs. */
function appTree(folders: string[]) {
  const dir = mkdtempSync(path.join(tmpdir(), "app-"));
  for (const f of ["[locale]", "[locale]/topics", "[locale]/feed.xml", ...folders]) mkdirSync(path.join(dir, f), { recursive: true });
  return dir;
}

const chineseRewrite = (appDir: string) => {
  const rule = localeRewrites(appDir).at(-1)!;
  const pattern = new RegExp(`^${rule.source.replace("/:path(", "/(")}$`);
  return (pathname: string) => pattern.test(pathname);
};

describe("next.config.ts rewrites, read from app/", () => {
  it("finds the top-level routes that are not pages in a language", () => {
    expect(unlocalizedRoutes(path.resolve("app"))).toEqual(["api", "data", "embed", "og"]);
  });

  it("never sends a new top-level route folder to the Chinese pages", () => {
    const app = appTree(["api", "widgets"]);
    const rewritten = chineseRewrite(app);
    expect(rewritten("/widgets/x")).toBe(false);
    expect(rewritten("/api/v1/topics")).toBe(false);
    expect(rewritten("/topics/hotline")).toBe(true);
    expect(rewritten("/en/topics/hotline")).toBe(false);
    expect(rewritten("/robots.txt")).toBe(false);
  });

  it("rewrites the language's own dotted routes (feed.xml) and embeds, with ?lang=en first", () => {
    const rules = localeRewrites(appTree([]));
    expect(rules).toContainEqual({ source: "/feed.xml", destination: "/zh/feed.xml" });
    const embed = rules.filter((r) => r.source.startsWith("/embed/"));
    expect(embed.map((r) => r.destination)).toEqual(["/embed/en/:path", "/embed/zh/:path"]);
    expect(embed[0].has).toEqual([{ type: "query", key: "lang", value: "en" }]);
  });
});
