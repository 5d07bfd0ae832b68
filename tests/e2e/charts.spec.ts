import path from "node:path";
import { test, expect, type Page } from "@playwright/test";
import { loadContent, isDerived } from "../../lib/content/load";
import { formatValue } from "../../lib/format";
import type { Locale, Unit } from "../../lib/domain/types";

// Expected numbers come from content/, the same source the importer stores, so
// the test checks that each chart's table holds exactly the stored figures.
const content = loadContent(path.resolve(import.meta.dirname, "../../content"));
const indicators = new Map(content.topics.flatMap((t) => t.indicators.map((i) => [i.slug, i] as const)));
const unitOf = (key: string): Unit => {
  const u = content.units[key];
  return { key, kind: u.kind, zh: u.zh, en: { singular: u.en[0], plural: u.en[1] } };
};

const isYear = (period: string) => /^\d{4}$/.test(period);

/**
 * The figures a chart's table holds: all of a time series' figures (its single years are
 * drawn on the axis, ranges and "unknown" listed beside it), else each indicator's latest.
 */
function expectedRows(chart: (typeof content.topics)[number]["charts"][number], locale: Locale, onlyDrawn = false) {
  return chart.indicators.flatMap((slug) => {
    const ind = indicators.get(slug)!;
    const figures = chart.kind === "time-series" ? ind.figures.filter((f) => !onlyDrawn || isYear(f.period)) : [ind.figures.at(-1)!];
    return figures.map((f) => ({
      value: f.value,
      text: formatValue(f.value, unitOf(ind.unit), f.qualifier, locale, isDerived(f) ? null : f.written),
    }));
  });
}

const charted = content.topics.filter((t) => t.charts.length > 0);

for (const locale of ["zh", "en"] as const) {
  for (const topic of charted) {
    test(`${locale} ${topic.slug}: each chart draws its figures and its table holds the stored values`, async ({ page }) => {
      await page.goto(`${locale === "zh" ? "" : "/en"}/topics/${topic.slug}`);
      await expect(page.locator("[data-chart]")).toHaveCount(topic.charts.length);
      for (const chart of topic.charts) {
        const figure = page.locator(`[data-chart="${chart.slug}"]`);
        const rows = expectedRows(chart, locale);
        await expect(figure.locator("[data-chart-bar]")).toHaveCount(expectedRows(chart, locale, true).length);
        const cells = figure.locator("[data-chart-table] td[data-value]");
        const values = (await cells.evaluateAll((tds) => tds.map((td) => Number(td.getAttribute("data-value"))))).sort((a, b) => a - b);
        expect(values).toEqual(rows.map((r) => r.value).sort((a, b) => a - b));
        const texts = await cells.allTextContents();
        expect(texts.sort()).toEqual(rows.map((r) => r.text).sort());
        // Every figure's page is linked from the sources line.
        for (const slug of chart.indicators) {
          await expect(figure.locator(`a[href$="/indicators/${slug}"]`)).toHaveCount(1);
        }
        // And every chart links its own page.
        await expect(figure.locator("a[data-chart-page-link]")).toHaveAttribute("href", `${locale === "zh" ? "" : "/en"}/charts/${chart.slug}`);
      }
    });
  }
}

test("hotline flow: calls, requests and the split into direct answers and referrals", async ({ page }) => {
  await page.goto("/topics/hotline");
  const flow = page.locator('[data-chart="hotline-call-flow"]');
  await expect(flow.locator("[data-chart-bar]")).toHaveCount(4);
  await expect(flow.locator("[data-chart-table]")).toContainText("8.4万余次");
  await expect(flow.locator("[data-chart-table]")).toContainText("5.5万余件");
  await expect(flow.locator("[data-chart-table]")).toContainText("约67.9%");
  await page.goto("/en/topics/hotline");
  await expect(page.locator('[data-chart="hotline-call-flow"] [data-chart-table]')).toContainText("more than 84,000 calls");
  await expect(page.locator('[data-chart="hotline-rates"] [data-chart-bar]')).toHaveCount(3);
});

test("social assistance: the fund chart draws exactly three bars and three segments", async ({ page }) => {
  await page.goto("/topics/social-assistance");
  const funds = page.locator('[data-chart="assistance-funds-paid"]');
  await expect(funds.locator("[data-chart-bar]")).toHaveCount(3);
  await expect(funds.locator("[data-chart-segment]")).toHaveCount(3);
  await expect(funds.locator("[data-chart-table]")).toContainText("1050.19万元");
  await expect(page.locator('[data-chart="assistance-pairing-actions"] [data-chart-bar]')).toHaveCount(5);
});

