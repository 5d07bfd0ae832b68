import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { Package } from "datapackage";
import { CSV_COLUMNS, toCsv, toCsvRows } from "@/lib/downloads/csv";
import { buildDataPackage } from "@/lib/downloads/data-package";
import { COLUMN_DOCS } from "@/lib/downloads/columns";
import type { City } from "@/lib/domain/types";
import { buildIndicator, buildSource, UNITS } from "@/tests/fixtures/builders";

const city: City = {
  slug: "jiayuguan",
  name: { zh: "嘉峪关市", en: "Jiayuguan" },
  province: { zh: "甘肃省", en: "Gansu" },
  portalName: { zh: "嘉峪关民生指标", en: "Jiayuguan Livelihood Indicators" },
  tagline: { zh: "x", en: "x" },
  contact: "data@example.org",
  operator: { zh: "测试项目组", en: "The test project" },
  icp: null,
  licence: { name: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
};

const pkg = buildDataPackage({
  city,
  units: Object.values(UNITS),
  sources: [buildSource()],
  csvPath: "indicators-utf8.csv",
  homepage: "https://example.org/en/data",
  created: "2026-12-01",
});

describe("Data Package", () => {
  it("lists exactly the CSV's header, in order", () => {
    const csv = toCsv(toCsvRows([buildIndicator()], (s) => `https://example.org/indicators/${s}`, () => ({ zh: "引用", en: "cite" })), { forExcel: false });
    const [header] = parse(csv, { to_line: 1 }) as string[][];
    expect(pkg.resources[0].schema.fields.map((f) => f.name)).toEqual(header);
    expect(header).toEqual([...CSV_COLUMNS]);
  });

  it("documents every column", () => {
    for (const field of pkg.resources[0].schema.fields) {
      expect(field.description.length).toBeGreaterThan(10);
      expect(COLUMN_DOCS[field.name as keyof typeof COLUMN_DOCS].description.zh.length).toBeGreaterThan(2);
    }
  });

  it("carries the licence, the source with unknown publisher and date, and the units", () => {
    expect(pkg.licenses[0]).toMatchObject({ name: "CC-BY-4.0" });
    expect(pkg.sources[0]).toMatchObject({ authors: ["于晓明", "白艳华", "朱玲"], publisher: null, published: null });
    expect(pkg.resources[1].data!.map((u) => u.key)).toEqual(["percent", "call", "yuan", "request", "visit"]);
    expect(pkg.resources[0].schema.fields.find((f) => f.name === "unit")).toMatchObject({ constraints: { enum: ["percent", "call", "yuan", "request", "visit"] } });
  });

  it("types the value column as a number that parses in every row", () => {
    const csv = toCsv(toCsvRows([buildIndicator()], (s) => s, () => null), { forExcel: false });
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(pkg.resources[0].schema.fields.find((f) => f.name === "value")!.type).toBe("number");
    for (const row of rows) expect(Number.isFinite(Number(row.value))).toBe(true);
  });
});

describe("Data Package read by Frictionless' JavaScript library exactly as published", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "datapackage-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const indicator = buildIndicator();
  const rows = toCsvRows([indicator], (s) => `https://example.org/indicators/${s}`, () => ({ zh: "引用", en: "cite" }));

  it("reads the resource's bytes under its own encoding and schema, with no byte-order mark to strip", async () => {
    const resource = pkg.resources[0];
    expect(resource.encoding).toBe("utf-8");
    const bytes = Buffer.from(toCsv(rows, { forExcel: false }), "utf8");
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    writeFileSync(path.join(dir, resource.path!), bytes);

    // The descriptor as /data/datapackage.json publishes it: JSON text.
    const loaded = await Package.load(JSON.parse(JSON.stringify(pkg)), { basePath: dir, strict: false });
    expect(loaded.errors.map((e) => e.message)).toEqual([]);
    const read = (await loaded.resources.find((r) => r.name === "indicators")!.read({ keyed: true })) as Record<string, unknown>[];
    expect(read).toHaveLength(indicator.figures.length);
    expect(read[0]).toMatchObject({ indicator: "hotline-on-time-completion-rate", value: 99.33, unit: "percent", qualifier: "exact", period: "2024" });
  });

  it("the spreadsheet CSV beside it starts with the mark, which is why it is not the package's resource", () => {
    expect(toCsv(rows, { forExcel: true }).charCodeAt(0)).toBe(0xfeff);
    // Read as the package says (UTF-8, no mark stripped), its first header would not be "indicator".
    const [header] = parse(toCsv(rows, { forExcel: true }), { to_line: 1 }) as string[][];
    expect(header[0]).not.toBe("indicator");
  });
});
