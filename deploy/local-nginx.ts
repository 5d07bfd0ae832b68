import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * deploy/nginx.conf run by an ordinary user on 127.0.0.1, for the tests: the same file with its
 * ports and its Debian paths (pid, logs, temp and cache folders) moved into a temp folder. Every
 * replacement must match exactly once, so a change to the shipped file that the test would no
 * longer cover fails loudly here.
 */

const CONF = path.join(import.meta.dirname, "nginx.conf");

/** nginx's path, or an error that says how to install it (Debian puts it in /usr/sbin, often not on PATH). */
export function findNginx(): string {
  for (const dir of [...(process.env.PATH ?? "").split(":"), "/usr/sbin", "/usr/local/sbin"]) {
    const candidate = path.join(dir, "nginx");
    if (dir && existsSync(candidate)) return candidate;
  }
  throw new Error("nginx is not installed: run `apt-get install -y nginx` (the CI's system-deps step installs it)");
}

export function renderLocalConfig(text: string, options: { dir: string; listen: number; upstreams: number[] }): string {
  const { dir, listen, upstreams } = options;
  let out = text;
  const replaceOnce = (from: string | RegExp, to: string) => {
    const count = typeof from === "string" ? out.split(from).length - 1 : (out.match(new RegExp(from, "g")) ?? []).length;
    if (count !== 1) throw new Error(`deploy/nginx.conf: expected "${from}" once, found it ${count} times`);
    out = out.replace(from, to);
  };
  // Workers run as the user running the test, so they can write the temp folder (root would
  // otherwise hand them to "nobody"; an ordinary user cannot switch users at all).
  replaceOnce("user www-data;\n", process.getuid?.() === 0 ? "user root;\n" : "");
  replaceOnce("pid /run/nginx.pid;", `pid ${dir}/nginx.pid;`);
  replaceOnce("error_log /var/log/nginx/error.log warn;", `error_log ${dir}/error.log warn;`);
  replaceOnce("access_log /var/log/nginx/access.log;", `access_log ${dir}/access.log;`);
  for (const kind of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) replaceOnce(`/var/lib/nginx/${kind};`, `${dir}/${kind};`);
  replaceOnce("/var/cache/nginx/portal ", `${dir}/cache `);
  replaceOnce("listen 80;", `listen 127.0.0.1:${listen};`);
  const servers = out.match(/^\s*server 127\.0\.0\.1:\d+ .*;$/gm) ?? [];
  if (servers.length < 2) throw new Error("deploy/nginx.conf: expected an upstream of two or more servers");
  const [first] = servers as [string, ...string[]];
  out = out.replace(new RegExp(`(${servers.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\n")})`), () =>
    upstreams.map((port) => first.replace(/127\.0\.0\.1:\d+/, `127.0.0.1:${port}`)).join("\n"),
  );
  return out;
}

export type LocalNginx = { origin: string; dir: string; stop: () => Promise<void>; errorLog: () => string };

/** Starts nginx in the foreground on 127.0.0.1:<listen> in front of the given portal ports. */
export async function startLocalNginx(listen: number, upstreams: number[]): Promise<LocalNginx> {
  const nginx = findNginx();
  const dir = mkdtempSync(path.join(os.tmpdir(), "portal-nginx-"));
  mkdirSync(path.join(dir, "cache"));
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(conf, renderLocalConfig(readFileSync(CONF, "utf8"), { dir, listen, upstreams }));
  const args = ["-p", dir, "-e", path.join(dir, "error.log"), "-c", conf];
  const check = spawnSync(nginx, [...args, "-t"], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx -t refused ${conf}:\n${check.stderr}`);
  const child: ChildProcess = spawn(nginx, [...args, "-g", "daemon off;"], { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const origin = `http://127.0.0.1:${listen}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited at start:\n${readLog(dir)}`);
    try {
      await fetch(origin + "/_nginx-ready-check", { signal: AbortSignal.timeout(1_000) });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${origin}:\n${readLog(dir)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    origin,
    dir,
    errorLog: () => readLog(dir),
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGQUIT");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const readLog = (dir: string) => {
  try {
    return readFileSync(path.join(dir, "error.log"), "utf8");
  } catch {
    return "(no error log)";
  }
};
