/** One line of the closing table: a target, what was measured, and whether it was met. */
export type Check = { target: string; measured: string; pass: boolean | null };

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Fixed-width table; `pass: null` prints SKIP (not measured in this run). */
export function summaryTable(checks: Check[]): string {
  const w1 = Math.max(6, ...checks.map((c) => c.target.length));
  const w2 = Math.max(8, ...checks.map((c) => c.measured.length));
  const line = (a: string, b: string, c: string) => `${a.padEnd(w1)}  ${b.padEnd(w2)}  ${c}`;
  return [
    line("target", "measured", "result"),
    line("-".repeat(w1), "-".repeat(w2), "------"),
    ...checks.map((c) => line(c.target, c.measured, c.pass === null ? "SKIP" : c.pass ? "PASS" : "MISS")),
  ].join("\n");
}
