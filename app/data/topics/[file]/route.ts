import { listTopics } from "@/lib/data/topics";
import { slugOfFileName } from "@/lib/domain/slug";
import { downloadResponse, topicCsv, topicXlsx } from "@/lib/downloads/files";

// Each topic's figures: /data/topics/<slug>.csv and .xlsx, built at build time (topics are few).
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  const topics = await listTopics();
  return topics.flatMap((t) => [{ file: `${t.slug}.csv` }, { file: `${t.slug}.xlsx` }]);
}

export async function GET(_request: Request, { params }: RouteContext<"/data/topics/[file]">) {
  const { file } = await params;
  const csvSlug = slugOfFileName(file, "csv");
  const xlsxSlug = slugOfFileName(file, "xlsx");
  const download = csvSlug ? await topicCsv(csvSlug) : xlsxSlug ? await topicXlsx(xlsxSlug) : null;
  if (!download) return Response.json({ error: { status: 404, code: "not_found", message: `No download ${file}` } }, { status: 404 });
  return downloadResponse(download);
}
