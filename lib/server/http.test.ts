import type { IncomingMessage, ServerResponse } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { chooseCoding, isFresh, send, stored } from "./http";

const request = (headers: Record<string, string>, method = "GET") => ({ headers, method }) as unknown as IncomingMessage;

/** The status, headers and body `send` writes. */
function sent(req: IncomingMessage, response = stored(Buffer.from("<p>page</p>".repeat(50)), { "Content-Type": "text/html" })) {
  const out: { status: number; headers: Record<string, string>; body: Buffer } = { status: 0, headers: {}, body: Buffer.alloc(0) };
  const res = {
    writeHead(status: number, headers: Record<string, string>) {
      Object.assign(out, { status, headers });
      return res;
    },
    end(body?: Buffer) {
      if (body) out.body = body;
      return res;
    },
  } as unknown as ServerResponse;
  send(req, res, response);
  return { ...out, etag: response.etag };
}

describe("conditional requests (RFC 9110 §13.1.2, by fresh)", () => {
  const etag = stored(Buffer.from("x"), {}).etag;
  it.each([
    ["the same strong tag", etag, true],
    ["the weak form of the tag", `W/${etag}`, true],
    ["a list holding it", `"other", ${etag}`, true],
    ["*", "*", true],
    ["another tag", '"other"', false],
  ])("If-None-Match with %s", (_, header, expected) => {
    expect(isFresh(request({ "if-none-match": header as string }), etag)).toBe(expected);
  });

  it("answers 304 without a body to a weak validator, keeping the headers", () => {
    const first = sent(request({}));
    const again = sent(request({ "if-none-match": `W/${first.etag}` }));
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.ETag).toBe(first.etag);
  });
});

describe("content coding (by negotiator)", () => {
  it.each([
    ["gzip, deflate, br", "br"],
    ["gzip", "gzip"],
    ["br;q=0.5, gzip", "gzip"],
    ["gzip;q=0", "identity"],
    ["gzip;q=0, br;q=0", "identity"],
    ["*", "br"],
    ["", "identity"],
    ["identity;q=0", "identity"],
  ])("Accept-Encoding %j → %s", (header, coding) => {
    expect(chooseCoding(request({ "accept-encoding": header }))).toBe(coding);
  });

  it("sends the coding asked for, compressed once, and no body for HEAD", () => {
    const response = stored(Buffer.from("<p>page</p>".repeat(50)), {});
    const br = sent(request({ "accept-encoding": "br" }), response);
    expect(br.headers["Content-Encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe("<p>page</p>".repeat(50));
    expect(sent(request({ "accept-encoding": "br" }), response).body).toBe(br.body);
    const gzip = sent(request({ "accept-encoding": "gzip" }), response);
    expect(gunzipSync(gzip.body).toString()).toBe("<p>page</p>".repeat(50));
    expect(sent(request({ "accept-encoding": "gzip;q=0" }), response).headers["Content-Encoding"]).toBeUndefined();
    const head = sent(request({ "accept-encoding": "gzip" }, "HEAD"), response);
    expect(head.body.length).toBe(0);
    expect(head.headers["Content-Length"]).toBe(String(gzip.body.length));
  });
});
