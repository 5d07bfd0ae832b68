import { describe, expect, it } from "vitest";
import { chartChangeProblem, chartPeriodProblem, latestPeriod } from "./chart-periods";

describe("chartChangeProblem", () => {
  const figures: Record<string, { period: string; change?: string }[]> = {
    population: [{ period: "2024" }],
    growth: [{ period: "2023" }, { period: "2024", change: "increase" }],
  };
  it("refuses a chart that would draw a change as if it were a level", () => {
    expect(chartChangeProblem({ indicators: ["population", "growth"] }, (s) => figures[s])).toBe(
      "a chart draws levels, but these figures state a change against an earlier period: growth (2024: increase); chart the levels instead",
    );
  });
  it("accepts a chart of levels", () => {
    expect(chartChangeProblem({ indicators: ["population"] }, (s) => figures[s])).toBeNull();
  });
});

const periods: Record<string, string[]> = {
  total: ["2019-2024"],
  undated: ["unknown"],
  recent: ["2024"],
  older: ["2023", "2024"],
};
const lookup = (slug: string) => periods[slug];

describe("chartPeriodProblem", () => {
  it("refuses bars of different periods when the spec does not say so", () => {
    const [problem] = chartPeriodProblem({ kind: "comparison", indicators: ["total", "undated", "recent"] }, lookup);
    expect(problem.field).toBe("mixedPeriods");
    expect(problem.message).toMatch(/different periods: total \(2019-2024\), undated \(unknown\), recent \(2024\)/);
  });
  it("accepts them when the spec says mixedPeriods", () => {
    expect(chartPeriodProblem({ kind: "comparison", indicators: ["total", "recent"], mixedPeriods: true }, lookup)).toEqual([]);
  });
  it("accepts bars of one period, using each indicator's latest figure", () => {
    expect(chartPeriodProblem({ kind: "rate", indicators: ["older", "recent"] }, lookup)).toEqual([]);
  });
  it("refuses mixedPeriods on a chart whose bars share one period", () => {
    expect(chartPeriodProblem({ kind: "rate", indicators: ["older", "recent"], mixedPeriods: true }, lookup)[0].message).toMatch(/every bar covers 2024/);
  });
  it("lets a time series put its years on the axis, but refuses one with no single year", () => {
    expect(chartPeriodProblem({ kind: "time-series", indicators: ["older", "total"] }, lookup)).toEqual([]);
    expect(chartPeriodProblem({ kind: "time-series", indicators: ["total"] }, lookup)[0].message).toMatch(/total has none/);
  });
  it("draws a pinned period for every indicator, so a new year on one of them keeps the chart whole", () => {
    expect(chartPeriodProblem({ kind: "flow", indicators: ["older", "recent"] }, lookup)).toEqual([]);
    const withNewYear = (slug: string) => (slug === "older" ? ["2023", "2024", "2025"] : lookup(slug));
    expect(chartPeriodProblem({ kind: "flow", indicators: ["older", "recent"] }, withNewYear)[0]).toMatchObject({ field: "mixedPeriods" });
    expect(chartPeriodProblem({ kind: "flow", indicators: ["older", "recent"], period: "2024" }, withNewYear)).toEqual([]);
  });
  it("refuses a pinned period an indicator has no figure for, naming what it has", () => {
    const [problem] = chartPeriodProblem({ kind: "rate", indicators: ["older", "total"], period: "2023" }, lookup);
    expect(problem).toEqual({ field: "period", message: "the chart draws 2023, but total (2019-2024) has no figure for it" });
  });
  it("refuses a pinned period on a time series and beside mixedPeriods", () => {
    expect(chartPeriodProblem({ kind: "time-series", indicators: ["older"], period: "2024" }, lookup)[0].field).toBe("period");
    expect(chartPeriodProblem({ kind: "rate", indicators: ["older", "recent"], period: "2024", mixedPeriods: true }, lookup)[0].field).toBe("mixedPeriods");
  });
  it("finds the latest period as the data layer does: unknown last", () => {
    expect(latestPeriod(["unknown", "2024", "2019-2023"])).toBe("unknown");
    expect(latestPeriod(["2024", "2019-2023"])).toBe("2024");
  });
});
