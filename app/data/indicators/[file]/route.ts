import { getIndicator, listIndicatorSlugs } from "@/lib/data/indicators";
import { indicatorCsv, indicatorJson } from "@/lib/data/downloads";
import { prerenderedIndicators } from "@/lib/server/prerender-limit";

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
  const [, slug, ext] = /^([a-z0-9-]+)\.(csv|json)$/.exec(file) ?? [];
  // Files beyond the build's limit are made here on first request: an unknown slug must still be a 404.
  if (ext === "csv" && !(await getIndicator(slug))) {
    return Response.json({ error: { status: 404, code: "not_found", message: `No download ${file}` } }, { status: 404 });
  }
  if (ext === "csv") {
    return new Response(await indicatorCsv(slug), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="jiayuguan-${slug}.csv"`,
        "Access-Control-Allow-Origin": "*",
      },
    });
  }
  const body = ext === "json" ? await indicatorJson(slug) : null;
  if (!body) return Response.json({ error: { status: 404, code: "not_found", message: `No download ${file}` } }, { status: 404 });
  return Response.json(body, { headers: { "Access-Control-Allow-Origin": "*" } });
}
