import { dataPackage } from "@/lib/downloads/files";

export const dynamic = "force-static";

export async function GET() {
  return Response.json(await dataPackage(), { headers: { "Access-Control-Allow-Origin": "*" } });
}
