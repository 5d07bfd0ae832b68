import os from "node:os";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../tests/fixtures/chromium";

export type LighthouseResult = {
  route: string;
  path: string;
  /** Category scores, 0–100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Script bytes on the wire as Lighthouse saw them (compressed if the server compresses). */
  scriptTransferBytes: number;
  /** Main-thread time by kind (script evaluation, parse and compile, style and layout…), in ms, largest first. */
  mainThread: { group: string; ms: number }[];
  /** Audits that lost points in accessibility, best practices or SEO, to know where to look. */
  failing: string[];
  /** What the browser console reported, when best practices lost points for it. */
  consoleErrors: string[];
  /**
   * Lighthouse's own CPU speed probe for this run. Its simulated 4× CPU slowdown assumes a fast
   * machine; under ~700 the performance score and TBT say more about the machine than about the page.
   */
  benchmarkIndex: number;
  /** Performance scores of every run; the other fields come from the median one. */
  performanceRuns: number[];
};

export const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_ARGS];

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

function toResult(route: string, path: string, lhr: Lhr): Omit<LighthouseResult, "performanceRuns"> {
  const { categories, audits } = lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const failing = ["accessibility", "best-practices", "seo"].flatMap((id) =>
    categories[id].auditRefs.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1).map((ref) => `${id}/${ref.id}`),
  );
  type Items<T> = { items?: T[] } | undefined;
  const consoleItems = (audits["errors-in-console"]?.details as Items<{ source?: string; description?: string; sourceLocation?: { url?: string } }>)?.items ?? [];
  const summary = (audits["resource-summary"]?.details as Items<{ resourceType: string; transferSize: number }>)?.items ?? [];
  const work = (audits["mainthread-work-breakdown"]?.details as Items<{ groupLabel: string; duration: number }>)?.items ?? [];
  return {
    route,
    path,
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: audits["largest-contentful-paint"].numericValue ?? NaN,
    cls: audits["cumulative-layout-shift"].numericValue ?? NaN,
    tbtMs: audits["total-blocking-time"].numericValue ?? NaN,
    scriptTransferBytes: summary.find((i) => i.resourceType === "script")?.transferSize ?? NaN,
    mainThread: work.map((w) => ({ group: w.groupLabel, ms: w.duration })).sort((a, b) => b.ms - a.ms),
    failing,
    consoleErrors: consoleItems.map((i) => `${i.source ?? "?"}: ${i.description ?? ""} ${i.sourceLocation?.url ?? ""}`.trim()),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/**
 * Lighthouse's default run (mobile, simulated throttling) `runs` times on each page, one Chromium for all.
 * The pages take turns (page 1, page 2, …, then again), so a burst of load on a shared machine falls on
 * every page alike and the pages stay comparable with one another even when the absolute scores sag.
 */
export async function runLighthouse(
  origin: string,
  pages: { route: string; path: string }[],
  runs: number,
  log: (line: string) => void,
): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS });
  const each = pages.map(() => [] as Omit<LighthouseResult, "performanceRuns">[]);
  const loads = pages.map(() => [] as number[]);
  const seconds = pages.map(() => 0);
  try {
    for (let i = 0; i < runs; i++) {
      for (const [p, { route, path }] of pages.entries()) {
        const started = Date.now();
        loads[p].push(os.loadavg()[0]);
        const run = await lighthouse(origin + path, { port: chrome.port, output: "json", logLevel: "error" });
        if (!run) throw new Error(`lighthouse returned nothing for ${path}`);
        if (run.lhr.runtimeError) throw new Error(`lighthouse ${path}: ${run.lhr.runtimeError.code} ${run.lhr.runtimeError.message}`);
        each[p].push(toResult(route, path, run.lhr));
        seconds[p] += (Date.now() - started) / 1000;
      }
    }
  } finally {
    chrome.kill();
  }
  return pages.map(({ route }, p) => {
    const sorted = [...each[p]].sort((a, b) => a.performance - b.performance);
    const result = { ...sorted[Math.floor(sorted.length / 2)], performanceRuns: each[p].map((r) => r.performance) };
    const work = result.mainThread.slice(0, 3).map((w) => `${w.group} ${w.ms.toFixed(0)} ms`).join(", ");
    log(
      `  ${route.padEnd(8)} perf ${result.performance}${runs > 1 ? ` (runs ${result.performanceRuns.join("/")})` : ""} a11y ${result.accessibility} ` +
        `bp ${result.bestPractices} seo ${result.seo}  LCP ${(result.lcpMs / 1000).toFixed(2)} s  CLS ${result.cls.toFixed(3)}  TBT ${result.tbtMs.toFixed(0)} ms  ` +
        `(${seconds[p].toFixed(0)} s; load avg ${loads[p].map((l) => l.toFixed(1)).join("/")})` +
        `\n           scripts ${(result.scriptTransferBytes / 1024).toFixed(1)} KB on the wire; main thread: ${work}; CPU benchmark index ${result.benchmarkIndex.toFixed(0)}` +
        (result.failing.length ? `\n           losing points: ${result.failing.join(", ")}` : "") +
        result.consoleErrors.map((e) => `\n           console: ${e}`).join(""),
    );
    return result;
  });
}
