import "server-only";
import { prisma } from "../db";
import type { Withdrawal } from "../domain/types";

/** Published figures taken out of content, newest first, with the indicator's names where it still exists. */
export async function listWithdrawals(): Promise<Withdrawal[]> {
  const rows = await prisma.withdrawal.findMany({ orderBy: [{ date: "desc" }, { id: "asc" }] });
  const names = new Map(
    (await prisma.indicator.findMany({ where: { slug: { in: rows.map((r) => r.indicatorSlug) } }, select: { slug: true, nameZh: true, nameEn: true } })).map((i) => [
      i.slug,
      { zh: i.nameZh, en: i.nameEn },
    ]),
  );
  return rows.map((r) => ({ indicatorSlug: r.indicatorSlug, name: names.get(r.indicatorSlug) ?? null, period: r.period, value: r.value, date: r.date, reason: r.reason }));
}
