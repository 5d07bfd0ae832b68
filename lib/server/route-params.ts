import { z } from "zod";
import { INDICATOR_ADDRESSES, SLUG } from "../content/redirects";
import { SLUG_PATTERN } from "../domain/slug";
import { LOCALES } from "../i18n/paths";
import { parsePageParam } from "../paging";

/**
 * Route parameters, checked with zod before anything renders: by the pages and routes that take them
 * (an invalid one is their 404) and by the production server, which answers an unknown indicator's
 * address with the pre-rendered 404 before Next makes anything (lib/server/portal-handler.ts).
 */

export const localeParam = z.enum(LOCALES);
export const slugParam = z.string().regex(SLUG_PATTERN);

/** "<slug>.png" → its slug. */
export const pngFileParam = z
  .string()
  .regex(new RegExp(`^${SLUG_PATTERN.source.slice(1, -1)}\\.png$`))
  .transform((file) => file.slice(0, -".png".length));

/** "<slug>.csv", "<slug>.json" or "<slug>.xlsx" → its slug and format. */
export const dataFileParam = z
  .string()
  .regex(new RegExp(`^${SLUG_PATTERN.source.slice(1, -1)}\\.(?:csv|json|xlsx)$`))
  .transform((file) => {
    const dot = file.lastIndexOf(".");
    return { slug: file.slice(0, dot), format: file.slice(dot + 1) as "csv" | "json" | "xlsx" };
  });

/** A later page of a list: "2", "3" … (page 1 is the list's own address). */
export const pageParam = z.string().transform((value, ctx) => parsePageParam(value) ?? (ctx.addIssue({ code: "custom", message: "a page number ≥ 2" }), z.NEVER));

export const localeParams = z.object({ locale: localeParam });
export const slugPageParams = z.object({ locale: localeParam, slug: slugParam });
export const pngParams = z.object({ locale: localeParam, file: pngFileParam });
export const dataFileParams = z.object({ file: dataFileParam });
export const laterPageParams = z.object({ locale: localeParam, page: pageParam });
export const laterTopicPageParams = z.object({ locale: localeParam, slug: slugParam, page: pageParam });

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ADDRESS_PATTERNS = INDICATOR_ADDRESSES.map((template) => {
  const [before, after] = template.split(SLUG);
  return { pattern: new RegExp(`^${escape(before)}([^/]+)${escape(after)}$`), before, after };
});

/** An address of an indicator (lib/content/redirects.ts INDICATOR_ADDRESSES): its slug, if valid, and the same address for another slug. */
export type IndicatorAddress = { slug: string | null; withSlug: (slug: string) => string };

/** The indicator address `pathname` is, or null for any other path. The slug is null when it is not a valid slug. */
export function indicatorAddress(pathname: string): IndicatorAddress | null {
  // Every indicator address has one of these folders: most requests never try the patterns.
  if (!pathname.includes("/indicators/") && !pathname.includes("/cards/")) return null;
  for (const { pattern, before, after } of ADDRESS_PATTERNS) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    const parsed = slugParam.safeParse(match[1]);
    return { slug: parsed.success ? parsed.data : null, withSlug: (slug) => before + slug + after };
  }
  return null;
}
