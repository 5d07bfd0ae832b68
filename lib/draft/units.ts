import type { UnitKind } from "../content/schema";
import type { FoundFigure } from "./scan";

const PHYSICAL = new Set(["亩", "公顷", "平方米", "平方公里", "平方千米", "立方米", "吨", "公斤", "千克", "公里", "千米", "米", "千瓦", "千瓦时"]);

/** What the drafter needs of units.yaml: each key's kind and Chinese measure word. */
export type UnitsTable = Record<string, { kind: UnitKind; zh: string }>;

export type ResolvedUnit = {
  /** A key of units.yaml, or when newUnit the measure word a new unit would be named after (张, 平方米). */
  unit: string;
  newUnit: boolean;
  /** Existing units written with the same measure word, for a person (or the matcher) to choose from. */
  options: string[];
};

/**
 * The measure word decides the unit when it names one kind of thing (元, %, 年,
 * 全省 for a rank). A count word (个, 所, 家) is shared by many units, so it
 * stays a proposed new unit until an existing indicator with one of them matches.
 */
export function resolveUnit(figure: FoundFigure, units: UnitsTable): ResolvedUnit {
  const keys = Object.keys(units);
  const byKind = (kind: UnitKind, zh: string) => keys.filter((k) => units[k].kind === kind && units[k].zh === zh);
  const decided = (options: string[]): ResolvedUnit =>
    options.length === 1 ? { unit: options[0], newUnit: false, options } : { unit: figure.measure, newUnit: true, options };

  if (figure.kind === "percent") return decided(byKind("percent", "%"));
  // 三分之一: a share with no unit word; content/ has no unit for it yet.
  if (figure.kind === "fraction") return { unit: "fraction", newUnit: true, options: [] };
  // Per mille and percentage points are units of their own, never percent.
  if (figure.kind === "per-mille" || figure.kind === "percentage-point") {
    const options = keys.filter((k) => units[k].kind === figure.kind);
    return options.length === 1 ? { unit: options[0], newUnit: false, options } : { unit: figure.measure, newUnit: true, options };
  }
  if (figure.kind === "rank") return decided(byKind("rank", figure.measure));
  if (figure.measure === "元") return decided(byKind("currency", "元"));
  const durations = byKind("duration", figure.measure);
  if (durations.length) return decided(durations);
  // A physical measure (亩, 吨, 公里) names one kind of quantity, unlike 个 or 人, which count many things.
  if (PHYSICAL.has(figure.measure)) return decided(byKind("count", figure.measure));
  return { unit: figure.measure, newUnit: true, options: byKind("count", figure.measure) };
}
