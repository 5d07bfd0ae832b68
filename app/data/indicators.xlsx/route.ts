import { allIndicatorsXlsx, downloadResponse } from "@/lib/downloads/files";

// Every figure as a workbook (figures, sources, units, licence), built once at build time.
export const dynamic = "force-static";

export async function GET() {
  return downloadResponse(await allIndicatorsXlsx());
}
