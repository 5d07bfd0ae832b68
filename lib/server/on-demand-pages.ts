import { contentSecurityPolicy, inlineScripts, isEmbedPath, scriptHash } from "../security/csp";
import { PAGE_CACHE_CONTROL } from "./cache-policy";
import { PAGE_VARY, prepared, type PrerenderedResponse } from "./prerendered";
import { ResponseLru } from "./response-lru";

/**
 * Pages the build left to their first request (indicators beyond lib/server/prerender-limit.ts),
 * kept in memory once Next made them, within a count and byte budget, least recently used out.
 * Next keeps them too, but answers each through its pipeline, and with the nonce-based CSP of the
 * request that made them; kept here they get a CSP that allows their inline scripts by hash, as
 * pre-rendered pages do, and cost what a pre-rendered page costs.
 */
export const ON_DEMAND_PAGE = /^(?:\/embed)?(?:\/en)?\/indicators\/[a-z0-9-]+$/;

export class OnDemandPages {
  private readonly kept: ResponseLru;

  constructor(limits = { entries: 1_000, bytes: 64 * 1024 * 1024 }) {
    this.kept = new ResponseLru(limits);
  }

  get size() {
    return this.kept.size;
  }

  get(pathname: string): PrerenderedResponse | undefined {
    return this.kept.get(pathname);
  }

  /** Keeps a page Next answered with a full 200 HTML body; returns whether it was kept. */
  put(pathname: string, status: number, contentType: string | undefined, body: Buffer): boolean {
    if (status !== 200 || !contentType?.startsWith("text/html") || body.length === 0) return false;
    const embed = isEmbedPath(pathname);
    const hashes = [...new Set(inlineScripts(body.toString("utf8")).map(scriptHash))];
    const page = prepared(body, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": contentSecurityPolicy({ scriptSources: hashes, embed }),
      ...(embed ? {} : { "X-Frame-Options": "DENY" }),
      "Cache-Control": PAGE_CACHE_CONTROL,
      Vary: PAGE_VARY,
    });
    return this.kept.put(pathname, page);
  }
}
