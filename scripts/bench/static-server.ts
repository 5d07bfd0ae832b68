import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { get, waitUntilAnswering } from "./http";
import { portIsFree, stopChild } from "./proc";

/** How the plain static server serves the copied bytes. */
export type StaticKind = "memory" | "sirv";

export const STATIC_KINDS: Record<StaticKind, string> = {
  memory: "node:http serving the files from memory (one Map lookup and res.end per request)",
  sirv: "sirv 3 (sirv-cli's engine) on node:http, production mode: headers cached at start, body streamed from disk per request",
};

/** Where a URL path is stored so that both servers find it: "/" → index.html, "/en" → en.html, "/a.csv" → a.csv. */
export function fileFor(urlPath: string, contentType: string): string {
  if (urlPath === "/") return "index.html";
  const rel = urlPath.replace(/^\//, "");
  if (path.extname(rel)) return rel;
  return rel + (contentType.includes("json") ? ".json" : ".html");
}

export type Snapshot = { dir: string; files: { urlPath: string; file: string; contentType: string; bytes: number }[] };

/** Fetches each path from the portal once, uncompressed, and writes the exact bytes under `dir`. */
export async function snapshot(origin: string, urlPaths: string[], dir: string): Promise<Snapshot> {
  const files: Snapshot["files"] = [];
  for (const urlPath of urlPaths) {
    const res = await get(origin + urlPath, { "accept-encoding": "identity" });
    if (res.status !== 200) throw new Error(`${urlPath}: the portal answered HTTP ${res.status}, nothing to copy for the static server`);
    const contentType = String(res.headers["content-type"] ?? "application/octet-stream");
    const file = fileFor(urlPath, contentType);
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), res.body);
    files.push({ urlPath, file, contentType, bytes: res.body.length });
  }
  writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(files));
  return { dir, files };
}

export type StaticServer = { origin: string; pid: number; kind: StaticKind; stop: () => Promise<void> };

/**
 * Starts the static server in its own process, as the portal is: run inside this script it would share
 * an event loop, and a core, with autocannon and lose for reasons that have nothing to do with serving.
 */
export async function startStaticServer(kind: StaticKind, snap: Snapshot, port: number): Promise<StaticServer> {
  if (!(await portIsFree(port))) throw new Error(`127.0.0.1:${port} is already in use; pass --static-port`);
  const main = path.join(path.dirname(fileURLToPath(import.meta.url)), "static-server-main.ts");
  const child = spawn(process.execPath, ["--import", "tsx", main, kind, snap.dir, String(port)], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child);
  try {
    await waitUntilAnswering(`${origin}${snap.files[0].urlPath}`, 20_000, () => child.exitCode === null);
  } catch (e) {
    await stop();
    throw e;
  }
  // Every copied URL must come back byte for byte, or the comparison compares different things.
  for (const f of snap.files) {
    const res = await get(origin + f.urlPath);
    if (res.status !== 200 || res.body.length !== f.bytes) {
      await stop();
      throw new Error(`static server (${kind}): ${f.urlPath} gave HTTP ${res.status}, ${res.body.length} bytes; expected 200, ${f.bytes}`);
    }
  }
  return { origin, pid: child.pid!, kind, stop };
}
