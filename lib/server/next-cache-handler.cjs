/**
 * Next's incremental cache for the portal (next.config.ts `cacheHandler`): Next's own file-system
 * cache, which reads what `next build` pre-rendered from .next/, but which writes nothing at run time.
 * What Next makes on demand is kept only in its bounded memory cache (`cacheMaxMemorySize`, 50 MB,
 * least recently used out), and pages not even there: a page made at run time carries the nonce of the
 * request that made it (proxy.ts), so replaying it to another request would either block its scripts or
 * need a CSP taken from its own HTML. Share images and downloads beyond the build's limit are kept.
 * So no address, however many are asked for, grows .next/ (tests/e2e/hostile-addresses.spec.ts).
 * CommonJS because Next loads it outside its bundles; pinned to next 16.4.6's internal module path.
 */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;

module.exports = class PortalCacheHandler extends FileSystemCache {
  constructor(ctx) {
    super({ ...ctx, flushToDisk: false });
  }

  async set(key, data, ctx) {
    if (data && data.kind === "APP_PAGE") return;
    return super.set(key, data, ctx);
  }
};
