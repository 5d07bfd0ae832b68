import { allIndicatorsJson, downloadResponse } from "@/lib/downloads/files";

export const dynamic = "force-static";

export async function GET() {
  return downloadResponse(await allIndicatorsJson());
}