async function tabTo(page: Page, selector: string, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`no element matching ${selector} reached by Tab`);
}

test("a chart is one Tab stop; arrow keys move between its bars; tooltips and table are reachable", async ({ page }) => {
  await page.goto("/en/topics/hotline");
  const bars = page.locator('[data-chart="hotline-call-flow"] [data-chart-bar]');
  await expect(bars.first()).toHaveAttribute("tabindex", "0");
  await expect(bars.nth(1)).toHaveAttribute("tabindex", "-1");
  await tabTo(page, '[data-chart="hotline-call-flow"] [data-chart-bar]');
  await page.keyboard.press("ArrowDown");
  await expect(bars.nth(1)).toBeFocused();
  await expect(bars.nth(1)).toHaveAttribute("tabindex", "0");
  await page.keyboard.press("ArrowUp");
  await expect(bars.first()).toBeFocused();
  // The next Tab leaves the chart's marks instead of walking through every bar.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.matches("[data-chart-bar]"))).toBe(false);
  await page.keyboard.press("Shift+Tab");
  await expect(bars.first()).toBeFocused();
  const tipId = await page.evaluate(() => document.activeElement!.getAttribute("aria-describedby"));
  const tip = page.locator(`[id="${tipId}"]`);
  await expect(tip).toBeVisible();
  await expect(tip).toContainText("Calls connected");
  await expect(tip).toContainText("more than 84,000 calls");
  await expect(tip).toContainText("stated in source");

  await tabTo(page, '[data-chart="hotline-call-flow"] summary');
  await page.keyboard.press("Enter");
  await expect(page.locator('[data-chart="hotline-call-flow"] [data-chart-table]')).toBeVisible();
});

test("charts are complete without JavaScript and the home page has one per charted topic", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator('[data-testid="home-charts"] [data-chart]')).toHaveCount(charted.filter((t) => t.charts.some((c) => c.home)).length);
  await page.goto("/topics/culture");
  await expect(page.locator('[data-chart="culture-activities-by-kind"] [data-chart-bar]')).toHaveCount(4);
  await context.close();
});

/** The bodies of every script a page loads, from the network, until it is idle. */
async function scriptBodies(page: Page, url: string, then?: () => Promise<void>) {
  const bodies: Promise<string>[] = [];
  const onResponse = (r: import("@playwright/test").Response) => {
    if (r.request().resourceType() === "script") bodies.push(r.text().catch(() => ""));
  };
  page.on("response", onResponse);
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  if (then) {
    await then();
    await page.waitForLoadState("networkidle");
  }
  page.off("response", onResponse);
  return Promise.all(bodies);
}

// Recharts gives its tooltip this class name, so the string is in its code and in no chunk of the portal's own (the loader names "recharts-surface").
// Home, topic and figure pages are also checked after a pointer crosses their charts: they never load it.
const RECHARTS_SIGNATURE = "recharts-tooltip-wrapper";

test("a figure page shows the charts that draw it; home, topic and figure pages load no Recharts code, chart pages do", async ({ page }) => {
  await page.goto("/en/indicators/hotline-calls-connected");
  await expect(page.locator('[data-testid="indicator-charts"] [data-chart="hotline-call-flow"]')).toHaveCount(1);
  for (const url of ["/", "/en/topics/hotline", "/en/indicators/hotline-calls-connected"]) {
    const bodies = await scriptBodies(page, url, () => page.locator("[data-chart]").first().hover());
    expect(bodies.length, url).toBeGreaterThan(0);
    expect(bodies.some((b) => b.includes(RECHARTS_SIGNATURE)), url).toBe(false);
  }
  // The same check finds Recharts where it is meant to load, so it can fail.
  const chartPage = await scriptBodies(page, "/en/charts/hotline-rates", async () => {
    await page.locator("[data-chart-loader]").hover();
    await expect(page.locator("svg.recharts-surface")).toBeVisible();
  });
  expect(chartPage.some((b) => b.includes(RECHARTS_SIGNATURE))).toBe(true);
});

test("readable at 360 px: no chart is wider than the screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const slug of ["hotline", "social-assistance", "culture"]) {
    await page.goto(`/en/topics/${slug}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${slug} overflows at 360 px`).toBeLessThanOrEqual(0);
  }
});
