import { listIndicators } from "@/lib/data/indicators";
import { toCsv, toCsvRows } from "@/lib/csv";
import { absoluteUrl } from "@/lib/seo";

// Built once at build time from the database, then served as a static file.
export const dynamic = "force-static";

export async function GET() {
  const csv = toCsv(toCsvRows(await listIndicators(), (slug) => absoluteUrl(`/indicators/${slug}`)));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="jiayuguan-indicators.csv"',
    },
  });
}
