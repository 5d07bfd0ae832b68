import path from "node:path";
import { test, expect, type Page } from "@playwright/test";
import { loadContent } from "../../lib/content/load";

// Every chart in content, from content/ (the same list the importer stores).
const content = loadContent(path.resolve(import.meta.dirname, "../../content"));
const charts = content.topics.flatMap((t) => t.charts);

/**
 * Records every layout shift of the page (a string, not a function: it runs in the page as written),
 * with the nodes that moved, so a failure says what moved and from where to where.
 */
const RECORD_SHIFTS = `(function(){
  window.__shifts = [];
  var name = function (n) {
    if (!n || !n.tagName) return n ? n.nodeName : "?";
    var data = Array.prototype.filter.call(n.attributes, function (a) { return a.name.indexOf("data-") === 0; }).map(function (a) { return "[" + a.name + "]"; }).join("");
    return n.tagName.toLowerCase() + (n.id ? "#" + n.id : "") + data;
  };
  var rect = function (r) { return [r.x, r.y, r.width, r.height].map(Math.round).join(","); };
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (e) {
      if (e.hadRecentInput) return;
      var sources = e.sources || [];
      var headerOnly = sources.length > 0 && sources.every(function (s) { return s.node && s.node.closest && s.node.closest("[data-testid=site-header]"); });
      window.__shifts.push({ value: e.value, headerOnly: headerOnly, moved: sources.map(function (s) { return name(s.node) + " " + rect(s.previousRect) + " -> " + rect(s.currentRect); }).join("; ") });
    });
  }).observe({ type: "layout-shift", buffered: true });
})();`;

type Shift = { value: number; moved: string; headerOnly: boolean };

/** The shifts so far, once two frames have passed (layout-shift entries are reported after the frame). */
async function shifts(page: Page): Promise<Shift[]> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForTimeout(100);
  return page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
}
/**
 * The chart page's own shifts. Left out: a shift of nothing but the site header's controls, which a busy
 * machine causes on any page when Chromium paints before the header's last controls are parsed
 * (the search button arrives and the controls before it move left). Nothing on the page causes it,
 * and the one cure, <link rel="expect" blocking="render">, is refused by the Nu HTML Checker.
 */
const score = (list: Shift[]) => list.filter((s) => !s.headerOnly).reduce((sum, s) => sum + s.value, 0);

/**
 * CLS 0 to four decimals (Lighthouse prints three). Below that, a busy machine now and then paints a
 * view tab an instant before its box is laid out (0.000007 seen once in CI); the shifts this test
 * exists for were 0.0002 (Recharts 4 px shorter) to 0.185 (panels hidden at hydration).
 */
const ZERO = 0.0001;

// A shift the page causes comes back on every load; one from Chromium painting mid-parse on a busy
// machine (a table's columns settling as its rows arrive, 0.0006 once) does not. Two retries tell them apart.
test.describe.configure({ retries: 2 });

for (const width of [390, 1280]) {
  for (const locale of ["zh", "en"] as const) {
    for (const chart of charts) {
      const url = `${locale === "zh" ? "" : "/en"}/charts/${chart.slug}`;
      test(`${url} at ${width} px: nothing moves on load, on hydration, nor when Recharts replaces the server chart`, async ({ page }) => {
        await page.setViewportSize({ width, height: width < 640 ? 844 : 900 });
        await page.addInitScript({ content: RECORD_SHIFTS });
        await page.goto(url);
        // Hydrated: the views have become tabs.
        await expect(page.locator('[role="tablist"]')).toHaveCount(1);
        const onLoad = await shifts(page);
        expect(score(onLoad), JSON.stringify(onLoad)).toBeLessThan(ZERO);

        const loader = page.locator("#view-chart [data-chart-loader]");
        if (chart.kind === "flow") return; // drawn by the server only: no Recharts to load
        await loader.hover();
        await expect(loader).toHaveAttribute("data-chart-loader", "recharts");
        const marks = loader.locator("svg.recharts-surface [data-mark]");
        await expect(marks.first()).toBeVisible();
        // Pointing at each mark fills the line under the chart with its value.
        for (const mark of await marks.all()) await mark.hover({ force: true });
        await expect(loader.locator("[data-chart-active] strong").first()).toBeVisible();
        const afterHover = await shifts(page);
        expect(score(afterHover), JSON.stringify(afterHover)).toBeLessThan(ZERO);
      });
    }
  }
}

for (const url of ["/charts/hotline-rates?view=table", "/en/charts/education-admission-rate?view=download", "/en/charts/hotline-rates?view=sources#view-sources"]) {
  test(`${url}: the view the address names shows before hydration, so hydration moves nothing`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript({ content: RECORD_SHIFTS });
    await page.goto(url);
    const view = new URL(url, "http://x").searchParams.get("view")!;
    await expect(page.locator(`[role="tab"][aria-selected="true"]`)).toHaveAttribute("data-view-link", view);
    await expect(page.locator(`#view-${view}`)).toBeVisible();
    await expect(page.locator("#view-chart")).toBeHidden();
    // The tabs have taken over from the pre-hydration mark, which would otherwise outlive a client-side navigation.
    await expect(page.locator("html")).not.toHaveAttribute("data-chart-view");
    const onLoad = await shifts(page);
    expect(score(onLoad), JSON.stringify(onLoad)).toBeLessThan(ZERO);
  });
}
