import { createHash } from "node:crypto";

/** The CSP hash source of an inline script's exact text. */
export const scriptHash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The text of every inline <script> (no src) in an HTML page: what a hash-based CSP must allow. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((s) => s.length > 0);
}

/** Paths other sites may frame: embeds only. */
export const isEmbedPath = (pathname: string) => pathname === "/embed" || pathname.startsWith("/embed/");

/** API answers, downloads and share images run no script: their CSP allows none and carries no nonce. */
export const runsNoScript = (pathname: string) => /^\/(api|data|og)\//.test(pathname);

/**
 * The Content-Security-Policy for a response. Scripts run only from this origin, or inline
 * when bound to the page by hash (pre-rendered pages) or nonce (pages rendered per request);
 * no third-party origin is allowed anywhere.
 */
export function contentSecurityPolicy(opts: { scriptSources: string[]; embed: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${opts.scriptSources.join(" ")}`.trim(),
    // React writes style attributes (chart bar widths); styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${opts.embed ? "*" : "'none'"}`,
  ].join("; ");
}
