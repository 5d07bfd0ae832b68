import { describe, expect, it } from "vitest";
import { buildChartSpec, chartIndicator, UNITS } from "@/tests/fixtures/builders";
import { chartUnitProblem, seriesSchema } from "./series";
import { ChartSeriesError, findOutcomeSplit, scaleMax, toSeries } from "./to-series";

const hotline = [
  chartIndicator("calls", { unit: UNITS.call, value: 84000 }),
  chartIndicator("requests", { unit: UNITS.request, value: 81000 }),
  chartIndicator("direct", { unit: UNITS.request, value: 55000 }),
  chartIndicator("referred", { unit: UNITS.request, value: 26000 }),
];

describe("toSeries", () => {
  it("extends a time series when a figure for another year is stored, with no code change", () => {
    const spec = buildChartSpec({ kind: "time-series", indicators: ["rate"] });
    const oneYear = chartIndicator("rate", { unit: UNITS.percent, figures: [{ value: 70.81, period: "2024" }] });
    const twoYears = chartIndicator("rate", {
      unit: UNITS.percent,
      figures: [{ value: 70.81, period: "2024" }, { value: 72.5, period: "2025" }],
    });
    expect(toSeries(spec, [oneYear]).points.map((p) => p.value)).toEqual([70.81]);
    const series = toSeries(spec, [twoYears]);
    expect(series.points.map((p) => [p.period, p.value])).toEqual([["2024", 70.81], ["2025", 72.5]]);
    expect(series.points.map((p) => p.key)).toEqual(["rate/2024", "rate/2025"]);
  });

  it("draws a pinned period instead of the latest, and refuses an indicator without it", () => {
    const a = chartIndicator("a", { figures: [{ value: 1, period: "2024" }, { value: 2, period: "2025" }] });
    const b = chartIndicator("b", { figures: [{ value: 5, period: "2024" }] });
    const pinned = buildChartSpec({ kind: "comparison", indicators: ["a", "b"], period: "2024" });
    expect(toSeries(pinned, [a, b]).points.map((p) => [p.indicatorSlug, p.value, p.period])).toEqual([["b", 5, "2024"], ["a", 1, "2024"]]);
    expect(() => toSeries({ ...pinned, period: "2025" }, [a, b])).toThrow("b has no figure for the pinned period 2025");
  });

  it("leaves figures without a known period off a time axis", () => {
    const spec = buildChartSpec({ kind: "time-series", indicators: ["x"] });
    const ind = chartIndicator("x", { figures: [{ value: 3, period: "2024" }, { value: 9, period: "unknown" }] });
    expect(toSeries(spec, [ind]).points.map((p) => p.value)).toEqual([3]);
  });

  it("draws the other kinds from each indicator's latest figure", () => {
    const spec = buildChartSpec({ kind: "comparison", indicators: ["a"], labels: {} });
    const a = chartIndicator("a", { figures: [{ value: 1, period: "2023" }, { value: 2, period: "2024" }] });
    const b = chartIndicator("b", { value: 5 });
    const series = toSeries({ ...spec, indicators: ["a", "b"] }, [a, b]);
    expect(series.points.map((p) => [p.indicatorSlug, p.value, p.period])).toEqual([["b", 5, "2024"], ["a", 2, "2024"]]);
  });

  it("splits a flow into stages and the outcomes of the last stage, with derived shares", () => {
    const spec = buildChartSpec({ kind: "flow", indicators: ["calls", "requests", "direct", "referred"] });
    const series = toSeries(spec, hotline);
    expect(series.kind).toBe("flow");
    if (series.kind !== "flow") return;
    expect(series.points.map((p) => [p.key, p.value, p.parent, p.shareOfParent])).toEqual([
      ["calls", 84000, null, null],
      ["requests", 81000, null, null],
      ["direct", 55000, "requests", 67.9],
      ["referred", 26000, "requests", 32.1],
    ]);
  });

  it("finds no split when the later stages exceed the stage before them", () => {
    expect(findOutcomeSplit([{ value: 10, unit: UNITS.call }, { value: 8, unit: UNITS.call }, { value: 5, unit: UNITS.call }])).toBe(-1);
  });

  it("computes a breakdown's total and shares, largest part first", () => {
    const spec = buildChartSpec({ kind: "breakdown", indicators: ["low", "support", "relief"] });
    const series = toSeries(spec, [
      chartIndicator("low", { unit: UNITS.yuan, value: 10501900 }),
      chartIndicator("support", { unit: UNITS.yuan, value: 1535700 }),
      chartIndicator("relief", { unit: UNITS.yuan, value: 661500 }),
    ]);
    if (series.kind !== "breakdown") throw new Error("expected a breakdown");
    expect(series.total).toBe(12699100);
    expect(series.points.map((p) => [p.indicatorSlug, p.share])).toEqual([["low", 82.7], ["support", 12.1], ["relief", 5.2]]);
    expect(scaleMax(series)).toBe(100);
  });

  it("uses the chart's short label when content gives one", () => {
    const spec = buildChartSpec({ kind: "rate", indicators: ["r"], labels: { r: { zh: "接通率", en: "Connected" } } });
    const series = toSeries(spec, [chartIndicator("r", { unit: UNITS.percent, value: 100 })]);
    expect(series.points[0].label).toEqual({ zh: "接通率", en: "Connected" });
    expect(scaleMax(series)).toBe(100);
  });

  it("refuses a missing indicator, naming the chart and the slug", () => {
    const spec = buildChartSpec({ slug: "hotline-flow", kind: "flow", indicators: ["calls", "ghost"] });
    expect(() => toSeries(spec, hotline)).toThrow(ChartSeriesError);
    expect(() => toSeries(spec, hotline)).toThrow("chart hotline-flow: indicator(s) not found: ghost");
  });

  it("refuses money beside counts, naming the chart and both units", () => {
    const spec = buildChartSpec({ slug: "mixed", kind: "comparison", indicators: ["money", "calls"] });
    const money = chartIndicator("money", { unit: UNITS.yuan, value: 5 });
    expect(() => toSeries(spec, [money, hotline[0]])).toThrow(
      "chart mixed: a comparison chart cannot mix units of different kinds (currency and count): money (yuan), calls (call)",
    );
  });

  it("refuses a breakdown whose parts have different units", () => {
    const spec = buildChartSpec({ slug: "parts", kind: "breakdown", indicators: ["calls", "requests"] });
    expect(() => toSeries(spec, hotline)).toThrow("chart parts: a breakdown chart needs one unit");
  });

  it("refuses a rate chart with a count in it", () => {
    const spec = buildChartSpec({ slug: "rates", kind: "rate", indicators: ["calls"] });
    expect(() => toSeries(spec, hotline)).toThrow("chart rates: a rate chart draws percentages only, not calls (call)");
  });
});

