import { allIndicatorsCsv } from "@/lib/data/downloads";

// Built once at build time from the database, then served as a static file.
export const dynamic = "force-static";

export async function GET() {
  return new Response(await allIndicatorsCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="jiayuguan-indicators.csv"',
      "Access-Control-Allow-Origin": "*",
    },
  });
}
