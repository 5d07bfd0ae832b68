import { sleep } from "./http";
import { runLoad, type LoadResult } from "./load";
import { rssBytes } from "./proc";

export type Resilience = {
  load: LoadResult;
  paths: string[];
  rssBeforeMB: number;
  rssPeakMB: number;
  rssAfterMB: number;
  /** After 3 s without load: growth that stays is what would add up over days. */
  rssSettledMB: number;
  changePct: number;
};

const MB = 1024 * 1024;

/**
 * Many connections over page and API routes for a while; counts errors and 5xx and compares the
 * server's resident memory before (after a warm-up, so first-request caches are already filled) and after.
 */
export async function resilience(
  server: { origin: string; pid: number },
  paths: string[],
  connections: number,
  durationS: number,
  warmupS: number,
): Promise<Resilience> {
  await runLoad({ origin: server.origin, paths, connections: 10, durationS: warmupS, serverPid: server.pid });
  await sleep(1_000);
  const before = rssBytes(server.pid);
  let peak = before;
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, rssBytes(server.pid));
    } catch {
      // The process died; the load result's errors say so.
    }
  }, 500);
  let load: LoadResult;
  try {
    load = await runLoad({ origin: server.origin, paths, connections, durationS, serverPid: server.pid });
  } finally {
    clearInterval(sampler);
  }
  const after = rssBytes(server.pid);
  await sleep(3_000);
  const settled = rssBytes(server.pid);
  return {
    load,
    paths,
    rssBeforeMB: before / MB,
    rssPeakMB: Math.max(peak, after) / MB,
    rssAfterMB: after / MB,
    rssSettledMB: settled / MB,
    changePct: (100 * (after - before)) / before,
  };
}
