import "server-only";
import { prisma } from "../db";

/** Renamed indicator slugs, old → new, as the last import wrote them from content/redirects.yaml. */
export async function listRenames(): Promise<Map<string, string>> {
  const rows = await prisma.rename.findMany();
  return new Map(rows.map((r) => [r.fromSlug, r.toSlug]));
}
