import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { PNG } from "pngjs";
import { loadContent, isDerived } from "../../lib/content/load";
import { formatValue } from "../../lib/format";
import type { Locale, Unit } from "../../lib/domain/types";

// Expected figures come from content/, the same source the importer stores.
const content = loadContent(path.resolve(import.meta.dirname, "../../content"));
const indicators = new Map(content.topics.flatMap((t) => t.indicators.map((i) => [i.slug, i] as const)));
const charts = content.topics.flatMap((t) => t.charts);
const unitOf = (key: string): Unit => {
  const u = content.units[key];
  return { key, kind: u.kind, zh: u.zh, en: { singular: u.en[0], plural: u.en[1] } };
};
const isYear = (p: string) => /^\d{4}$/.test(p);
const prefix = (locale: Locale) => (locale === "zh" ? "" : "/en");

/**
 * The figures a chart draws as marks, in drawing order: single years of a time series, else each
 * indicator's latest figure; comparisons and breakdowns largest first.
 */
function drawn(chart: (typeof charts)[number], locale: Locale) {
  const marks = chart.indicators.flatMap((slug) => {
    const ind = indicators.get(slug)!;
    const byEnd = [...ind.figures].sort((a, b) => end(a.period) - end(b.period));
    const figures = chart.kind === "time-series" ? byEnd.filter((f) => isYear(f.period)) : [byEnd.at(-1)!];
    return figures.map((f) => ({ slug, value: f.value, text: formatValue(f.value, unitOf(ind.unit), f.qualifier, locale, isDerived(f) ? null : f.written) }));
  });
  return chart.kind === "comparison" || chart.kind === "breakdown" ? marks.sort((a, b) => b.value - a.value) : marks;
}
const end = (p: string) => (p === "unknown" ? Infinity : Number(p.slice(-4)));

function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  return errors;
}

test("every chart in content has a page in both languages", () => {
  expect(charts.length).toBeGreaterThan(5);
});

for (const locale of ["zh", "en"] as const) {
  for (const chart of charts) {
    test(`${locale} /charts/${chart.slug}: Recharts draws every point; hover and keyboard show the formatted value`, async ({ page }) => {
      const errors = watchConsole(page);
      const marks = drawn(chart, locale);
      await page.goto(`${prefix(locale)}/charts/${chart.slug}`);
      const panel = page.locator("#view-chart");
      if (chart.kind === "flow") {
        // No fitting Recharts form: the server chart stays, and the page says so.
        await expect(panel.locator("[data-server-only]")).toBeVisible();
        await expect(panel.locator("[data-chart-bar]")).toHaveCount(marks.length);
        expect(errors).toEqual([]);
        return;
      }
      // The server chart first; Recharts only once the reader reaches for the chart.
      const loader = panel.locator("[data-chart-loader]");
      await expect(loader).toHaveAttribute("data-chart-loader", "server");
      await expect(panel.locator("[data-chart-bar]")).toHaveCount(marks.length);
      await loader.hover();
      await expect(loader).toHaveAttribute("data-chart-loader", "recharts");
      const surface = panel.locator("svg.recharts-surface");
      await expect(surface).toHaveCount(1);
      await expect(surface.locator("[data-mark]")).toHaveCount(marks.length);
      await page.mouse.move(0, 0);

      // Keyboard: one Tab stop for the whole chart; focus shows the first mark, arrow keys step between marks.
      await surface.focus();
      const active = panel.locator("[data-chart-active]");
      const tooltip = panel.locator("[data-chart-tooltip]");
      await expect(active).toContainText(marks[0].text);
      await expect(active.locator("a").first()).toHaveAttribute("href", `${prefix(locale)}/indicators/${marks[0].slug}`);
      if (marks.length > 1) {
        await page.keyboard.press("ArrowRight");
        await expect(active).toContainText(marks[1].text);
        await expect(tooltip).toContainText(marks[1].text);
        await page.keyboard.press("ArrowUp");
        await expect(active).toContainText(marks[0].text);
      }

      // Pointer: hovering the last mark shows its formatted value.
      await surface.blur();
      await surface.locator("[data-mark]").last().hover();
      await expect(tooltip).toBeVisible();
      await expect(tooltip).toContainText(marks.at(-1)!.text);
      expect(errors).toEqual([]);
    });
  }
}

