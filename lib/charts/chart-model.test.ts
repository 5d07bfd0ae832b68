import { describe, expect, it } from "vitest";
import { buildChartSpec, chartIndicator, UNITS } from "@/tests/fixtures/builders";
import { BAR_SERIES, modelMarks, toChartModel } from "./chart-model";
import { chartSvg } from "./chart-svg";
import { ChartSeriesError, toSeries } from "./to-series";
import type { Series } from "./series";

const text = { stated: "stated in source", derived: "derived by the portal", shareOfTotal: (s: string) => `${s} of the total` };

// The second-year fixture of to-series.test.ts: the admission rate for 2024 and for 2025.
const twoYears = chartIndicator("rate", {
  unit: UNITS.percent,
  figures: [
    { value: 70.81, period: "2024", stated: { written: "70.81%" } as never },
    { value: 72.5, period: "2025" },
  ],
});
const overTime = () => toSeries(buildChartSpec({ slug: "admission", kind: "time-series", indicators: ["rate"] }), [twoYears]);

describe("toChartModel: a series over time", () => {
  it("draws the second-year fixture as a chart over periods: one row per year, one mark per figure", () => {
    const model = toChartModel(overTime(), "en", text);
    expect(model.form).toBe("periods");
    expect(model.rows.map((r) => r.axisLabel)).toEqual(["2024", "2025"]);
    expect(modelMarks(model).map((m) => [m.value, m.valueText, m.periodText])).toEqual([
      [70.81, "70.81%", "2024"],
      [72.5, "72.5%", "2025"],
    ]);
    expect(model.scale).toEqual({ max: 100, percent: true, track: false });
    expect(modelMarks(model)[0].href).toBe("/en/indicators/rate");
  });

  it("leaves a missing year as a gap, never a zero", () => {
    const gappy = chartIndicator("places", { figures: [{ value: 300, period: "2022" }, { value: 420, period: "2024" }] });
    const model = toChartModel(toSeries(buildChartSpec({ kind: "time-series", indicators: ["places"] }), [gappy]), "zh", text);
    expect(model.rows.map((r) => r.id)).toEqual(["2022", "2023", "2024"]);
    expect(model.rows[1].marks.places).toBeNull();
    expect(model.gaps).toEqual(["2023年"]);
    expect(modelMarks(model)).toHaveLength(2);
  });

  it("never puts a range or an unstated year on the year axis, and keeps derived points marked", () => {
    const mixed = chartIndicator("money", {
      unit: UNITS.yuan,
      figures: [
        { value: 150000000, period: "2019-2024" },
        { value: 5, period: "2024", derived: { op: "sum", inputs: ["a", "b"], decimals: 0 } },
        { value: 9, period: "unknown" },
      ],
    });
    const model = toChartModel(toSeries(buildChartSpec({ kind: "time-series", indicators: ["money"] }), [mixed]), "en", text);
    expect(model.rows.map((r) => r.id)).toEqual(["2024"]);
    expect(modelMarks(model)[0]).toMatchObject({ derived: true, originText: "derived by the portal" });
    expect(model.offAxis.map((m) => m.periodText)).toEqual(["2019–2024", "year not stated"]);
  });
});

describe("toChartModel: bar charts", () => {
  it("maps a comparison to one bar per category, largest first, with the portal's formatting", () => {
    const series = toSeries(buildChartSpec({ kind: "comparison", indicators: ["a", "b"] }), [
      chartIndicator("a", { unit: UNITS.yuan, value: 13500000 }),
      chartIndicator("b", { unit: UNITS.yuan, value: 150000000 }),
    ]);
    const model = toChartModel(series, "zh", text);
    expect(model.form).toBe("bars");
    expect(model.rows.map((r) => [r.id, r.marks[BAR_SERIES]?.valueText])).toEqual([
      ["b", "1.5亿元"],
      ["a", "1350万元"],
    ]);
    expect(model.scale.max).toBe(150000000);
    expect(model.height).toBe(2 * 72 + 16);
  });

  it("draws a breakdown's parts by their derived share of 100%", () => {
    const series = toSeries(buildChartSpec({ kind: "breakdown", indicators: ["x", "y"] }), [
      chartIndicator("x", { unit: UNITS.yuan, value: 300 }),
      chartIndicator("y", { unit: UNITS.yuan, value: 100 }),
    ]);
    const [x] = toChartModel(series, "en", text).rows;
    expect(x.marks[BAR_SERIES]).toMatchObject({ length: 75, shortNote: "about 75%*", note: "about 75% of the total" });
  });
});

describe("toChartModel: bad series", () => {
  it("refuses a series that fails the series schema, naming the chart", () => {
    const good = overTime();
    const bad = { ...good, points: [{ ...good.points[0], period: "2019-2024" }] } as Series;
    expect(() => toChartModel(bad, "en", text)).toThrow(ChartSeriesError);
    expect(() => toChartModel(bad, "en", text)).toThrow(/chart admission: only a single year goes on a year axis/);
  });

  it("refuses a series with a mixed unit", () => {
    const good = toSeries(buildChartSpec({ slug: "money", kind: "comparison", indicators: ["a", "b"] }), [
      chartIndicator("a", { unit: UNITS.yuan, value: 2 }),
      chartIndicator("b", { unit: UNITS.yuan, value: 1 }),
    ]);
    const bad = { ...good, points: [good.points[0], { ...good.points[1], unit: UNITS.call }] } as Series;
    expect(() => toChartModel(bad, "en", text)).toThrow(/chart money: a comparison cannot mix kinds of unit/);
  });

  it("keeps a flow server-drawn, but draws it as bars for the files", () => {
    const flow = toSeries(buildChartSpec({ slug: "calls", kind: "flow", indicators: ["c", "r"] }), [
      chartIndicator("c", { value: 10 }),
      chartIndicator("r", { value: 8 }),
    ]);
    expect(() => toChartModel(flow, "en", text)).toThrow(/no Recharts form/);
    expect(toChartModel(flow, "en", text, { flowAsBars: true }).rows).toHaveLength(2);
  });
});

describe("chartSvg", () => {
  // Parsed as XML by Chromium in tests/e2e/chart-pages.spec.ts; here: content and escaping.
  it("holds every value as text, escapes markup and declares its font family", () => {
    const model = toChartModel(overTime(), "zh", text);
    const svg = chartSvg(model, { title: "高考本科录取率", meta: "单位：%", notes: [], sourceLine: "来源：《原文》", address: "example.org/charts/admission", noFigure: "无数据" });
    expect(svg).toMatch(/<svg [^>]*font-family="'Noto Sans SC'/);
    expect(chartSvg(model, { title: "A & B <c>", meta: "", notes: [], sourceLine: "", address: "", noFigure: "" })).toContain("<title>A &amp; B &lt;c&gt;</title>");
    for (const m of modelMarks(model)) expect(svg).toContain(`>${m.valueText}<`);
    expect(svg).toContain("70.81%");
    expect(svg).toContain("来源：《原文》");
  });
});
