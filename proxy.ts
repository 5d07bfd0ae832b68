import { readFileSync } from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isEmbedPath, scriptHash } from "./lib/security/csp";
import { TEXT_SIZE_SCRIPT } from "./lib/text-size";

// The layout's one inline script of its own; Next puts nonces on its scripts, but not on this one.
const TEXT_SIZE_HASH = scriptHash(TEXT_SIZE_SCRIPT);

// Hashes of each pre-rendered page's inline scripts, written by scripts/csp-hashes.ts after the build.
let hashesByPath: Map<string, string[]> | undefined;
function pageHashes(pathname: string): string[] | undefined {
  if (!hashesByPath) {
    try {
      const file = path.join(process.cwd(), ".next/csp-hashes.json");
      hashesByPath = new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, string[]>));
    } catch {
      hashesByPath = new Map();
    }
  }
  return hashesByPath.get(pathname.length > 1 ? pathname.replace(/\/$/, "") : pathname);
}

/**
 * Security headers on every response. Pre-rendered pages get a CSP that allows their
 * inline scripts by hash; pages rendered per request get a fresh nonce, which Next
 * applies to its own scripts when it finds it in the request's CSP header.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!isWellFormedPath(pathname)) {
    return new NextResponse("Bad request: the address contains a malformed %-escape.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
    });
  }
  const embed = isEmbedPath(pathname);
  // API answers and data files run no script; they get no nonce, so a kept API answer replays none.
  const hashes = pageHashes(pathname) ?? (runsNoScript(pathname) ? [] : undefined);
  const nonce = hashes ? null : Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy({ scriptSources: hashes ?? [`'nonce-${nonce}'`, TEXT_SIZE_HASH, "'strict-dynamic'"], embed });

  const requestHeaders = new Headers(request.headers);
  if (nonce) requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (!embed) response.headers.set("X-Frame-Options", "DENY");
  const https = request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:";
  if (https) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

const runsNoScript = (pathname: string) => pathname.startsWith("/api/") || pathname.startsWith("/data/");

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
