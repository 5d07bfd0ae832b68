/**
 * `npx tsx scripts/screenshots.ts [baseUrl] [outDir] [path ...]`: PNGs of pages at
 * phone (390 px) and desktop (1280 px) widths in Debian's Chromium, to look at.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/fixtures/chromium";

const [base = "http://127.0.0.1:3000", out = "screenshots", ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ["/", "/topics/hotline", "/indicators/hotline-calls-connected", "/sources/jiayuguan-2025", "/en"];

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
mkdirSync(out, { recursive: true });
for (const width of [390, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const p of pages) {
    await page.goto(base + p);
    const file = path.join(out, `${p.replace(/[^a-z0-9]+/gi, "_") || "home"}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
