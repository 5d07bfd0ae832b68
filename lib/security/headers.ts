/**
 * The security headers, in one place: next.config.ts sends the fixed ones through Next, proxy.ts adds
 * the per-request ones, and the production server (scripts/serve.ts, lib/server/) sends the same set
 * for what it answers from memory.
 */

/** Sent on every response. */
export const FIXED_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
};

/** Sent only to a request that arrived over HTTPS: over plain HTTP a browser ignores it anyway. */
export const HSTS = { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } as const;

/** True when the TLS-terminating proxy in front says the request came over HTTPS. */
export const cameOverHttps = (forwardedProto: string | string[] | null | undefined) =>
  (Array.isArray(forwardedProto) ? forwardedProto[0] : forwardedProto) === "https";

/** The headers that depend on the response: its CSP and whether other sites may frame it. */
export function responseSecurityHeaders(opts: { csp: string; embed: boolean; https: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": opts.csp,
    ...(opts.embed ? {} : { "X-Frame-Options": "DENY" }),
    ...(opts.https ? HSTS : {}),
  };
}
