import { expect, test } from "@playwright/test";
import autocannon, { type Request } from "autocannon";
import { findNginx, startLocalNginx, type LocalNginx } from "../../deploy/local-nginx";
import { get, sleep } from "../../scripts/bench/http";
import { startPortal, type Portal } from "../../scripts/bench/portal";

/**
 * deploy/nginx.conf in front of two portal processes on 127.0.0.1, as README "Serving many readers"
 * runs it: pages cached by nginx, and one process stopped with SIGTERM in the middle of a load
 * without a single failed request. Ports: E2E_PORT + 10 (nginx), + 11 and + 12 (the portals).
 */

const BASE = Number(process.env.E2E_PORT ?? 3000) + 10;

test.describe("nginx in front of two portal processes", () => {
  test.describe.configure({ mode: "serial" });
  let portals: Portal[] = [];
  let nginx: LocalNginx | undefined;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    findNginx(); // fails at once, naming `apt-get install -y nginx`, when it is missing
    portals = await Promise.all([startPortal(BASE + 1, 90_000), startPortal(BASE + 2, 90_000)]);
    nginx = await startLocalNginx(BASE, [BASE + 1, BASE + 2]);
  });

  test.afterAll(async () => {
    await nginx?.stop();
    await Promise.all(portals.map((p) => p.stop()));
  });

  test("pages carry Cache-Control a shared cache can use, and nginx keeps them", async () => {
    const first = await get(nginx!.origin + "/topics/hotline");
    expect(first.status).toBe(200);
    expect(first.headers["cache-control"]).toMatch(/\bpublic\b/);
    expect(first.headers["cache-control"]).toMatch(/\bs-maxage=\d+/);
    expect(first.headers["cache-control"]).toMatch(/\bstale-while-revalidate=\d+/);
    const again = await get(nginx!.origin + "/topics/hotline");
    expect(again.headers["x-cache-status"]).toBe("HIT");
    expect(again.body.equals(first.body)).toBe(true);
    // A client navigation asks the same URL for an RSC payload: never answered from the page's copy.
    const rsc = await get(nginx!.origin + "/topics/hotline", { rsc: "1" });
    expect(rsc.headers["x-cache-status"]).toBe("BYPASS");
    expect(rsc.body.equals(first.body)).toBe(false);
  });

  test("build files under /_next/static are immutable", async () => {
    const html = (await get(nginx!.origin + "/")).body.toString();
    const asset = /\/_next\/static\/[^"']+\.(?:js|css)/.exec(html)?.[0];
    expect(asset, "the home page links a build file").toBeTruthy();
    const res = await get(nginx!.origin + asset!);
    expect(res.status).toBe(200);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  test("a process stopped with SIGTERM during load fails no request", async () => {
    test.setTimeout(90_000);
    // Requests the processes must answer themselves (nginx cannot have kept them): every API URL new,
    // search pages rendered per request, plus cached pages.
    let n = 0;
    const paths = [
      () => `/api/v1/indicators?q=${encodeURIComponent("热线")}&per_page=${1 + (n % 100)}&page=${1 + Math.floor(n / 100)}`,
      () => `/api/v1/search?q=${10000 + n}`,
      () => `/api/v1/indicators/hotline-calls-connected?lang=${n % 2 ? "en" : "zh"}&_=${n}`.replace(/&_=\d+$/, ""),
      () => `/search?q=${encodeURIComponent("满意率")}${n % 3}`,
      () => `/topics/hotline`,
    ];
    const requests: Request[] = [{ method: "GET", setupRequest: (req) => ({ ...req, path: paths[n++ % paths.length]() }) }];
    const [stopping] = portals;
    const load = autocannon({ url: nginx!.origin, requests, connections: 16, duration: 8, timeout: 10 });
    await sleep(3_000);
    process.kill(stopping.pid, "SIGTERM");
    const result = await load;
    const code = await Promise.race([stopping.exited, sleep(10_000).then(() => "still running")]);

    // On a busy 2-core machine a few dozen; enough that requests are in flight when the signal arrives.
    expect(result.requests.total).toBeGreaterThan(20);
    expect(result.errors, "connection errors and timeouts").toBe(0);
    expect(result.non2xx, `non-2xx answers; nginx error log:\n${nginx!.errorLog()}`).toBe(0);
    expect(code, `the stopped process exits 0 once its requests are answered:\n${stopping.log()}`).toBe(0);
    expect(stopping.log()).toContain("SIGTERM: finishing in-flight requests");
    // The other process carries on alone.
    expect((await get(nginx!.origin + `/api/v1/search?q=${encodeURIComponent("热线")}`)).status).toBe(200);
  });
});
