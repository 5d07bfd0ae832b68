import { listIndicatorSlugs } from "@/lib/data/indicators";
import { prerenderedIndicators } from "@/lib/server/prerender-limit";
import { dataFileParams } from "@/lib/server/route-params";
import { downloadResponse, indicatorCsv, indicatorJson, indicatorXlsx } from "@/lib/downloads/files";

// One CSV, one JSON file and one workbook per indicator: /data/indicators/<slug>.csv, .json and .xlsx, built at build time.
export const dynamic = "force-static";
// Beyond the build's limit (lib/server/prerender-limit.ts), made on first request.
export const dynamicParams = true;

export async function generateStaticParams() {
  const slugs = prerenderedIndicators(await listIndicatorSlugs());
  return slugs.flatMap((slug) => [{ file: `${slug}.csv` }, { file: `${slug}.json` }, { file: `${slug}.xlsx` }]);
}

export async function GET(_request: Request, { params }: RouteContext<"/data/indicators/[file]">) {
  const { file } = await params;
  // Checked before anything is made: a name that is no "<slug>.csv", ".json" or ".xlsx" is a 404.
  const parsed = dataFileParams.safeParse({ file });
  const wanted = parsed.success ? parsed.data.file : null;
  const make = { csv: indicatorCsv, json: indicatorJson, xlsx: indicatorXlsx } as const;
  const download = wanted ? await make[wanted.format](wanted.slug) : null;
  if (!download) return Response.json({ error: { status: 404, code: "not_found", message: `No download ${file}` } }, { status: 404 });
  return downloadResponse(download);
}
