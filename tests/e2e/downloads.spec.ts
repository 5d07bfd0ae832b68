import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { loadContent } from "../../lib/content/load";

/**
 * The .xlsx downloads opened as their readers open them: LibreOffice Calc (headless, Debian's
 * package) converting every sheet to CSV, and pandas' read_excel (Debian's python3-pandas with
 * openpyxl). Expected figures come from content/, the same source the importer stores.
 */

const run = promisify(execFile);
const content = loadContent(path.resolve(import.meta.dirname, "../../content"));
const TOPIC = "hotline";
const FIGURE = "hotline-calls-connected";
const topic = content.topics.find((t) => t.slug === TOPIC)!;
const indicators = new Map(content.topics.flatMap((t) => t.indicators.map((i) => [i.slug, i] as const)));
const chart = topic.charts.find((c) => c.indicators.includes(FIGURE))!;
/** Every stated or derived figure in content, by "indicator/period": what a row must say. */
const expected = new Map(
  content.topics.flatMap((t) => t.indicators.flatMap((i) => i.figures.map((f) => [`${i.slug}/${f.period}`, { value: f.value, qualifier: f.qualifier ?? "exact", unit: i.unit }] as const))),
);

const WORKBOOKS = {
  all: "/data/indicators.xlsx",
  topic: `/data/topics/${TOPIC}.xlsx`,
  indicator: `/data/indicators/${FIGURE}.xlsx`,
  chart: `/data/charts/${chart.slug}.xlsx`,
};

type Sheets = Record<"figures" | "sources" | "units" | "licence", Record<string, string>[]>;

