import { NextResponse, type NextRequest } from "next/server";
import { readCspHashes } from "./lib/security/csp-hashes";
import { contentSecurityPolicy, isEmbedPath, runsNoScript, scriptHash } from "./lib/security/csp";
import { cameOverHttps, FIXED_SECURITY_HEADERS, responseSecurityHeaders } from "./lib/security/headers";
import { servedPagePath } from "./lib/i18n/paths";
import { TEXT_SIZE_SCRIPT } from "./lib/text-size";
import { apiError } from "./lib/api/respond";

// The layout's one inline script of its own; Next puts nonces on its scripts, but not on this one.
const TEXT_SIZE_HASH = scriptHash(TEXT_SIZE_SCRIPT);

// `next dev` pre-renders nothing, so every page gets a nonce; a production server without the
// table would block every pre-rendered page's scripts, so it fails loudly instead (readCspHashes).
let hashesByPath: Map<string, string[]> | undefined;
function pageHashes(pathname: string): string[] | undefined {
  if (process.env.NODE_ENV !== "production") return undefined;
  hashesByPath ??= readCspHashes();
  return hashesByPath.get(pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname);
}

/**
 * Security headers on every response. Pre-rendered pages get a CSP that allows their
 * inline scripts by hash; pages rendered per request get a fresh nonce, which Next
 * applies to its own scripts when it finds it in the request's CSP header.
 */
export default function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (!isWellFormedPath(pathname)) {
    // An answer made here carries every security header a page carries, as the production server's own do.
    const https = cameOverHttps(request.headers.get("x-forwarded-proto")) || request.nextUrl.protocol === "https:";
    const embed = isEmbedPath(pathname);
    return new NextResponse("Bad request: the address contains a malformed %-escape.", {
      status: 400,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        ...FIXED_SECURITY_HEADERS,
        ...responseSecurityHeaders({ csp: contentSecurityPolicy({ scriptSources: [], embed }), embed, https }),
      },
    });
  }
  const embed = isEmbedPath(pathname);
  // The hashes of the page Next will render, after next.config.ts's query rewrite (?lang=en on embeds).
  const hashes = pageHashes(servedPagePath(pathname, searchParams)) ?? (runsNoScript(pathname) ? [] : undefined);
  const nonce = hashes ? null : Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy({ scriptSources: hashes ?? [`'nonce-${nonce}'`, TEXT_SIZE_HASH, "'strict-dynamic'"], embed });

  const requestHeaders = new Headers(request.headers);
  if (nonce) requestHeaders.set("content-security-policy", csp);
  const response = isApiWrite(request) ? readOnlyApiAnswer(request) : NextResponse.next({ request: { headers: requestHeaders } });
  const https = cameOverHttps(request.headers.get("x-forwarded-proto")) || request.nextUrl.protocol === "https:";
  for (const [name, value] of Object.entries(responseSecurityHeaders({ csp, embed, https }))) response.headers.set(name, value);
  return response;
}

const READ_METHODS = ["GET", "HEAD", "OPTIONS"];
const isApiWrite = (request: NextRequest) => request.nextUrl.pathname.startsWith("/api/") && !READ_METHODS.includes(request.method);

// Next would answer a write with an empty 405; the API promises its JSON error body for every failure.
const readOnlyApiAnswer = (request: NextRequest) =>
  apiError(request, 405, "method_not_allowed", `${request.method} is not allowed here: the API is read-only (${READ_METHODS.join(", ")}).`, undefined, {
    Allow: READ_METHODS.join(", "),
  });

// Next answers a path it cannot decode (a stray "%E0%A4%A") with a 500; it is the client's mistake.
function isWellFormedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  // Everything but Next's hashed static assets, which carry no HTML.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
