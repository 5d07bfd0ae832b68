import "server-only";
import { prisma } from "../db";
import type { Unit } from "../domain/types";
import { toUnit } from "./mappers";

export async function listUnits(): Promise<Unit[]> {
  const rows = await prisma.unit.findMany({ orderBy: { key: "asc" } });
  return rows.map(toUnit);
}
