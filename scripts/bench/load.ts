import autocannon, { type Request } from "autocannon";
import os from "node:os";
import { cpuSeconds } from "./proc";

/** One autocannon run against one server, reduced to what the report prints. */
export type LoadResult = {
  target: string;
  connections: number;
  durationS: number;
  requests: number;
  rps: number;
  p50ms: number;
  p99ms: number;
  /** Connection errors and timeouts together, as autocannon counts them. */
  errors: number;
  /** Requests without an answer within 10 s; already counted in `errors`. */
  timeouts: number;
  non2xx: number;
  status5xx: number;
  /** CPU the server process used, in percent of one core: near 100 means the server was the bottleneck. */
  serverCpuPct: number;
  /** CPU this process (autocannon) used, same unit: near 100 means the load generator was. */
  clientCpuPct: number;
  /** Server CPU time per answered request: what a request costs, whatever share of the cores the server got. */
  serverCpuMsPerReq: number;
  /** 1-minute load average of the machine when the run ended. */
  loadAvg: number;
};

export type LoadOptions = {
  origin: string;
  /** One path, or several that every connection requests in turn. */
  paths: string[];
  connections: number;
  durationS: number;
  /** The server's pid, for its CPU use. */
  serverPid: number;
  /** Append a counter to the one path, so no two requests ask the same URL (nothing can be answered from a cache). */
  uniqueUrls?: boolean;
  /** Or: the path of the n-th request (n from 1), for a mix of URLs that are all different. */
  pathOf?: (n: number) => string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
};

/** Runs autocannon against 127.0.0.1 only; bounded by `durationS` and a 10 s timeout per request. */
export async function runLoad({ origin, paths, connections, durationS, serverPid, uniqueUrls, pathOf, headers }: LoadOptions): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(origin)) throw new Error(`refusing to load ${origin}: only http://127.0.0.1 may be the target`);
  let n = 0;
  const requests: Request[] | undefined = pathOf
    ? [{ method: "GET", setupRequest: (req) => ({ ...req, path: pathOf(++n) }) }]
    : uniqueUrls
    ? [{ method: "GET", setupRequest: (req) => ({ ...req, path: `${paths[0]}${++n}` }) }]
    : paths.length > 1
      ? paths.map((path) => ({ method: "GET", path }))
      : undefined;
  const serverCpu0 = cpuSeconds(serverPid);
  const clientCpu0 = process.cpuUsage();
  const started = process.hrtime.bigint();
  const r = await autocannon({ url: origin + paths[0], requests, connections, duration: durationS, timeout: 10, headers });
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  const client = process.cpuUsage(clientCpu0);
  const serverCpuS = cpuSeconds(serverPid) - serverCpu0;
  return {
    target: pathOf ? `${paths[0]} (every URL new)` : uniqueUrls ? `${paths[0]}<n>` : paths.length > 1 ? `${paths.length} paths in turn` : paths[0],
    connections,
    durationS,
    requests: r.requests.total,
    rps: r.requests.average,
    p50ms: r.latency.p50,
    p99ms: r.latency.p99,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    status5xx: r["5xx"],
    serverCpuPct: (100 * serverCpuS) / wallS,
    clientCpuPct: (100 * (client.user + client.system)) / 1e6 / wallS,
    serverCpuMsPerReq: (1000 * serverCpuS) / Math.max(1, r.requests.total),
    loadAvg: os.loadavg()[0],
  };
}

export type Comparison = {
  route: string;
  path: string;
  portal: LoadResult;
  static: LoadResult;
  /** portal req/s ÷ static req/s: the target. */
  ratio: number;
  /** static CPU ms per request ÷ portal CPU ms per request: the req/s ratio each would reach with a core to itself. */
  cpuRatio: number;
};

/**
 * Each route against the portal and the static server back to back, the order swapped on every other
 * route so that a slow spell on this shared machine does not always land on the same side.
 */
export async function compareWithStatic(
  routes: { route: string; path: string }[],
  portal: { origin: string; pid: number },
  plain: { origin: string; pid: number },
  connections: number,
  durationS: number,
  log: (line: string) => void,
): Promise<Comparison[]> {
  const out: Comparison[] = [];
  for (const [i, { route, path }] of routes.entries()) {
    const sides = i % 2 === 0 ? (["portal", "static"] as const) : (["static", "portal"] as const);
    const got: Partial<Record<"portal" | "static", LoadResult>> = {};
    for (const side of sides) {
      const server = side === "portal" ? portal : plain;
      got[side] = await runLoad({ origin: server.origin, paths: [path], connections, durationS, serverPid: server.pid });
      log(`  ${route.padEnd(10)} ${side.padEnd(6)} ${fmtLoad(got[side]!)}`);
    }
    out.push({
      route,
      path,
      portal: got.portal!,
      static: got.static!,
      ratio: got.portal!.rps / got.static!.rps,
      cpuRatio: got.static!.serverCpuMsPerReq / got.portal!.serverCpuMsPerReq,
    });
  }
  return out;
}

export function fmtLoad(r: LoadResult): string {
  return (
    `${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50ms.toFixed(0).padStart(4)} ms  p99 ${r.p99ms.toFixed(0).padStart(4)} ms  ` +
    `${r.requests} req, ${r.errors} errors (${r.timeouts} timeouts), ${r.non2xx} non-2xx  cpu: server ${r.serverCpuPct.toFixed(0)}% (${r.serverCpuMsPerReq.toFixed(2)} ms/req), autocannon ${r.clientCpuPct.toFixed(0)}%, load avg ${r.loadAvg.toFixed(1)}`
  );
}
