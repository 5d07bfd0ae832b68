import { spawn, spawnSync } from "node:child_process";
import { waitUntilAnswering } from "./http";
import { listeningPid, portIsFree, stopChild } from "./proc";

const QUIET_ENV = { NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };

/** `next build`, output passed through; throws when it fails so nothing is measured on a stale build. */
export function buildPortal(): number {
  const started = Date.now();
  // The same build `npm run build` makes: next build, then the CSP hashes of its pages.
  const result = spawnSync("npm", ["run", "build"], {
    stdio: "inherit",
    env: { ...process.env, ...QUIET_ENV },
    timeout: 8 * 60_000,
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status ?? result.signal}); fix the build, or pass --skip-build to measure the existing .next`);
  return (Date.now() - started) / 1000;
}

export type Portal = {
  origin: string;
  /** The process that listens on the port: the one whose memory is measured. */
  pid: number;
  stop: () => Promise<void>;
  /** Settles with the exit code (null when killed by a signal) once the process has exited. */
  exited: Promise<number | null>;
  /** What the process printed so far. */
  log: () => string;
};

/**
 * Starts the production server (scripts/serve.ts, what `npm start` runs) on 127.0.0.1:<port>
 * and waits until it answers. It is run with `node --import tsx` directly, not through npm,
 * so the server is a child of this script and can be stopped by pid.
 */
export async function startPortal(port: number, timeoutMs = 60_000, options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Portal> {
  if (!(await portIsFree(port))) {
    throw new Error(`127.0.0.1:${port} is already in use (pid ${listeningPid(port) ?? "unknown"}); stop that server or pass --port`);
  }
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    env: { ...process.env, ...QUIET_ENV, NODE_ENV: "production", HOST: "127.0.0.1", PORT: String(port), ...options.env },
    cwd: options.cwd,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const stop = () => stopChild(child);
  try {
    await waitUntilAnswering(`${origin}/`, timeoutMs, () => child.exitCode === null && child.signalCode === null);
  } catch (e) {
    await stop();
    throw new Error(`the portal did not start: ${(e as Error).message}\n${log.trim()}`);
  }
  const pid = listeningPid(port) ?? child.pid!;
  return { origin, pid, stop, exited, log: () => log };
}
