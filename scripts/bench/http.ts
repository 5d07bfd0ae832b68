import http from "node:http";

/** One HTTP response, body fully read, as the benchmark needs it: bytes, not text. */
export type Fetched = {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
};

/**
 * GET over node:http rather than fetch: fetch always asks for and silently undoes compression,
 * and the JS-size numbers need to choose what Accept-Encoding is sent.
 */
export function get(url: string, headers: Record<string, string> = {}, timeoutMs = 15_000): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`GET ${url}: no answer within ${timeoutMs} ms`)));
    req.on("error", reject);
  });
}

/** Polls `url` until it answers with any status below 500, or gives up after `timeoutMs`. */
export async function waitUntilAnswering(url: string, timeoutMs: number, isAlive: () => boolean = () => true): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no attempt";
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`${url}: the server process exited before answering (last: ${last})`);
    try {
      const res = await get(url, {}, 5_000);
      if (res.status < 500) return;
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = (e as Error).message;
    }
    await sleep(250);
  }
  throw new Error(`${url}: did not answer within ${timeoutMs / 1000} s (last: ${last})`);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
