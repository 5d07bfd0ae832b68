import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

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
  /** Audits that lost points in accessibility, best practices or SEO, to know where to look. */
  failing: string[];
};

export const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Lighthouse's default run (mobile, simulated throttling) on each page, one Chromium for all. */
export async function runLighthouse(
  origin: string,
  pages: { route: string; path: string }[],
  log: (line: string) => void,
): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
  const results: LighthouseResult[] = [];
  try {
    for (const { route, path } of pages) {
      const started = Date.now();
      const run = await lighthouse(origin + path, { port: chrome.port, output: "json", logLevel: "error" });
      if (!run) throw new Error(`lighthouse returned nothing for ${path}`);
      const { categories, audits, runtimeError } = run.lhr;
      if (runtimeError) throw new Error(`lighthouse ${path}: ${runtimeError.code} ${runtimeError.message}`);
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const failing = ["accessibility", "best-practices", "seo"].flatMap((id) =>
        categories[id].auditRefs
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${id}/${ref.id}`),
      );
      const summary = audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined;
      const result: LighthouseResult = {
        route,
        path,
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
        lcpMs: audits["largest-contentful-paint"].numericValue ?? NaN,
        cls: audits["cumulative-layout-shift"].numericValue ?? NaN,
        tbtMs: audits["total-blocking-time"].numericValue ?? NaN,
        scriptTransferBytes: summary?.items?.find((i) => i.resourceType === "script")?.transferSize ?? NaN,
        failing,
      };
      results.push(result);
      log(
        `  ${route.padEnd(10)} perf ${result.performance} a11y ${result.accessibility} bp ${result.bestPractices} seo ${result.seo}  ` +
          `LCP ${(result.lcpMs / 1000).toFixed(2)} s  CLS ${result.cls.toFixed(3)}  TBT ${result.tbtMs.toFixed(0)} ms  ` +
          `scripts ${(result.scriptTransferBytes / 1024).toFixed(1)} KB on the wire  (${((Date.now() - started) / 1000).toFixed(0)} s)` +
          (failing.length ? `\n             losing points: ${failing.join(", ")}` : ""),
      );
    }
  } finally {
    chrome.kill();
  }
  return results;
}
