import type { DerivedOp, Qualifier } from "./schema";

type Operand = { value: number; qualifier: Qualifier };

/** Rounds half away from zero at `decimals`, through the decimal string so 67.95 does not become 67.9. */
export function roundTo(value: number, decimals: number): number {
  const sign = value < 0 ? -1 : 1;
  return sign * Number(`${Math.round(Number(`${Math.abs(value)}e${decimals}`))}e-${decimals}`);
}

/**
 * The value of a derived figure and how exact it is: "about" when any input is
 * not exact or the result had to be rounded, since a derived figure must never
 * look more precise than what it is made of.
 */
export function computeDerived(op: DerivedOp, operands: Operand[], decimals: number): Operand {
  const values = operands.map((o) => o.value);
  let raw: number;
  if (op === "sum") raw = values.reduce((a, b) => a + b, 0);
  else {
    const [a, b] = values;
    if (values.length !== 2) throw new Error(`${op} takes exactly two inputs`);
    raw = op === "percent" ? (a / b) * 100 : a / b;
  }
  // Sums of decimal amounts carry float noise (0.1 + 0.2); 9 places is far below any figure's precision.
  const cleaned = Number(raw.toFixed(9));
  const value = roundTo(cleaned, decimals);
  const exact = operands.every((o) => o.qualifier === "exact") && value === cleaned;
  return { value, qualifier: exact ? "exact" : "about" };
}
