import { createHash } from "node:crypto";

/** W/"…": weak, because the body is equivalent, not byte-identical across compression. */
export const weakEtag = (body: string) => `W/"${createHash("sha1").update(body).digest("base64url")}"`;

/** If-None-Match against an ETag, by weak comparison (RFC 9110 §13.1.2): "*" or any listed tag. */
export function etagMatches(header: string | null | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const strip = (t: string) => t.trim().replace(/^W\//, "");
  return header.split(",").some((t) => strip(t) === strip(etag));
}