let dir: string;
/** Each workbook's sheets as LibreOffice exports them to CSV. */
const calc: Record<string, Sheets> = {};
/** Each workbook as pandas reads it: the figures sheet's records and its value column's dtype. */
let pandas: Record<string, { figures: Record<string, unknown>[]; valueDtype: string; sheets: string[] }>;

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async ({ request }) => {
  // LibreOffice starting on a busy machine takes tens of seconds.
  test.setTimeout(240_000);
  dir = mkdtempSync(path.join(tmpdir(), "xlsx-"));
  for (const [name, url] of Object.entries(WORKBOOKS)) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expect(res.headers()["content-type"], url).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers()["content-disposition"], url).toMatch(/^attachment; filename="[a-z0-9-]+\.xlsx"$/);
    writeFileSync(path.join(dir, `${name}.xlsx`), await res.body());
  }
  // Its own profile folder, so a LibreOffice already running elsewhere cannot take the conversion.
  const files = Object.keys(WORKBOOKS).map((name) => path.join(dir, `${name}.xlsx`));
  await run(
    "soffice",
    [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", path.join(dir, "csv"), ...files],
    { timeout: 150_000 },
  );
  const csvFiles = readdirSync(path.join(dir, "csv"));
  for (const name of Object.keys(WORKBOOKS)) {
    const sheet = (prefix: string) => {
      const file = csvFiles.find((f) => f.startsWith(`${name}-${prefix} `));
      expect(file, `${name}: sheet ${prefix} in ${csvFiles.join(", ")}`).toBeTruthy();
      return parse(readFileSync(path.join(dir, "csv", file!), "utf8"), { columns: true }) as Record<string, string>[];
    };
    calc[name] = { figures: sheet("figures"), sources: sheet("sources"), units: sheet("units"), licence: sheet("licence") };
  }

  const script = `
import json, sys, pandas as pd
out = {}
for name in sys.argv[1:]:
    sheets = pd.read_excel(f"${dir}/{name}.xlsx", sheet_name=None)
    figures = next(v for k, v in sheets.items() if k.startswith("figures"))
    out[name] = {"sheets": list(sheets), "valueDtype": str(figures["value"].dtype), "figures": json.loads(figures.to_json(orient="records"))}
print(json.dumps(out))
`;
  const python = process.env.PYTHON ?? "/usr/bin/python3";
  const { stdout } = await run(python, ["-W", "ignore", "-c", script, ...Object.keys(WORKBOOKS)], { maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
  pandas = JSON.parse(stdout);
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A row's figure equals content's, for the figure the row names. */
function expectContentFigure(row: Record<string, unknown>) {
  const want = expected.get(`${row.indicator}/${row.period}`);
  expect(want, `${row.indicator}/${row.period}`).toBeDefined();
  expect(Number(row.value), `${row.indicator}/${row.period}`).toBe(want!.value);
  expect(row.qualifier).toBe(want!.qualifier);
  expect(row.unit).toBe(want!.unit);
}

test("LibreOffice opens every workbook: its figures equal content's, with unit, qualifier, period and citation", () => {
  for (const [name, sheets] of Object.entries(calc)) {
    expect(sheets.figures.length, name).toBeGreaterThan(0);
    for (const row of sheets.figures) {
      expectContentFigure(row);
      expect(row.citation_zh, `${name} ${row.indicator}`).toContain("于晓明");
    }
  }
  // "8.4万余次": 84000, more than, in 2024, quoted as written.
  expect(calc.indicator.figures.find((r) => r.period === "2024")).toMatchObject({
    indicator: FIGURE,
    value: "84000",
    unit: "call",
    qualifier: "more-than",
    value_as_written: "8.4万余次",
  });
  expect(new Set(calc.topic.figures.map((r) => r.topic))).toEqual(new Set([TOPIC]));
  expect(new Set(calc.topic.figures.map((r) => r.indicator))).toEqual(new Set(topic.indicators.map((i) => i.slug)));
  expect(new Set(calc.all.figures.map((r) => r.indicator))).toEqual(new Set(indicators.keys()));
  for (const row of calc.chart.figures) expect(chart.indicators).toContain(row.indicator);
});

test("every workbook carries its sources, units and licence", () => {
  for (const [name, sheets] of Object.entries(calc)) {
    const source = sheets.sources.find((s) => s.source === "jiayuguan-2025");
    expect(source, name).toMatchObject({ authors: "于晓明, 白艳华, 朱玲" });
    expect(source!.reference_gbt, name).toContain("于晓明");
    expect(Number(source!.figures_in_file), name).toBe(sheets.figures.filter((r) => r.source === "jiayuguan-2025" || r.derived === "TRUE").length);
    const units = new Set(sheets.units.map((u) => u.key));
    for (const row of sheets.figures) expect(units.has(row.unit), `${name} unit ${row.unit}`).toBe(true);
    const licence = Object.fromEntries(sheets.licence.map((r) => [r.field, r.value]));
    expect(licence, name).toMatchObject({ licence: "CC-BY-4.0", licence_url: "https://creativecommons.org/licenses/by/4.0/" });
  }
});

test("pandas reads every workbook's values as numbers equal to content's", () => {
  for (const [name, book] of Object.entries(pandas)) {
    expect(book.sheets, name).toEqual(["figures 数据", "sources 来源", "units 单位", "licence 许可"]);
    expect(book.valueDtype, name).toMatch(/^(float|int)64$/);
    expect(book.figures.length, name).toBe(calc[name].figures.length);
    for (const row of book.figures) {
      expect(typeof row.value).toBe("number");
      expectContentFigure({ ...row, period: String(row.period) });
    }
  }
  expect(pandas.indicator.figures.find((r) => String(r.period) === "2024")).toMatchObject({ indicator: FIGURE, value: 84000, qualifier: "more-than" });
});

test("the data, topic, figure and chart pages link their workbooks", async ({ page }) => {
  await page.goto("/en/data");
  for (const href of ["/data/indicators.xlsx", "/data/indicators.csv", "/data/indicators-utf8.csv", `/data/topics/${TOPIC}.xlsx`, `/data/topics/${TOPIC}.csv`]) {
    await expect(page.locator(`a[href="${href}"]`), href).toHaveCount(1);
  }
  await page.goto(`/topics/${TOPIC}`);
  await expect(page.locator(`a[href="/data/topics/${TOPIC}.xlsx"]`)).toHaveCount(1);
  await page.goto(`/indicators/${FIGURE}`);
  await expect(page.locator(`a[href="/data/indicators/${FIGURE}.xlsx"]`)).toHaveCount(1);
  await page.goto(`/charts/${chart.slug}`);
  await expect(page.locator(`a[href="/data/charts/${chart.slug}.xlsx"][data-download="xlsx"]`)).toHaveCount(1);
});

test("a workbook no topic or indicator has is a 404", async ({ request }) => {
  expect((await request.get("/data/topics/no-such-topic.xlsx")).status()).toBe(404);
  expect((await request.get("/data/indicators/no-such-figure.xlsx")).status()).toBe(404);
});
