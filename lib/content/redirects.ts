import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { redirectsFileSchema } from "./schema";

/**
 * Permanent redirects for renamed indicator slugs, for next.config.ts. They are answered
 * before any page renders, so figure pages stay fully pre-rendered (an unknown slug is a
 * plain 404) and an old link still lands on the figure, its embed and its English page.
 */
export function renamedIndicatorRedirects(contentDir = path.resolve("content")) {
  const file = path.join(contentDir, "redirects.yaml");
  if (!existsSync(file)) return [];
  const parsed = redirectsFileSchema.safeParse(YAML.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`content/redirects.yaml: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data.flatMap(({ from, to }) =>
    ["", "/en", "/embed", "/embed/en"].map((prefix) => ({
      source: `${prefix}/indicators/${from}`,
      destination: `${prefix}/indicators/${to}`,
      permanent: true,
    })),
  );
}
