import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
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
  licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
};

const pkg = buildDataPackage({
  city,
  units: Object.values(UNITS),
  sources: [buildSource()],
  csvUrl: "https://example.org/data/indicators.csv",
  homepage: "https://example.org/en/data",
  created: "2026-12-01",
});

describe("Data Package", () => {
  it("lists exactly the CSV's header, in order", () => {
    const csv = toCsv(toCsvRows([buildIndicator()], (s) => `https://example.org/indicators/${s}`, () => ({ zh: "引用", en: "cite" })));
    const [header] = parse(csv.replace(/^\uFEFF/, ""), { to_line: 1 }) as string[][];
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
    expect(pkg.licenses[0]).toMatchObject({ name: "CC BY 4.0" });
    expect(pkg.sources[0]).toMatchObject({ authors: ["于晓明", "白艳华", "朱玲"], publisher: null, published: null });
    expect(pkg.resources[1].data!.map((u) => u.key)).toEqual(["percent", "call", "yuan", "request", "visit"]);
    expect(pkg.resources[0].schema.fields.find((f) => f.name === "unit")).toMatchObject({ constraints: { enum: ["percent", "call", "yuan", "request", "visit"] } });
  });

  it("types the value column as a number that parses in every row", () => {
    const csv = toCsv(toCsvRows([buildIndicator()], (s) => s, () => null));
    const rows = parse(csv.replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
    expect(pkg.resources[0].schema.fields.find((f) => f.name === "value")!.type).toBe("number");
    for (const row of rows) expect(Number.isFinite(Number(row.value))).toBe(true);
  });
});
