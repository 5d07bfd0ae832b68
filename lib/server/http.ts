import { createHash } from "node:crypto";
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import fresh from "fresh";
import Negotiator from "negotiator";
import { cameOverHttps, FIXED_SECURITY_HEADERS, HSTS } from "../security/headers";

/**
 * HTTP's own rules for what the production server answers itself, done by the libraries made for
 * them: conditional requests by `fresh` (weak comparison, lists, `*`, RFC 9110 §13.1.2) and content
 * coding by `negotiator` (q-values, `gzip;q=0`, `identity;q=0`). A response is stored once with its
 * ETag; each compressed form is made once, when first asked for, in memory or (for large files) on disk.
 */

/** A body held in memory, or one too large to hold, sent from its file on disk. */
export type ResponseBody = Buffer | { file: string; size: number };

export type Coding = "br" | "gzip";
const CODINGS = ["br", "gzip", "identity"] as const;

/** A response ready to send as is: headers (security headers included), ETag, body and its compressed forms once made. */
export type StoredResponse = {
  headers: Record<string, string>;
  etag: string;
  body: ResponseBody;
  encoded: Partial<Record<Coding, ResponseBody>>;
  /** Where compressed forms of a large file are written once; absent for bodies in memory. */
  encodedDir?: string;
  /** The headers sent with each coding, made on first use. */
  sendHeaders?: Partial<Record<Coding | "identity", Record<string, string>>>;
};

export const strongEtag = (body: Buffer) => `"${createHash("sha1").update(body).digest("base64url")}"`;

/** The security headers every answer carries, then `headers` (whatever their case: one of each name is sent), then the ETag. */
function withSecurityHeaders(headers: Record<string, string>, etag: string): Record<string, string> {
  const given = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(FIXED_SECURITY_HEADERS)) if (!given.has(name.toLowerCase())) out[name] = value;
  for (const [name, value] of Object.entries(headers)) if (name.toLowerCase() !== "etag") out[name] = value;
  out.ETag = etag;
  return out;
}

/** A body in memory made ready to send; `etag` when its maker already has one (the API's weak ETags). */
export function stored(body: Buffer, headers: Record<string, string>, etag = strongEtag(body)): StoredResponse {
  return { body, etag, encoded: {}, headers: withSecurityHeaders(headers, etag) };
}

/** A large file sent from disk; its compressed forms are written once under `encodedDir`, named by content, so replicas share them. */
export function storedFile(file: string, headers: Record<string, string>, encodedDir: string): StoredResponse {
  const body = readFileSync(file);
  const etag = strongEtag(body);
  return { body: { file, size: body.length }, etag, encoded: {}, encodedDir, headers: withSecurityHeaders(headers, etag) };
}

/** The bytes a response holds in memory (what a cache budget counts); a body on disk holds none. */
export const bytesInMemory = (r: StoredResponse) =>
  [r.body, r.encoded.br, r.encoded.gzip].reduce((sum, b) => sum + (Buffer.isBuffer(b) ? b.length : 0), 0);

/** The coding to answer with: the client's best-rated one we have, `identity` when it accepts none of them. */
export function chooseCoding(req: IncomingMessage): Coding | "identity" {
  // negotiator 1.x takes the order to prefer among equally rated codings; @types/negotiator predates it.
  const negotiator = new Negotiator(req) as unknown as { encoding(available: string[], options: { preferred: string[] }): string | undefined };
  return (negotiator.encoding([...CODINGS], { preferred: [...CODINGS] }) as Coding | "identity" | undefined) ?? "identity";
}

/** Whether the client's copy (If-None-Match, If-Modified-Since) is still the one we would send. */
export const isFresh = (req: IncomingMessage, etag: string) => fresh(req.headers, { etag });

const compress = (coding: Coding, body: Buffer, large: boolean) =>
  coding === "gzip"
    ? gzipSync(body, { level: large ? 6 : 9 })
    : // Quality 11 is slow but made once; a large download gets 5, seconds instead of minutes.
      brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: large ? 5 : 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });

/** The body in `coding`, made the first time it is asked for. */
export function encodedBody(response: StoredResponse, coding: Coding): ResponseBody {
  const made = response.encoded[coding];
  if (made) return made;
  if (Buffer.isBuffer(response.body)) return (response.encoded[coding] = compress(coding, response.body, false));
  const file = path.join(response.encodedDir ?? path.dirname(response.body.file), `${response.etag.slice(1, -1)}.${coding === "gzip" ? "gz" : "br"}`);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, compress(coding, readFileSync(response.body.file), true));
    renameSync(temporary, file);
  }
  return (response.encoded[coding] = { file, size: statSync(file).size });
}

/** The headers every answer of this server carries for this request: HSTS when it came over HTTPS. */
export const perRequestHeaders = (req: IncomingMessage): Record<string, string> => (cameOverHttps(req.headers["x-forwarded-proto"]) ? { ...HSTS } : {});

/** The headers a stored response goes out with in one coding, made once: a hot page costs no header building. */
function headersFor(response: StoredResponse, coding: Coding | "identity", body: ResponseBody): Record<string, string> {
  const made = (response.sendHeaders ??= {})[coding];
  if (made) return made;
  const headers: Record<string, string> = { ...response.headers };
  if (coding !== "identity") headers["Content-Encoding"] = coding;
  headers["Content-Length"] = String(Buffer.isBuffer(body) ? body.length : body.size);
  return (response.sendHeaders[coding] = headers);
}

/**
 * Sends a stored response: 304 when the client's copy is fresh (for a 200), the coding the client
 * prefers, no body for HEAD. `extra` headers are added (x-cache).
 */
export function send(req: IncomingMessage, res: ServerResponse, response: StoredResponse, status = 200, extra?: Record<string, string>) {
  const perRequest = req.headers["x-forwarded-proto"] === undefined ? undefined : perRequestHeaders(req);
  if (status === 200 && (req.headers["if-none-match"] !== undefined || req.headers["if-modified-since"] !== undefined) && isFresh(req, response.etag)) {
    res.writeHead(304, { ...response.headers, ...perRequest, ...extra }).end();
    return;
  }
  const coding = req.headers["accept-encoding"] === undefined ? "identity" : chooseCoding(req);
  const body = coding === "identity" ? response.body : encodedBody(response, coding);
  const headers = headersFor(response, coding, body);
  res.writeHead(status, perRequest || extra ? { ...headers, ...perRequest, ...extra } : headers);
  if (req.method === "HEAD") res.end();
  else if (Buffer.isBuffer(body)) res.end(body);
  else pipeline(createReadStream(body.file), res).catch(() => res.destroy());
}
