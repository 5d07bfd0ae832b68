import { z } from "zod";

/**
 * How many indicators get their pages and files made by `next build` (figure pages in both
 * languages, embeds, share images, CSV/JSON downloads: eight files each). The others are made on
 * their first request and kept by Next's incremental cache (on disk, and within Next's bounded
 * in-memory cache), so a decade of sources neither makes the build hours long nor the server hold
 * every page in memory. scripts/serve.ts holds only what the build made. See README, "Serving many
 * readers", for the figures behind the default.
 */
export const DEFAULT_PRERENDERED_INDICATORS = 300;

const limitSchema = z.coerce
  .number({ error: "PORTAL_PRERENDER_INDICATORS must be a whole number ≥ 0" })
  .int("PORTAL_PRERENDER_INDICATORS must be a whole number ≥ 0")
  .min(0, "PORTAL_PRERENDER_INDICATORS must be a whole number ≥ 0")
  .default(DEFAULT_PRERENDERED_INDICATORS);

/** The limit, from PORTAL_PRERENDER_INDICATORS at build time; a bad value stops the build with a message. */
export function prerenderedIndicatorLimit(env = process.env.PORTAL_PRERENDER_INDICATORS): number {
  const parsed = limitSchema.safeParse(env === "" ? undefined : env);
  if (!parsed.success) throw new Error(parsed.error.issues[0].message);
  return parsed.data;
}

/** The indicators whose pages and files the build makes: the first `limit` in slug order. */
export const prerenderedIndicators = (slugs: string[], limit = prerenderedIndicatorLimit()) => slugs.slice(0, limit);
