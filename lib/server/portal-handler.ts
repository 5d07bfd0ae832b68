import type { IncomingMessage, ServerResponse } from "node:http";
import { apiRoute } from "../read-model/api";
import type { ReadModel } from "../read-model/model";
import { ApiCache, API_PREFIX } from "./api-cache";
import { answerFromReadModel } from "./fast-api";
import { bytesInMemory, send, type StoredResponse } from "./http";
import { sendError, sendNotFound, sendRedirect } from "./own-answers";
import type { PrerenderedPages } from "./prerendered";
import { indicatorAddress } from "./route-params";
import { onlyTrackingParams } from "./tracking-params";

/** What the handler answers from; portal-server.ts wires the real ones, a test its own. */
export type PortalDeps = {
  prerendered: Pick<PrerenderedPages, "get" | "has" | "recount">;
  /** The pre-rendered 404 page, or null when the build has none. */
  notFoundPage: StoredResponse | null;
  apiCache: ApiCache;
  /** The read model of the database as it is now (lib/read-model/current.ts). */
  readModel: () => Promise<ReadModel>;
  /** Next's request handler: everything this one does not answer itself. */
  next: (req: IncomingMessage, res: ServerResponse) => Promise<unknown>;
  log?: (line: string) => void;
};

const READ_METHODS = ["GET", "HEAD", "OPTIONS"];
const X_CACHE_HIT = { "x-cache": "HIT" };

/** Requests Next must answer itself: client navigations ask the same URL for an RSC payload. */
const isRscRequest = (req: IncomingMessage, url: URL) => req.headers.rsc !== undefined || url.searchParams.has("_rsc");

/**
 * The production server's request handler. In order: a malformed address is a 400; a renamed
 * indicator's address (page, embed, share image, download, API resource; the rename table comes from
 * the database) is a 308 to the new one, keeping the language and the query; a pre-rendered response is
 * sent from memory; an indicator address whose slug is invalid or unknown is the pre-rendered 404 (the
 * API's JSON 404), so Next never makes, and never stores, a page for an address nobody published; the
 * API's data routes are answered from the read model and kept; everything else goes to Next.
 * Every answer made here carries the security headers a page carries (lib/server/own-answers.ts).
 */
export function createPortalHandler(deps: PortalDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const log = deps.log ?? ((line: string) => console.error(line));
  // The rename table as the read model last had it: checked on every request without waiting, and
  // brought up to date whenever the model is read (every API and on-demand request, and at start).
  let renames = new Map<string, string>();
  const readModel = () =>
    deps.readModel().then((model) => {
      renames = model.renames;
      return model;
    });
  readModel().catch(() => undefined);

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://localhost");
      // Next answers a path it cannot decode (a stray "%E0%A4%A") with a 500; it is the client's mistake.
      decodeURIComponent(url.pathname);
    } catch {
      const pathname = (req.url ?? "/").split("?")[0];
      return sendError(req, res, pathname, 400, "invalid_parameter", "Bad request: the address contains a malformed %-escape.");
    }
    const { pathname } = url;
    const method = req.method ?? "GET";
    if (pathname.startsWith(API_PREFIX) && !READ_METHODS.includes(method)) {
      return sendError(req, res, pathname, 405, "method_not_allowed", `${method} is not allowed here: the API is read-only (${READ_METHODS.join(", ")}).`, {
        Allow: READ_METHODS.join(", "),
      });
    }
    if (method !== "GET" && method !== "HEAD") return deps.next(req, res);

    // The API resource's slug is checked, and its rename answered, by the read model (lib/read-model/api.ts).
    const address = pathname.startsWith(API_PREFIX) ? null : indicatorAddress(pathname);
    if (address) {
      if (!address.slug) return sendNotFound(req, res, pathname, deps.notFoundPage);
      const renamed = renames.get(address.slug);
      if (renamed) return sendRedirect(req, res, pathname, address.withSlug(renamed) + url.search);
    }
    // Only plain paths, or paths with nothing but a shared link's tracking parameters, are the
    // pre-rendered response: a query may change the answer (?lang=en on embeds is a rewrite).
    if (!isRscRequest(req, url) && onlyTrackingParams(url)) {
      const page = deps.prerendered.get(pathname);
      if (page) {
        const held = bytesInMemory(page);
        send(req, res, page);
        // A compressed form made just now counts in the memory budget.
        if (bytesInMemory(page) !== held) deps.prerendered.recount(pathname, page);
        return;
      }
    }
    if (address?.slug && !deps.prerendered.has(pathname)) {
      // Made on demand (beyond the build's limit): only for an indicator the data has.
      const model = await readModel().catch(() => null);
      const renamedNow = model?.renames.get(address.slug);
      if (renamedNow) return sendRedirect(req, res, pathname, address.withSlug(renamedNow) + url.search);
      if (model && !model.indicatorBySlug.has(address.slug)) return sendNotFound(req, res, pathname, deps.notFoundPage);
    }
    // Share images and downloads are all pre-rendered but an indicator's beyond the build's limit.
    if (/^\/(og|data)\//.test(pathname) && !address && !deps.prerendered.has(pathname)) return sendNotFound(req, res, pathname, deps.notFoundPage);

    if (ApiCache.handles(req, url)) {
      const route = apiRoute(pathname);
      if (!route) return deps.next(req, res);
      const cached = deps.apiCache.get(pathname + url.search);
      if (cached) {
        const held = bytesInMemory(cached);
        send(req, res, cached, 200, X_CACHE_HIT);
        if (bytesInMemory(cached) !== held) deps.apiCache.recount(pathname + url.search, cached);
        return;
      }
      return answerFromReadModel(req, res, url, route, deps.apiCache, readModel);
    }
    return deps.next(req, res);
  }

  return (req, res) => {
    answer(req, res).catch((error: unknown) => {
      log(`request ${req.method} ${req.url?.slice(0, 200)} failed: ${(error as Error)?.stack ?? String(error)}`);
      const pathname = (req.url ?? "/").split("?")[0];
      sendError(req, res, pathname, 500, "internal_error", "The server failed to answer; please try again later.").catch(() => res.destroy());
    });
  };
}
