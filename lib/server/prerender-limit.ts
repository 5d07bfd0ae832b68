import { readEnv } from "../env";

/**
 * How many indicators get their pages and files made by `next build` (figure pages in both
 * languages, embeds, share images, CSV/JSON downloads: eight files each): PORTAL_PRERENDER_INDICATORS
 * at build time (lib/env.ts, 300 by default). The others are made on their first request; the
 * production server checks the slug first (lib/server/portal-handler.ts) and nothing made at run time
 * is written to disk (lib/server/next-cache-handler.cjs). See README, "Serving many readers", for the
 * figures behind the default.
 */
export const prerenderedIndicatorLimit = (): number => readEnv().PORTAL_PRERENDER_INDICATORS;

/** The indicators whose pages and files the build makes: the first `limit` in slug order. */
export const prerenderedIndicators = (slugs: string[], limit = prerenderedIndicatorLimit()) => slugs.slice(0, limit);
