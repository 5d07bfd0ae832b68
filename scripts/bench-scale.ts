/**
 * `npm run bench:scale`: how import, build, memory and speed grow as sources accumulate (issue 13).
 * Writes clearly-marked synthetic content (scripts/bench-scale/generate.ts) to a temp folder, never to
 * content/: 10 years × 10 sources × 100 figures, then 5× the sources. For each size it imports it into
 * its own SQLite file, builds a copy of the portal, serves it with scripts/serve.ts on 127.0.0.1, and
 * reports import and build time, pre-rendered page count, the server's memory, and page and API
 * p50/p99. It reports and never gates. Flags (defaults): --years=10 --sources=10 --figures=100
 * --factor=5, or --sizes=1,5 (which multiples to run), --grow=sources (or figures: more figures per
 * source instead of more sources) --prerender=100 (indicators whose pages the build makes)
 * --seconds=8 --port=3230 --keep.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { apiAllDifferent } from "./bench/api-urls";
import { get } from "./bench/http";
import { fmtLoad, runLoad, type LoadResult } from "./bench/load";
import { startPortal } from "./bench/portal";
import { rssBytes } from "./bench/proc";
import { countPrerendered, copyProject, timed, type LargestFile } from "./bench-scale/project";
import { figurePagePath, writeSyntheticContent, type Generated, type ScaleSize } from "./bench-scale/generate";

const MB = 1024 * 1024;
const log = (line = "") => console.log(line);

function parseArgs(argv: string[]) {
  const known = ["years", "sources", "figures", "factor", "sizes", "grow", "prerender", "seconds", "port", "keep", "help"];
  const unknown = argv.filter((a) => !known.includes(a.replace(/^--/, "").split("=")[0]));
  if (unknown.length || argv.includes("--help")) {
    console.log(
      "usage: npm run bench:scale -- [--years=10] [--sources=10] [--figures=100] [--factor=5] [--sizes=1,5] [--grow=sources|figures] [--prerender=100] [--seconds=8] [--port=3230] [--keep]",
    );
    process.exit(unknown.length ? 2 : 0);
  }
  const num = (name: string, fallback: number, min: number, max: number) => {
    const raw = argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name}=${raw}: a whole number from ${min} to ${max}`);
    return value;
  };
  const factor = num("factor", 5, 1, 20);
  const sizesRaw = argv.find((a) => a.startsWith("--sizes="))?.split("=")[1];
  const sizes = sizesRaw ? sizesRaw.split(",").map(Number) : factor > 1 ? [1, factor] : [1];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 20)) throw new Error(`--sizes=${sizesRaw}: factors from 1 to 20, such as 1,5`);
  const grow = argv.find((a) => a.startsWith("--grow="))?.split("=")[1] ?? "sources";
  if (grow !== "sources" && grow !== "figures") throw new Error(`--grow=${grow}: sources (more sources a year) or figures (more figures a source)`);
  return {
    sizes,
    grow: grow as "sources" | "figures",
    years: num("years", 10, 1, 50),
    sources: num("sources", 10, 1, 500),
    figures: num("figures", 100, 1, 1000),
    prerender: num("prerender", 100, 0, 100_000),
    seconds: num("seconds", 8, 2, 120),
    port: num("port", 3230, 1024, 65_000),
    keep: argv.includes("--keep"),
  };
}

type SizeResult = {
  label: string;
  size: ScaleSize;
  generated: Generated;
  importS: number;
  buildS: number;
  buildPeakRssMB: number | null;
  prerendered: { pages: number; files: number; bytes: number };
  /** The largest pre-rendered page and Atom feed (target: each under 1 MB at any size). */
  largestPage: LargestFile;
  largestFeed: LargestFile;
  rss: { startedMB: number; peakMB: number; afterMB: number };
  prerenderedPage: LoadResult;
  everyFigurePage: LoadResult;
  api: LoadResult;
};

