import { chromium } from "@playwright/test";
const base = process.argv[2];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
for (const [w, h, name] of [[390, 844, "phone"], [1280, 900, "desktop"]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  for (const [q, tag] of [["老人吃饭", "results"], ["zzqqxx 火星", "none"]]) {
    await page.goto(`${base}/search?q=${encodeURIComponent(q)}`);
    await page.screenshot({ path: `/tmp/search-${name}-${tag}.png`, fullPage: false });
  }
  await page.close();
}
await browser.close();
