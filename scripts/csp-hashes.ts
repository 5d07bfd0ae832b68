/**
 * Runs after `next build`: records, for every pre-rendered page, the hashes of its inline
 * scripts, so proxy.ts can send a strict Content-Security-Policy for static pages (which
 * cannot carry a per-request nonce) without allowing 'unsafe-inline'.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { publicPathOfPrerenderedFile } from "../lib/i18n/paths";
import { inlineScripts, scriptHash } from "../lib/security/csp";
import { CSP_HASHES_FILE, NOT_FOUND_PAGE_KEY } from "../lib/security/csp-hashes";

const appDir = path.resolve(".next/server/app");
if (!existsSync(appDir)) {
  console.error(`scripts/csp-hashes.ts: ${path.relative(process.cwd(), appDir)} is missing; run it after \`next build\` (npm run build does both).`);
  process.exit(1);
}
const manifest: Record<string, string[]> = {};

function walk(dir: string) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name.endsWith(".html")) {
      const relative = path.relative(appDir, full);
      // The 404 page the production server sends for unknown addresses is allowed its scripts by the build's hashes too.
      const publicPath = relative === "_not-found.html" ? NOT_FOUND_PAGE_KEY : publicPathOfPrerenderedFile(relative);
      if (publicPath) manifest[publicPath] = [...new Set(inlineScripts(readFileSync(full, "utf8")).map(scriptHash))];
    }
  }
}

walk(appDir);
if (Object.keys(manifest).length === 0) {
  // A build with no page would leave the server nothing to allow; better to stop than serve blocked scripts.
  console.error("scripts/csp-hashes.ts: the build pre-rendered no page; nothing to hash. Did next build fail?");
  process.exit(1);
}
writeFileSync(path.resolve(".next", CSP_HASHES_FILE), JSON.stringify(manifest));
console.log(`CSP: hashed the inline scripts of ${Object.keys(manifest).length} pre-rendered pages`);
