/**
 * `npm run bench`: the quality bar of issue 6, measured on a production build served by the production server (`npm run serve`: scripts/serve.ts).
 * It reports and never gates: it exits 0 when a target is missed, non-zero only when the portal cannot be
 * built or started. Flags: --quick, --skip-build, --skip-lighthouse, --static=memory|sirv, --port=N.
 * Every load goes to 127.0.0.1, on ports 3400–3499, and every run is bounded in time.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { get } from "./bench/http";
import { measurePageJs, type PageJs } from "./bench/js-size";
import { runLighthouse, type LighthouseResult } from "./bench/lighthouse";
import { compareWithStatic, fmtLoad, runLoad, type Comparison, type LoadResult } from "./bench/load";
import { apiAllDifferent } from "./bench/api-urls";
import { resilience, type Resilience } from "./bench/memory";
import { buildPortal, startPortal, type Portal } from "./bench/portal";
import { processName } from "./bench/proc";
import { scriptFreeCopy } from "./bench/script-free";
import { summaryTable, kb, type Check } from "./bench/report";
import { snapshot, startStaticServer, STATIC_KINDS, type StaticKind, type StaticServer } from "./bench/static-server";

const TARGETS = { figureJsGzip: 130 * 1024, rpsRatio: 0.5, rssChangePct: 20, lighthouse: 95, sharedLinkRatio: 0.8, apiNewP99Ms: 100, apiNewCpuMsPerReq: 1 };

const ROUTES = {
  home: "/",
  en: "/en",
  topic: "/topics/hotline",
  figure: "/indicators/hotline-calls-connected",
  /** A chart page: the only route kind (with chart embeds) that loads Recharts, as a lazy chunk after first paint. */
  chart: "/charts/hotline-rates",
  source: "/sources/jiayuguan-2025",
  about: "/about",
  updates: "/updates",
};
const API = "/api/v1/topics";
/** A filter no figure matches plus a counter: a new URL each time, answered by a database query. */
const API_UNCACHED = "/api/v1/indicators?topic=hotline&q=";
const CSV = "/data/indicators.csv";
/** The topic page as a link shared in WeChat arrives: the same page, plus the parameters WeChat appends. */
const WECHAT_SHARED = `${ROUTES.topic}?from=singlemessage&isappinstalled=0`;

function parseArgs(argv: string[]) {
  const flag = (name: string) => argv.includes(`--${name}`);
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const known = ["quick", "skip-build", "skip-lighthouse", "static", "port", "help"];
  const unknown = argv.filter((a) => !known.includes(a.replace(/^--/, "").split("=")[0]));
  if (unknown.length || flag("help")) {
    console.log("usage: npm run bench -- [--quick] [--skip-build] [--skip-lighthouse] [--static=memory|sirv] [--port=N (1024..65534, default 3400; the static server takes N + 1)]");
    process.exit(unknown.length ? 2 : 0);
  }
  const port = Number(value("port") ?? 3400);
  // Any unprivileged port, so parallel runs each stay in their own range.
  if (!(Number.isInteger(port) && port >= 1024 && port <= 65534)) throw new Error(`--port=${port}: use a port from 1024 to 65534 (the static server takes port + 1)`);
  const staticKind = (value("static") ?? "memory") as StaticKind;
  if (!(staticKind in STATIC_KINDS)) throw new Error(`--static=${staticKind}: use memory or sirv`);
  const quick = flag("quick");
  return {
    quick,
    skipBuild: flag("skip-build"),
    skipLighthouse: flag("skip-lighthouse"),
    staticKind,
    port,
    compareS: quick ? 3 : 10,
    resilienceS: quick ? 5 : 30,
    warmupS: quick ? 2 : 3,
    // The home page runs in the quick bench too: the reference the chart page is read against on a noisy machine.
    lighthousePages: quick ? (["home", "figure", "chart"] as const) : (["home", "topic", "figure", "chart"] as const),
    // Lighthouse's performance score swings between runs on a shared machine: take the median of 3.
    lighthouseRuns: quick ? 1 : 3,
  };
}

