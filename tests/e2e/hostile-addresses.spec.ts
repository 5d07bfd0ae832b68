import { readdirSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { rssBytes } from "../../scripts/bench/proc";
import { startPortal, type Portal } from "../../scripts/bench/portal";

/**
 * A random address costs nothing: thousands of random and hostile addresses (unknown slugs with and
 * without parameters, unknown languages, share images and downloads of indicators nobody published,
 * malformed escapes, very long paths) sent to a fresh `npm run serve` on 127.0.0.1 must get no 5xx,
 * write nothing under .next/, and leave the server's memory within its budget. Bounded in count and
 * time; seeded, so a failure can be reproduced. Port: E2E_PORT + 30.
 */

const PORT = Number(process.env.E2E_PORT ?? 3000) + 30;
const REQUESTS = 3_000;
const CONCURRENCY = 8;
/** What the server's resident memory may grow by over the run: its caches are bounded well below this. */
const MEMORY_BUDGET_BYTES = 150 * 1024 * 1024;

function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32;
    return seed / 2 ** 32;
  };
}

/** Files and bytes under a folder. */
function footprint(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = footprint(full);
      files += inner.files;
      bytes += inner.bytes;
    } else {
      files += 1;
      bytes += statSync(full).size;
    }
  }
  return { files, bytes };
}

/** The addresses, from a seed: each a kind of request that once made Next render or store something. */
function addresses(seed: number, count: number): string[] {
  const next = random(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const word = () => Math.floor(next() * 36 ** 6).toString(36);
  const slug = () => `${word()}-${word()}`;
  const known = ["hotline-calls-connected", "hotline-connection-rate"];
  const locales = ["zh", "en", "fr", "xx", "ZH", "", "..", "%00"];
  const makers: (() => string)[] = [
    () => `/indicators/${slug()}`,
    () => `/indicators/${slug()}?${word()}=${word()}`,
    () => `/en/indicators/${slug()}?view=chart`,
    () => `/embed/indicators/${slug()}?lang=en`,
    () => `/embed/${pick(locales)}/indicators/${pick(known)}`,
    () => `/data/indicators/${slug()}.${pick(["csv", "json", "xlsx", "CSV"])}`,
    () => `/data/indicators/${pick(known)}.csv?${word()}=1`,
    () => `/og/${pick(locales)}/${pick(["indicators", "cards", "topics", "charts"])}/${pick([slug(), ...known])}.png`,
    () => `/og/${word()}/cards/${slug()}.png`,
    () => `/topics/${slug()}/page/${Math.floor(next() * 1e6)}`,
    () => `/updates/page/${pick(["0", "1", "-1", "2", "99999999", "x"])}`,
    () => `/sources/${slug()}`,
    () => `/charts/${slug()}?${word()}`,
    () => `/${pick(locales)}/${word()}/${word()}`,
    () => `/api/v1/indicators/${slug()}?lang=${pick(locales)}`,
    () => `/api/v1/${word()}`,
    () => `/indicators/${pick(["%E0%A4%A", "%", "%%", "..%2f..%2fetc%2fpasswd", "a".repeat(2000), "满意率", "<script>"])}`,
    () => `/${"x/".repeat(50)}${word()}`,
  ];
  return Array.from({ length: count }, () => pick(makers)());
}

/** GET over one keep-alive agent; the status, or the error's text. */
function status(agent: http.Agent, origin: string, address: string): Promise<number | string> {
  return new Promise((resolve) => {
    const req = http.get(origin + address, { agent, timeout: 15_000 }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", (e) => resolve(e.message));
  });
}

test.describe("thousands of random and hostile addresses (127.0.0.1, bounded)", () => {
  let portal: Portal | undefined;

  test.beforeAll(async ({}, info) => {
    test.skip(info.project.name !== "desktop", "one browser project is enough");
    info.setTimeout(120_000);
    portal = await startPortal(PORT, 90_000);
  });
  test.afterAll(async () => {
    await portal?.stop();
  });

  test(`${REQUESTS} addresses: no 5xx, nothing written under .next, memory within budget`, async () => {
    test.setTimeout(240_000);
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    // Warm up with the same kinds of address, so what is measured is growth, not the first requests' fixed costs.
    for (const address of addresses(1, 100)) await status(agent, portal!.origin, address);
    const diskBefore = footprint(".next");
    const memoryBefore = rssBytes(portal!.pid);

    const todo = addresses(20261204, REQUESTS);
    const failures: string[] = [];
    const deadline = Date.now() + 180_000;
    let sent = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (todo.length && Date.now() < deadline) {
          const address = todo.shift()!;
          const answer = await status(agent, portal!.origin, address);
          sent += 1;
          if (typeof answer !== "number" || answer >= 500) failures.push(`${answer} ${address.slice(0, 120)}`);
        }
      }),
    );
    agent.destroy();

    expect(sent, "every address was sent within the time bound").toBe(REQUESTS);
    expect(failures).toEqual([]);
    const diskAfter = footprint(".next");
    expect(diskAfter, "no file written or grown under .next").toEqual(diskBefore);
    const growth = rssBytes(portal!.pid) - memoryBefore;
    console.log(`hostile addresses: ${sent} sent; server memory ${Math.round(memoryBefore / 2 ** 20)} → ${Math.round((memoryBefore + growth) / 2 ** 20)} MB`);
    expect(growth, `server memory grew by ${Math.round(growth / 2 ** 20)} MB`).toBeLessThan(MEMORY_BUDGET_BYTES);
  });
});
