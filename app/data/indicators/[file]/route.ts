import { listIndicatorSlugs } from "@/lib/data/indicators";
import { prerenderedIndicators } from "@/lib/server/prerender-limit";
import { dataFileParams } from "@/lib/server/route-params";
import { downloadResponse, indicatorCsv, indicatorJson } from "@/lib/downloads/files";

// One CSV and one JSON file per indicator: /data/indicators/<slug>.csv and .json, built at build time.
export const dynamic = "force-static";
// Beyond the build's limit (lib/server/prerender-limit.ts), made on first request.
export const dynamicParams = true;

export async function generateStaticParams() {
  const slugs = prerenderedIndicators(await listIndicatorSlugs());
  return slugs.flatMap((slug) => [{ file: `${slug}.csv` }, { file: `${slug}.json` }]);
}

export async function GET(_request: Request, { params }: RouteContext<"/data/indicators/[file]">) {
  const { file } = await params;
  // Checked before anything is made: a name that is no "<slug>.csv" or "<slug>.json" is a 404.
  const parsed = dataFileParams.safeParse({ file });
  const wanted = parsed.success ? parsed.data.file : null;
  const download = !wanted ? null : wanted.format === "csv" ? await indicatorCsv(wanted.slug) : await indicatorJson(wanted.slug);
  if (!download) return Response.json({ error: { status: 404, code: "not_found", message: `No download ${file}` } }, { status: 404 });
  return downloadResponse(download);
}
