import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { cpSync, existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * A copy of the portal in a temp folder, so the synthetic builds never touch this checkout's .next,
 * data/ or content/. Source files are copied; node_modules is hard-linked (same disk, no copying).
 */
const NOT_COPIED = new Set(["node_modules", ".next", ".git", "data", "content", "bench-results", "test-results", "playwright-report", "screenshots"]);

export function copyProject(from: string, to: string): void {
  cpSync(from, to, { recursive: true, filter: (src) => !NOT_COPIED.has(path.relative(from, src).split(path.sep)[0]) });
  const linked = spawnSync("cp", ["-al", path.join(from, "node_modules"), path.join(to, "node_modules")]);
  if (linked.status !== 0) cpSync(path.join(from, "node_modules"), path.join(to, "node_modules"), { recursive: true, verbatimSymlinks: true });
}

export type Timed = { seconds: number; peakRssMB: number | null; result: SpawnSyncReturns<string> };

/** Runs a command to the end, timing it; with GNU time (Debian's /usr/bin/time) also its peak memory. */
export function timed(command: string, args: string[], options: { cwd: string; env: Record<string, string>; timeoutMs: number }): Timed {
  const gnuTime = existsSync("/usr/bin/time");
  const started = Date.now();
  const result = spawnSync(gnuTime ? "/usr/bin/time" : command, gnuTime ? ["-f", "__peak_rss_kb=%M", command, ...args] : args, {
    cwd: options.cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", ...options.env },
    encoding: "utf8",
    timeout: options.timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (Date.now() - started) / 1000;
  const peak = /__peak_rss_kb=(\d+)/.exec(result.stderr ?? "");
  return { seconds, peakRssMB: peak ? Number(peak[1]) / 1024 : null, result };
}

/** A file the build wrote, by the address it is served at, and its size. */
export type LargestFile = { path: string; bytes: number } | null;

/**
 * Files `next build` wrote for pages (HTML) and for other static outputs (route bodies: CSV, JSON,
 * images), with the largest page and the largest Atom feed: what must stay bounded as figures grow.
 */
export function countPrerendered(nextDir: string): { pages: number; files: number; bytes: number; largestPage: LargestFile; largestFeed: LargestFile } {
  let pages = 0;
  let files = 0;
  let bytes = 0;
  let largestPage: LargestFile = null;
  let largestFeed: LargestFile = null;
  const appDir = path.join(nextDir, "server/app");
  // "server/app/en/topics/x.html" → "/en/topics/x"; "server/app/index.html" → "/"; "server/app/en/feed.xml.body" → "/en/feed.xml".
  const served = (full: string, suffix: string) => {
    const route = `/${path.relative(appDir, full).split(path.sep).join("/").slice(0, -suffix.length)}`;
    return route === "/index" ? "/" : route.replace(/\/index$/, "");
  };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else if (name.endsWith(".html")) {
        pages++;
        bytes += stat.size;
        if (!largestPage || stat.size > largestPage.bytes) largestPage = { path: served(full, ".html"), bytes: stat.size };
      } else if (name.endsWith(".body")) {
        files++;
        bytes += stat.size;
        if (name.endsWith(".xml.body") && name.includes("feed") && (!largestFeed || stat.size > largestFeed.bytes)) {
          largestFeed = { path: served(full, ".body"), bytes: stat.size };
        }
      }
    }
  };
  if (existsSync(appDir)) walk(appDir);
  return { pages, files, bytes, largestPage, largestFeed };
}