describe("seriesSchema", () => {
  const point = {
    key: "a",
    indicatorSlug: "a",
    label: { zh: "甲", en: "A" },
    value: 5,
    qualifier: "exact",
    period: "2024",
    unit: UNITS.yuan,
    written: null,
    derived: false,
  };

  it("accepts a well-formed comparison", () => {
    const ok = seriesSchema.safeParse({ chart: "c", title: { zh: "图", en: "Chart" }, kind: "comparison", points: [point, { ...point, key: "b" }] });
    expect(ok.success).toBe(true);
  });

  it("rejects a comparison mixing money and counts", () => {
    const bad = seriesSchema.safeParse({
      chart: "c",
      title: { zh: "图", en: "Chart" },
      kind: "comparison",
      points: [point, { ...point, key: "b", unit: UNITS.call }],
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toBe("a comparison cannot mix kinds of unit");
  });

  it("rejects a rate above 100% and a rate that is not a percentage", () => {
    const rate = { ...point, unit: UNITS.percent };
    expect(seriesSchema.safeParse({ chart: "r", title: point.label, kind: "rate", points: [{ ...rate, value: 101 }] }).success).toBe(false);
    expect(seriesSchema.safeParse({ chart: "r", title: point.label, kind: "rate", points: [point] }).success).toBe(false);
  });
});

describe("chartUnitProblem", () => {
  it("lets counts of different things share a comparison", () => {
    const units = [
      { slug: "contacts", unit: "contact", kind: "count" as const },
      { slug: "visits", unit: "visit", kind: "count" as const },
    ];
    expect(chartUnitProblem("comparison", units)).toBeNull();
    expect(chartUnitProblem("breakdown", units)).toMatch(/needs one unit/);
  });

  it("never draws percentage points, in any kind of chart; per mille only where it is one unit's level", () => {
    const point = [{ slug: "urbanisation-change", unit: "percentage-point", kind: "percentage-point" as const }];
    for (const kind of ["time-series", "comparison", "rate", "breakdown", "flow"] as const) {
      expect(chartUnitProblem(kind, point)).toMatch(/percentage points are a change, never drawn as a level or a share: urbanisation-change/);
    }
    const perMille = [{ slug: "birth-rate", unit: "per-mille", kind: "per-mille" as const }];
    expect(chartUnitProblem("time-series", perMille)).toBeNull();
    expect(chartUnitProblem("rate", perMille)).toMatch(/percentages only/);
    expect(chartUnitProblem("breakdown", perMille)).toMatch(/money or counts/);
  });
});