async function measureSize(label: string, size: ScaleSize, project: string, work: string, args: ReturnType<typeof parseArgs>): Promise<SizeResult> {
  log(`\n== ${label}: ${size.years} years × ${size.sourcesPerYear} sources × ${size.figuresPerSource} figures  [load avg ${os.loadavg()[0].toFixed(1)}]`);
  const contentDir = path.join(work, `content-${label}`);
  const generated = writeSyntheticContent(contentDir, size);
  log(`  synthetic content in ${contentDir}: ${generated.sources} sources, ${generated.indicators} indicators, ${generated.figures} figures`);

  const env = { DATABASE_URL: `file:${path.join(work, `portal-${label}.db`)}`, PORTAL_PRERENDER_INDICATORS: String(args.prerender) };
  const migrate = timed("npx", ["prisma", "migrate", "deploy"], { cwd: project, env, timeoutMs: 120_000 });
  if (migrate.result.status !== 0) throw new Error(`prisma migrate deploy failed:\n${migrate.result.stdout}${migrate.result.stderr}`);
  const imported = timed(process.execPath, ["--import", "tsx", "scripts/import-content.ts", contentDir], { cwd: project, env, timeoutMs: 10 * 60_000 });
  if (imported.result.status !== 0) throw new Error(`import failed:\n${imported.result.stdout}${imported.result.stderr}`);
  log(`  import: ${imported.seconds.toFixed(1)} s (${imported.result.stdout.trim().split("\n").pop()})`);

  // Retries: a file still being closed under .next can make one pass see a folder as not yet empty.
  rmSync(path.join(project, ".next"), { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  const build = timed("npm", ["run", "build"], { cwd: project, env, timeoutMs: 15 * 60_000 });
  if (build.result.status !== 0) throw new Error(`build failed:\n${build.result.stdout.slice(-4000)}${build.result.stderr.slice(-4000)}`);
  const { largestPage, largestFeed, ...prerendered } = countPrerendered(path.join(project, ".next"));
  log(
    `  build: ${build.seconds.toFixed(0)} s${build.peakRssMB ? `, peak memory ${build.peakRssMB.toFixed(0)} MB` : ""}; ` +
      `${prerendered.pages} pre-rendered pages + ${prerendered.files} other files (${(prerendered.bytes / MB).toFixed(0)} MB), ${args.prerender} indicators' pages made at build time`,
  );
  log(`  largest page ${fmtFile(largestPage)}, largest feed ${fmtFile(largestFeed)}`);

  const portal = await startPortal(args.port, 120_000, { cwd: project, env });
  try {
    const startedMB = rssBytes(portal.pid) / MB;
    let peak = startedMB;
    const sampler = setInterval(() => {
      try {
        peak = Math.max(peak, rssBytes(portal.pid) / MB);
      } catch {
        // The process ended; the load results say so.
      }
    }, 250);
    const load = { origin: portal.origin, connections: 10, durationS: args.seconds, serverPid: portal.pid };
    // The first API request builds the read model; measure answers, not that.
    await get(`${portal.origin}/api/v1/topics`, {}, 60_000);
    // A page made on demand is kept by Next with the nonce of its first request: do its scripts still run?
    const onDemand = figurePagePath(size, generated.indicators - 1);
    const csp = await onDemandScriptsAllowed(portal.origin + onDemand);
    log(`  page made on demand (${onDemand}): ${csp}`);
    // The lists that grow with the content are paged (lib/paging.ts): their later pages are pre-rendered.
    const paged = await Promise.all(
      ["/topics/synthetic-topic-01/page/2", "/en/updates/page/2", "/data", "/feed.xml", "/data/indicators.csv", "/data/indicators.xlsx"].map(async (p) => {
        const started = Date.now();
        const answer = await get(`${portal.origin}${p}`, {}, 60_000);
        return `${p} HTTP ${answer.status} ${(answer.body.length / 1024).toFixed(0)} KB in ${Date.now() - started} ms`;
      }),
    );
    log(`  paged lists and the full download: ${paged.join("; ")}`);
    const firstPage = figurePagePath(size, 0);
    const prerenderedPage = await runLoad({ ...load, paths: [firstPage] });
    log(`  page, pre-rendered (${firstPage}): ${fmtLoad(prerenderedPage)}`);
    // The API before the pages made on demand: renders still running when that load ends would be counted as the API's.
    const api = await runLoad({ ...load, connections: 20, paths: ["/api/v1/"], pathOf: apiAllDifferent });
    log(`  API, every URL new (20 connections): ${fmtLoad(api)}`);
    const everyFigurePage = await runLoad({ ...load, paths: ["/indicators/"], pathOf: (n) => figurePagePath(size, n * 7919) });
    log(`  page, every figure page in turn (most made on first request): ${fmtLoad(everyFigurePage)}`);
    clearInterval(sampler);
    const afterMB = rssBytes(portal.pid) / MB;
    log(`  server memory (RSS): ${startedMB.toFixed(0)} MB after start, peak ${peak.toFixed(0)} MB, ${afterMB.toFixed(0)} MB after the loads`);
    return {
      label,
      size,
      generated,
      importS: imported.seconds,
      buildS: build.seconds,
      buildPeakRssMB: build.peakRssMB,
      prerendered,
      largestPage,
      largestFeed,
      rss: { startedMB, peakMB: Math.max(peak, afterMB), afterMB },
      prerenderedPage,
      everyFigurePage,
      api,
    };
  } finally {
    await portal.stop();
  }
}

/** Asks a page twice and says whether the second answer's CSP allows the scripts its HTML carries. */
async function onDemandScriptsAllowed(url: string): Promise<string> {
  const first = await get(url, {}, 60_000);
  const second = await get(url, {}, 60_000);
  const policy = String(second.headers["content-security-policy"] ?? "");
  const headerNonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  const htmlNonces = [...new Set([...second.body.toString().matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]))];
  const verdict = !headerNonce
    ? `CSP by hash (${policy.includes("sha256-") ? "hashes listed" : "no hashes"})`
    : htmlNonces.every((n) => n === headerNonce)
      ? "CSP nonce matches the page's scripts"
      : `CSP nonce does NOT match the page's scripts (header ${headerNonce.slice(0, 8)}…, page ${htmlNonces.map((n) => n.slice(0, 8)).join(", ")}…)`;
  return `HTTP ${first.status} then ${second.status}; ${verdict}`;
}

const fmtFile = (file: LargestFile) => (file ? `${file.path} ${(file.bytes / 1024).toFixed(0)} KB` : "none");

function summary(results: SizeResult[]): string {
  const rows: [string, (r: SizeResult) => string][] = [
    ["sources / indicators / figures", (r) => `${r.generated.sources} / ${r.generated.indicators} / ${r.generated.figures}`],
    ["import (target < 60 s for the larger)", (r) => `${r.importS.toFixed(1)} s`],
    ["build", (r) => `${r.buildS.toFixed(0)} s`],
    ["build peak memory", (r) => (r.buildPeakRssMB ? `${r.buildPeakRssMB.toFixed(0)} MB` : "n/a")],
    ["pre-rendered pages (+ other files)", (r) => `${r.prerendered.pages} (+${r.prerendered.files})`],
    ["build s per pre-rendered page", (r) => (r.buildS / r.prerendered.pages).toFixed(3)],
    ["server RSS after start / peak", (r) => `${r.rss.startedMB.toFixed(0)} / ${r.rss.peakMB.toFixed(0)} MB`],
    ["page p50 / p99, pre-rendered", (r) => `${r.prerenderedPage.p50ms} / ${r.prerenderedPage.p99ms} ms`],
    ["largest page (target < 1 MB)", (r) => fmtFile(r.largestPage)],
    ["largest feed (target < 1 MB)", (r) => fmtFile(r.largestFeed)],
    ["page p50 / p99, every figure page", (r) => `${r.everyFigurePage.p50ms} / ${r.everyFigurePage.p99ms} ms (${r.everyFigurePage.errors + r.everyFigurePage.non2xx} bad)`],
    ["figure page CPU per request (target ≤ 50 ms)", (r) => `${r.everyFigurePage.serverCpuMsPerReq.toFixed(1)} ms`],
    ["API p50 / p99, every URL new", (r) => `${r.api.p50ms} / ${r.api.p99ms} ms (${r.api.errors + r.api.non2xx} bad)`],
    ["API CPU per request (target ≤ 1 ms)", (r) => `${r.api.serverCpuMsPerReq.toFixed(2)} ms`],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  const lines = [`${"".padEnd(width)}  ${results.map((r) => r.label.padEnd(24)).join("")}`];
  for (const [name, cell] of rows) lines.push(`${name.padEnd(width)}  ${results.map((r) => cell(r).padEnd(24)).join("")}`);
  if (results.length === 2) {
    const [a, b] = results;
    const growth = (x: number, y: number) => (y / x).toFixed(2);
    lines.push("");
    lines.push(`growth ×: figures ${growth(a.generated.figures, b.generated.figures)}, pre-rendered pages ${growth(a.prerendered.pages, b.prerendered.pages)}, ` +
      `build time ${growth(a.buildS, b.buildS)}, server peak RSS ${growth(a.rss.peakMB, b.rss.peakMB)}, import ${growth(a.importS, b.importS)}`);
  }
  return lines.join("\n");
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  log(`bench:scale: ${os.cpus().length} cores, node ${process.version}, load avg ${os.loadavg()[0].toFixed(1)}; synthetic data only, in a temp folder`);
  const work = mkdtempSync(path.join(os.tmpdir(), "portal-scale-"));
  const project = path.join(work, "portal");
  const results: SizeResult[] = [];
  try {
    copyProject(process.cwd(), project);
    for (const factor of args.sizes) {
      const size: ScaleSize = {
        years: args.years,
        sourcesPerYear: args.sources * (args.grow === "sources" ? factor : 1),
        figuresPerSource: args.figures * (args.grow === "figures" ? factor : 1),
      };
      results.push(await measureSize(`${factor}×`, size, project, work, args));
    }
  } finally {
    if (args.keep) log(`\nkept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  log(`\n== Summary (${((Date.now() - started) / 60_000).toFixed(1)} min, load avg ${os.loadavg()[0].toFixed(1)})`);
  log(summary(results));
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/scale.json", JSON.stringify({ args, results }, null, 2));
  log("\nfull results: bench-results/scale.json; the bench reports and does not gate");
}

main().catch((e) => {
  console.error(`bench:scale: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