for (const chart of charts) {
  test(`/charts/${chart.slug}: the table holds the CSV's values, and the PNG and SVG downloads are whole`, async ({ page, request }) => {
    await page.goto(`/en/charts/${chart.slug}?view=table`);
    await expect(page.locator("#view-table")).toBeVisible();
    await expect(page.locator("#view-chart")).toBeHidden();
    const tableValues = await page.locator("#view-table td[data-value]").evaluateAll((tds) => tds.map((td) => Number(td.getAttribute("data-value"))));

    const csv = await request.get(`/data/charts/${chart.slug}.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const rows = parse(await csv.text(), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => Number(r.value))).toEqual(tableValues);
    expect(rows.every((r) => r.citation_zh && r.citation_en && r.url.endsWith(`/indicators/${r.indicator}`))).toBe(true);

    const png = await request.get(`/og/en/charts/${chart.slug}.png`);
    expect(png.headers()["content-type"]).toBe("image/png");
    const image = PNG.sync.read(await png.body());
    expect([image.width, image.height]).toEqual([1200, 630]);
    const og = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(og).toMatch(new RegExp(`/og/en/charts/${chart.slug}\\.png$`));

    for (const locale of ["zh", "en"] as const) {
      const svg = await request.get(`/data/charts/${chart.slug}.${locale}.svg`);
      expect(svg.headers()["content-type"]).toContain("image/svg+xml");
      const text = await svg.text();
      const parsed = await page.evaluate((s) => {
        const doc = new DOMParser().parseFromString(s, "image/svg+xml");
        return { error: doc.querySelector("parsererror")?.textContent ?? null, root: doc.documentElement.nodeName, font: doc.documentElement.getAttribute("font-family"), texts: [...doc.querySelectorAll("text")].map((t) => t.textContent) };
      }, text);
      expect(parsed.error).toBeNull();
      expect(parsed.root).toBe("svg");
      expect(parsed.font).toContain("Noto Sans SC");
      const all = parsed.texts.join("\n");
      for (const m of drawn(chart, locale)) expect(all, `${locale} SVG lacks ${m.text}`).toContain(m.text);
    }
  });
}

test("views are plain links without JavaScript; table, sources and downloads are all there", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/charts/assistance-funds-paid");
  await expect(page.locator('a[data-view-link="table"]')).toHaveAttribute("href", "?view=table#view-table");
  await expect(page.locator("#view-chart [data-chart-bar]")).toHaveCount(3);
  await expect(page.locator("#view-table [data-chart-table] td[data-value]")).toHaveCount(3);
  await expect(page.locator("#view-sources [data-source-for]")).toHaveCount(3);
  for (const kind of ["png", "svg", "csv"]) await expect(page.locator(`#view-download a[data-download="${kind}"]`)).toHaveCount(1);
  await expect(page.locator("#view-download [data-embed-code]")).toContainText('height="');
  await expect(page.locator("svg.recharts-surface")).toHaveCount(0);
  // CSS shows one panel, as the tabs will: the chart; a view link jumps to its own panel.
  await expect(page.locator("#view-chart [data-chart-bar]").first()).toBeVisible();
  for (const view of ["table", "sources", "download"]) await expect(page.locator(`#view-${view}`)).toBeHidden();
  await page.locator('a[data-view-link="download"]').click();
  await expect(page).toHaveURL(/\?view=download#view-download$/);
  for (const kind of ["png", "svg", "csv"]) await expect(page.locator(`#view-download a[data-download="${kind}"]`)).toBeVisible();
  await expect(page.locator("#view-chart")).toBeHidden();
  await context.close();
});

test("without JavaScript the bar/line switch and legend, which could do nothing, are hidden; the chart, table and downloads are not", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/charts/education-admission-rate");
  const panel = page.locator("#view-chart");
  await expect(panel.locator("[data-chart-controls]")).toHaveCount(1);
  await expect(panel.locator("[data-chart-controls]")).toBeHidden();
  await expect(panel.getByRole("button", { name: "Line" })).toBeHidden();
  await expect(panel.locator("button[data-legend]")).toHaveCount(0);
  // The value line under the chart is filled by script only.
  await expect(panel.locator("[data-chart-active]")).toBeHidden();
  await expect(panel.locator("[data-chart-bar]").first()).toBeVisible();
  await expect(page.locator('a[data-view-link="table"]')).toBeVisible();
  await expect(page.locator('a[data-view-link="download"]')).toBeVisible();
  await page.locator('a[data-view-link="table"]').click();
  await expect(page.locator("#view-table td[data-value]").first()).toBeVisible();
  await expect(page.locator('#view-table a[data-download="csv"]')).toBeVisible();
  await context.close();

  // With JavaScript the same controls are there from the first paint.
  const withJs = await browser.newPage();
  await withJs.goto("/en/charts/education-admission-rate");
  await expect(withJs.locator("#view-chart [data-chart-controls]")).toBeVisible();
  await expect(withJs.getByRole("button", { name: "Line" })).toBeVisible();
  await withJs.close();
});

test("a keyboard reader who tabs into the server chart lands on the Recharts chart", async ({ page }) => {
  await page.goto("/en/charts/hotline-rates");
  await page.locator('#view-chart [data-chart-bar]').first().focus();
  await expect(page.locator("#view-chart svg.recharts-surface")).toBeFocused();
  await expect(page.locator("#view-chart [data-chart-active]")).toContainText("100%");
});

test("with JavaScript the views are tabs that keep ?view= in the address", async ({ page }) => {
  await page.goto("/charts/hotline-rates");
  await expect(page.locator('[role="tab"]')).toHaveCount(4);
  await expect(page.locator("#view-table")).toBeHidden();
  await page.locator('a[data-view-link="sources"]').click();
  await expect(page).toHaveURL(/\?view=sources$/);
  await expect(page.locator("#view-sources")).toBeVisible();
  await expect(page.locator("#view-chart")).toBeHidden();
  await page.keyboard.press("ArrowRight");
  await expect(page.locator("#view-download")).toBeVisible();
  await expect(page.locator('a[data-view-link="download"]')).toBeFocused();
});

test("a series over periods switches between bars and a line, and the legend is text", async ({ page }) => {
  await page.goto("/en/charts/education-admission-rate");
  await page.locator("#view-chart [data-chart-loader]").hover();
  const surface = page.locator("#view-chart svg.recharts-surface");
  await expect(surface.locator("rect[data-mark]")).toHaveCount(1);
  await page.getByRole("button", { name: "Line" }).click();
  await expect(surface.locator("circle[data-mark]")).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Line" })).toHaveAttribute("aria-pressed", "true");
});

test("the mixed-period chart prints each bar's period and says the bars differ", async ({ page }) => {
  await page.goto("/en/charts/education-investments");
  const panel = page.locator("#view-chart");
  await panel.locator("[data-chart-loader]").hover();
  await expect(panel.locator("[data-chart-notes]")).toContainText("different periods");
  await expect(panel.locator("svg.recharts-surface")).toContainText("2019–2024");
  await expect(panel.locator("svg.recharts-surface")).toContainText("year not stated");
});

test("the chart embed may be framed and the chart page may not", async ({ page, request }) => {
  const embed = await request.get("/embed/en/charts/hotline-rates");
  expect(embed.status()).toBe(200);
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  expect(embed.headers()["content-security-policy"] ?? "").not.toMatch(/frame-ancestors '(none|self)'/);
  const own = await request.get("/en/charts/hotline-rates");
  const ownHeaders = own.headers();
  expect(ownHeaders["x-frame-options"] === "DENY" || /frame-ancestors 'none'/.test(ownHeaders["content-security-policy"] ?? "")).toBe(true);

  const errors = watchConsole(page);
  await page.goto("/en/charts/hotline-rates?view=download");
  const code = (await page.locator("[data-embed-code]").textContent())!;
  expect(code).toMatch(/^<iframe src="[^"]+\/embed\/en\/charts\/hotline-rates" title="[^"]+" width="100%" height="\d+"/);
  await page.goto("/embed/en/charts/hotline-rates");
  await expect(page.locator("[data-chart-embed]")).toHaveAttribute("lang", "en");
  await page.locator("[data-chart-loader]").hover();
  await expect(page.locator("svg.recharts-surface [data-mark]")).toHaveCount(3);
  await expect(page.locator("[data-chart-embed] a[target=_blank]").first()).toBeVisible();
  expect(errors).toEqual([]);
});

test("the embed is complete without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/embed/charts/hotline-call-flow");
  await expect(page.locator("[data-chart-bar]")).toHaveCount(4);
  await expect(page.locator("[data-chart-embed]")).toContainText("8.4万余次");
  await context.close();
});

for (const url of ["/charts/hotline-rates", "/en/charts/education-admission-rate", "/en/charts/assistance-funds-paid?view=download", "/embed/charts/education-investments"]) {
  test(`no WCAG A/AA violations on ${url} once Recharts has drawn`, async ({ page }) => {
    await page.goto(url);
    if (!url.includes("view=download")) {
      await page.locator("[data-chart-loader]").hover();
      await expect(page.locator("svg.recharts-surface [data-mark]").first()).toBeVisible();
    }
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`)).toEqual([]);
  });
}
