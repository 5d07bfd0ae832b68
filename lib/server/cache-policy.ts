/**
 * How long shared caches (deploy/nginx.conf's proxy cache, a CDN) may keep what the portal serves.
 * Pages change only when content is imported and the site rebuilt, so a proxy may serve a page for
 * a few minutes without asking, and a stale copy for a day while it fetches a fresh one in the
 * background. Browsers (max-age=0) still revalidate with the ETag on every visit, so a reader never
 * sees a page older than the proxy's copy.
 */
export const PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=300, stale-while-revalidate=86400";

/** Next's hashed build files: a new build gives them new names, so they never change. */
export const STATIC_ASSET_CACHE_CONTROL = "public, max-age=31536000, immutable";