const log = (line = "") => console.log(line);
/** Section titles carry the machine's load: on a shared 2-core box it explains most of the noise. */
const heading = (title: string) => log(`\n== ${title}  [load avg ${os.loadavg()[0].toFixed(1)}, ${os.cpus().length} cores]`);

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  log(`bench: ${args.quick ? "quick" : "full"} run, ${os.cpus().length} cores, node ${process.version}; numbers from a shared machine: compare ratios, not absolutes`);

  let buildS: number | null = null;
  if (!args.skipBuild) {
    heading("next build");
    buildS = buildPortal();
  }

  heading(`the production server (scripts/serve.ts) on 127.0.0.1:${args.port}`);
  let portal: Portal;
  try {
    portal = await startPortal(args.port);
  } catch (e) {
    console.error(`bench: ${(e as Error).message}`);
    return 1;
  }
  log(`  answering; measuring pid ${portal.pid} (${processName(portal.pid)})`);

  let plain: StaticServer | undefined;
  const tmp = mkdtempSync(path.join(os.tmpdir(), "bench-static-"));
  const results: Record<string, unknown> = { startedAt: new Date(started).toISOString(), args, targets: TARGETS, buildS };
  const checks: Check[] = [];
  try {
    // 2. JavaScript per route type.
    heading("JavaScript a first visit loads (scripts and script preloads under /_next/static; nomodule polyfills not counted)");
    const js: PageJs[] = [];
    for (const [route, p] of Object.entries(ROUTES)) {
      const page = await measurePageJs(portal.origin, route, p);
      js.push(page);
      const flag = route === "figure" ? (page.totalGzip <= TARGETS.figureJsGzip ? "  (target ≤130 KB: PASS)" : "  (target ≤130 KB: MISS)") : "";
      log(
        `  ${route.padEnd(8)} ${p.padEnd(38)} HTTP ${page.status}  ${String(page.chunks.length).padStart(2)} files  ` +
          `${kb(page.totalGzip).padStart(9)} gzip-9  ${kb(page.totalRaw).padStart(9)} raw  ${kb(page.totalServed).padStart(9)} served  html ${kb(page.htmlGzip)} gzip${flag}`,
      );
    }
    const figure = js.find((p) => p.route === "figure")!;
    log(`  largest chunks of the figure page (served as ${figure.chunks[0]?.servedEncoding ?? "?"}):`);
    for (const c of [...figure.chunks].sort((a, b) => b.gzip - a.gzip).slice(0, 6)) {
      const on = js.filter((p) => p.chunks.some((x) => x.path === c.path)).length;
      log(`    ${kb(c.gzip).padStart(8)} gzip ${kb(c.raw).padStart(9)} raw  ${c.path.replace("/_next/static/chunks/", "")}  on ${on}/${js.length} routes  ${c.holds}`);
    }
    for (const c of figure.legacyOnly) log(`    not counted: ${kb(c.gzip)} gzip ${c.path.replace("/_next/static/chunks/", "")} (${c.holds})`);
    // What no change to the portal's own code can remove: chunks with none of its components in them.
    const runtimeOnly = figure.chunks.filter((c) => !c.holds.includes("app:")).reduce((sum, c) => sum + c.gzip, 0);
    log(
      `  of the figure page's ${kb(figure.totalGzip)}: ${kb(runtimeOnly)} in chunks holding only Next.js, React and Turbopack runtime ` +
        `(what any App Router page loads here), ${kb(figure.totalGzip - runtimeOnly)} in chunks with the portal's client components`,
    );
    results.figureRuntimeOnlyGzip = runtimeOnly;
    results.js = js;
    checks.push({ target: "figure page JS ≤ 130 KB gzip", measured: kb(figure.totalGzip), pass: figure.totalGzip <= TARGETS.figureJsGzip });

    // 3. Throughput against a plain static server serving the same bytes.
    const apiStatus = (await get(portal.origin + API)).status;
    const apiExists = apiStatus === 200;
    const loadRoutes = [
      { route: "home", path: ROUTES.home },
      { route: "topic", path: ROUTES.topic },
      { route: "figure", path: ROUTES.figure },
      ...(apiExists ? [{ route: "api", path: API }] : []),
      { route: "csv", path: CSV },
    ];
    heading(`Throughput: portal vs plain static server, 50 connections, ${args.compareS} s each, side by side`);
    log(`  static server: ${STATIC_KINDS[args.staticKind]}`);
    log(`  same bytes: each URL fetched once from the portal, uncompressed; autocannon asks for no compression from either`);
    if (!apiExists) log(`  ${API}: HTTP ${apiStatus}, the API is not in this build; skipped`);
    const snap = await snapshot(portal.origin, loadRoutes.map((r) => r.path), tmp);
    plain = await startStaticServer(args.staticKind, snap, args.port + 1);
    const comparisons: Comparison[] = await compareWithStatic(loadRoutes, portal, plain, 50, args.compareS, log);
    log(`  ratio portal/static req/s (target ≥ ${TARGETS.rpsRatio}); beside it the CPU-cost ratio (static CPU ms/req ÷ portal's), the req/s ratio each would reach with a core to itself:`);
    for (const c of comparisons) {
      const bad = c.portal.errors + c.portal.non2xx + c.static.errors + c.static.non2xx;
      log(
        `    ${c.route.padEnd(8)} ${c.ratio.toFixed(2)}${c.ratio < TARGETS.rpsRatio ? " MISS" : " PASS"}   CPU-cost ratio ${c.cpuRatio.toFixed(2)}` +
          `${bad ? `  (${bad} errors/non-2xx)` : ""}`,
      );
      checks.push({ target: `${c.route} req/s ≥ 0.5 × static`, measured: `${c.ratio.toFixed(2)} (${c.portal.rps.toFixed(0)}/${c.static.rps.toFixed(0)})`, pass: c.ratio >= TARGETS.rpsRatio && bad === 0 });
    }
    const starved = comparisons.filter((c) => c.static.serverCpuPct < 60 && c.static.clientCpuPct < 60);
    if (starved.length) {
      log(
        `  note: in ${starved.length} of ${comparisons.length} static runs neither the static server nor autocannon got 60% of a core: the machine was busy` +
          ` (load avg ${os.loadavg()[0].toFixed(1)}); req/s then mostly measure the CPU share each process got, so trust the CPU-cost ratio more`,
      );
    }
    // The API row above is mostly answered from scripts/serve.ts's kept answers; this is what an answer costs when it must be made.
    let apiUncached: LoadResult | undefined;
    if (apiExists) {
      apiUncached = await runLoad({ origin: portal.origin, paths: [API_UNCACHED], connections: 50, durationS: args.compareS, serverPid: portal.pid, uniqueUrls: true });
      log(`  api, every URL new (the read model, and the search index for q=): ${fmtLoad(apiUncached)}`);
      log(`    for scale: ${(apiUncached.rps / comparisons.find((c) => c.route === "api")!.static.rps).toFixed(3)} of the static server's req/s`);
    }
    results.throughput = { staticServer: STATIC_KINDS[args.staticKind], apiStatus, comparisons, apiUncached };

    // Issue 13: a shared link must not be slower than the page; an API URL never asked before must be fast too.
    heading(`Shared link vs plain page, 50 connections, ${args.compareS} s each, side by side`);
    const sharedRun = await runLoad({ origin: portal.origin, paths: [WECHAT_SHARED], connections: 50, durationS: args.compareS, serverPid: portal.pid });
    const plainRun = await runLoad({ origin: portal.origin, paths: [ROUTES.topic], connections: 50, durationS: args.compareS, serverPid: portal.pid });
    const sharedRatio = sharedRun.rps / plainRun.rps;
    log(`  ${"plain".padEnd(7)} ${ROUTES.topic.padEnd(54)} ${fmtLoad(plainRun)}`);
    log(`  ${"WeChat".padEnd(7)} ${WECHAT_SHARED.padEnd(54)} ${fmtLoad(sharedRun)}`);
    log(`  ratio WeChat/plain req/s ${sharedRatio.toFixed(2)} (target ≥ ${TARGETS.sharedLinkRatio}: ${sharedRatio >= TARGETS.sharedLinkRatio ? "PASS" : "MISS"})`);
    results.sharedLink = { plain: plainRun, wechat: sharedRun, ratio: sharedRatio };
    checks.push({ target: `WeChat link req/s ≥ ${TARGETS.sharedLinkRatio} × plain page`, measured: `${sharedRatio.toFixed(2)} (${sharedRun.rps.toFixed(0)}/${plainRun.rps.toFixed(0)})`, pass: sharedRatio >= TARGETS.sharedLinkRatio && sharedRun.non2xx + sharedRun.errors === 0 });
    if (apiExists) {
      heading(`API: kept answers vs every URL new, 20 connections, ${args.compareS} s each`);
      const kept = await runLoad({ origin: portal.origin, paths: [API], connections: 20, durationS: args.compareS, serverPid: portal.pid });
      const fresh = await runLoad({ origin: portal.origin, paths: ["/api/v1/"], pathOf: apiAllDifferent, connections: 20, durationS: args.compareS, serverPid: portal.pid });
      log(`  ${"kept".padEnd(10)} ${API.padEnd(40)} ${fmtLoad(kept)}`);
      log(`  ${"all new".padEnd(10)} ${"search / q= list / period list, in turn".padEnd(40)} ${fmtLoad(fresh)}`);
      const ok = fresh.p99ms < TARGETS.apiNewP99Ms && fresh.errors === 0 && fresh.non2xx === 0 && fresh.serverCpuMsPerReq <= TARGETS.apiNewCpuMsPerReq;
      log(`  every URL new: p99 ${fresh.p99ms} ms (target < ${TARGETS.apiNewP99Ms}), ${fresh.errors} errors, ${fresh.non2xx} non-2xx, ${fresh.serverCpuMsPerReq.toFixed(2)} ms CPU/request (target ≤ ${TARGETS.apiNewCpuMsPerReq}): ${ok ? "PASS" : "MISS"}`);
      results.apiAllDifferent = { kept, fresh };
      checks.push({ target: "API, every URL new (20 conn): p99 < 100 ms, 0 errors", measured: `p99 ${fresh.p99ms} ms, ${fresh.errors + fresh.non2xx} errors/non-2xx`, pass: fresh.p99ms < TARGETS.apiNewP99Ms && fresh.errors + fresh.non2xx === 0 });
      checks.push({ target: "API, every URL new: CPU ≤ 1 ms/request", measured: `${fresh.serverCpuMsPerReq.toFixed(2)} ms`, pass: fresh.serverCpuMsPerReq <= TARGETS.apiNewCpuMsPerReq });
    }
    await plain.stop();
    plain = undefined;

    // 4. Resilience and memory.
    const mixed = [ROUTES.home, ROUTES.topic, ROUTES.figure, ROUTES.en, ROUTES.source, ROUTES.about, ROUTES.updates, CSV, ...(apiExists ? [API] : [])];
    heading(`Resilience: 100 connections for ${args.resilienceS} s over ${mixed.length} page${apiExists ? " and API" : ""} routes in turn (after a ${args.warmupS} s warm-up)`);
    if (!apiExists) log(`  ${API} not in this build: pages and the CSV only`);
    const res: Resilience = await resilience(portal, mixed, 100, args.resilienceS, args.warmupS);
    const l = res.load;
    log(`  ${l.requests} requests, ${l.rps.toFixed(0)} req/s, p50 ${l.p50ms} ms, p99 ${l.p99ms} ms`);
    log(`  errors ${l.errors} (of which timeouts after 10 s: ${l.timeouts}), non-2xx ${l.non2xx}, 5xx ${l.status5xx}`);
    log(`  next-server RSS: before ${res.rssBeforeMB.toFixed(0)} MB, peak ${res.rssPeakMB.toFixed(0)} MB, after ${res.rssAfterMB.toFixed(0)} MB (${res.changePct >= 0 ? "+" : ""}${res.changePct.toFixed(1)}%), 3 s later ${res.rssSettledMB.toFixed(0)} MB`);
    results.resilience = res;
    checks.push({ target: "resilience: 0 errors/timeouts", measured: `${l.errors} of ${l.requests} (${l.timeouts} timeouts)`, pass: l.errors === 0 });
    checks.push({ target: "resilience: 0 5xx", measured: `${l.status5xx} (non-2xx ${l.non2xx})`, pass: l.status5xx === 0 && l.non2xx === 0 });
    checks.push({ target: "RSS change within 20%", measured: `${res.changePct >= 0 ? "+" : ""}${res.changePct.toFixed(1)}% (${res.rssBeforeMB.toFixed(0)}→${res.rssAfterMB.toFixed(0)} MB)`, pass: Math.abs(res.changePct) <= TARGETS.rssChangePct });

    // 5. Lighthouse.
    if (args.skipLighthouse) {
      log("\n== Lighthouse: skipped (--skip-lighthouse)");
      checks.push({ target: "Lighthouse", measured: "not run", pass: null });
    } else {
      heading(`Lighthouse 12 (mobile, simulated throttling): ${args.lighthousePages.join(", ")}, ${args.lighthouseRuns === 1 ? "1 run each" : `median of ${args.lighthouseRuns} runs by performance score`}`);
      let lh: LighthouseResult[] = [];
      try {
        lh = await runLighthouse(portal.origin, args.lighthousePages.map((r) => ({ route: r, path: ROUTES[r] })), args.lighthouseRuns, log);
      } catch (e) {
        log(`  Lighthouse failed: ${(e as Error).message}`);
        checks.push({ target: "Lighthouse", measured: "failed to run", pass: false });
      }
      results.lighthouse = lh;

      // The same figure page without any script, from the plain static server: the score the HTML and CSS alone get here.
      const refDir = path.join(tmp, "script-free");
      try {
        plain = await startStaticServer("memory", await scriptFreeCopy(portal.origin, ROUTES.figure, refDir), args.port + 1);
        log(`  reference: ${ROUTES.figure} with every script removed (no Next or React runtime, no RSC payload), same HTML and CSS, from the static server:`);
        results.lighthouseScriptFree = await runLighthouse(plain.origin, [{ route: "no JS", path: ROUTES.figure }], args.lighthouseRuns, log);
      } catch (e) {
        log(`  reference run failed: ${(e as Error).message}`);
      } finally {
        await plain?.stop();
        plain = undefined;
      }
      for (const r of lh) {
        const scores = [r.performance, r.accessibility, r.bestPractices, r.seo];
        checks.push({ target: `${r.route}: Lighthouse categories ≥ 95`, measured: scores.join("/"), pass: scores.every((s) => s >= TARGETS.lighthouse) });
        checks.push({ target: `${r.route}: CLS 0`, measured: r.cls.toFixed(3), pass: r.cls === 0 });
      }
    }
  } finally {
    await plain?.stop();
    await portal.stop();
    rmSync(tmp, { recursive: true, force: true });
  }

  const totalS = (Date.now() - started) / 1000;
  heading(`Summary (${totalS.toFixed(0)} s${buildS !== null ? `, build ${buildS.toFixed(0)} s` : ""})`);
  log(summaryTable(checks));
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/latest.json", JSON.stringify({ ...results, checks, totalS }, null, 2));
  log(`\nfull results: bench-results/latest.json; the bench reports and does not gate: exit 0 with misses`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`bench: ${(e as Error).stack ?? e}`);
    process.exit(1);
  },
);
