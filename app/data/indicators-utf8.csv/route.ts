import { allIndicatorsPlainCsv, downloadResponse } from "@/lib/downloads/files";

// The Data Package's resource: the same rows as /data/indicators.csv without the byte-order mark. Built at build time.
export const dynamic = "force-static";

export async function GET() {
  return downloadResponse(await allIndicatorsPlainCsv());
}
