import { allIndicatorsCsv, downloadResponse } from "@/lib/downloads/files";

// Built once at build time from the database, then served as a static file.
export const dynamic = "force-static";

export async function GET() {
  return downloadResponse(await allIndicatorsCsv());
}
