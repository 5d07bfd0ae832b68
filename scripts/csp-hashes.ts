/**
 * Runs after `next build`: records, for every pre-rendered page, the hashes of its inline
 * scripts, so proxy.ts can send a strict Content-Security-Policy for static pages (which
 * cannot carry a per-request nonce) without allowing 'unsafe-inline'.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { inlineScripts, publicPathOfPage, scriptHash } from "../lib/security/csp";

const appDir = path.resolve(".next/server/app");
const manifest: Record<string, string[]> = {};

function walk(dir: string) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name.endsWith(".html")) {
      const publicPath = publicPathOfPage(path.relative(appDir, full));
      if (publicPath) manifest[publicPath] = [...new Set(inlineScripts(readFileSync(full, "utf8")).map(scriptHash))];
    }
  }
}

walk(appDir);
writeFileSync(path.resolve(".next/csp-hashes.json"), JSON.stringify(manifest));
console.log(`CSP: hashed the inline scripts of ${Object.keys(manifest).length} pre-rendered pages`);
