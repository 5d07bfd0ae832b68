import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { LOCALES, LOCALIZED_BASES, localizedPath } from "../i18n/paths";
import { redirectsFileSchema } from "./schema";

export type Rename = { from: string; to: string };

/** content/redirects.yaml, validated: the one list of renamed indicator slugs. */
export function readRenames(contentDir = path.resolve("content")): Rename[] {
  const file = path.join(contentDir, "redirects.yaml");
  if (!existsSync(file)) return [];
  const parsed = redirectsFileSchema.safeParse(YAML.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`content/redirects.yaml: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}

/** Where an indicator lives outside its pages: the API resource. */
export const API_INDICATOR_BASE = "/api/v1/indicators";

/**
 * Permanent redirects for renamed indicator slugs, for next.config.ts. They are answered
 * before any page or API route runs, so figure pages stay fully pre-rendered (an unknown slug is a
 * plain 404) and an old link still lands on the figure, its embeds, its English page and its API
 * resource (the query string is kept).
 */
export function renamedIndicatorRedirects(contentDir = path.resolve("content")) {
  return readRenames(contentDir).flatMap(({ from, to }) => [
    ...LOCALIZED_BASES.flatMap((base) =>
      LOCALES.map((locale) => ({
        source: base + localizedPath(locale, `/indicators/${from}`),
        destination: base + localizedPath(locale, `/indicators/${to}`),
        permanent: true,
      })),
    ),
    { source: `${API_INDICATOR_BASE}/${from}`, destination: `${API_INDICATOR_BASE}/${to}`, permanent: true },
  ]);
}
