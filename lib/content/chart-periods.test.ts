import { describe, expect, it } from "vitest";
import { chartPeriodProblem, latestPeriod } from "./chart-periods";

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
    expect(problem).toMatch(/different periods: total \(2019-2024\), undated \(unknown\), recent \(2024\)/);
  });
  it("accepts them when the spec says mixedPeriods", () => {
    expect(chartPeriodProblem({ kind: "comparison", indicators: ["total", "recent"], mixedPeriods: true }, lookup)).toEqual([]);
  });
  it("accepts bars of one period, using each indicator's latest figure", () => {
    expect(chartPeriodProblem({ kind: "rate", indicators: ["older", "recent"] }, lookup)).toEqual([]);
  });
  it("refuses mixedPeriods on a chart whose bars share one period", () => {
    expect(chartPeriodProblem({ kind: "rate", indicators: ["older", "recent"], mixedPeriods: true }, lookup)[0]).toMatch(/every bar covers 2024/);
  });
  it("lets a time series put its years on the axis, but refuses one with no single year", () => {
    expect(chartPeriodProblem({ kind: "time-series", indicators: ["older", "total"] }, lookup)).toEqual([]);
    expect(chartPeriodProblem({ kind: "time-series", indicators: ["total"] }, lookup)[0]).toMatch(/total has none/);
  });
  it("finds the latest period as the data layer does: unknown last", () => {
    expect(latestPeriod(["unknown", "2024", "2019-2023"])).toBe("unknown");
    expect(latestPeriod(["2024", "2019-2023"])).toBe("2024");
  });
});
