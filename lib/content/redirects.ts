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

/** Where its slug goes in an address template. */
export const SLUG = ":slug";

/**
 * Every public address an indicator has, with SLUG where its slug goes: its page and embed in each
 * language, its share image and save-image card in each language, its CSV, JSON and workbook, its API
 * resource. A renamed slug redirects at each of them (next.config.ts, and the production server from
 * the database, lib/server/portal-handler.ts), and the server checks the slug of each before Next
 * makes anything.
 */
export const INDICATOR_ADDRESSES: readonly string[] = [
  ...LOCALIZED_BASES.flatMap((base) => LOCALES.map((locale) => base + localizedPath(locale, `/indicators/${SLUG}`))),
  ...LOCALES.flatMap((locale) => [`/og/${locale}/indicators/${SLUG}.png`, `/og/${locale}/cards/${SLUG}.png`]),
  `/data/indicators/${SLUG}.csv`,
  `/data/indicators/${SLUG}.json`,
  `/data/indicators/${SLUG}.xlsx`,
  `${API_INDICATOR_BASE}/${SLUG}`,
];

/**
 * Permanent redirects for renamed indicator slugs, for next.config.ts: every address of the old slug
 * to the same address of the new one (the query string is kept). Answered before any page or route
 * runs, so an unknown slug stays a plain 404.
 */
export function renamedIndicatorRedirects(contentDir = path.resolve("content")) {
  return readRenames(contentDir).flatMap(({ from, to }) =>
    INDICATOR_ADDRESSES.map((address) => ({ source: address.replace(SLUG, from), destination: address.replace(SLUG, to), permanent: true })),
  );
}
