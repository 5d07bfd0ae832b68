import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { snapshot, type Snapshot } from "./static-server";

/**
 * A copy of one page with every script removed (Next's runtime, React, the RSC payload, our client
 * components), with its stylesheets, for the static server. Lighthouse on it next to the real page
 * says how much of the performance score the framework's client runtime costs: the rest is the HTML,
 * the CSS and this machine.
 */
export async function scriptFreeCopy(origin: string, pagePath: string, dir: string): Promise<Snapshot> {
  const page = await snapshot(origin, [pagePath], dir);
  const file = path.join(dir, page.files[0].file);
  const html = readFileSync(file, "utf8");
  // Stylesheets and the icon (a missing icon would put a 404 in the console and cost best-practice points).
  const linked = [...html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|icon)"[^>]*\bhref="([^"]+)"/gi)].map((m) => m[1].split("?")[0]);
  const stripped = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "").replace(/<link\b[^>]*\bas="script"[^>]*>/gi, "");
  const withCss = await snapshot(origin, [pagePath, ...new Set(linked)], dir);
  writeFileSync(file, stripped);
  withCss.files[0].bytes = Buffer.byteLength(stripped);
  writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(withCss.files));
  return withCss;
}
