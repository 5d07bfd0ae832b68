import { dataPackage } from "@/lib/data/downloads";

export const dynamic = "force-static";

export async function GET() {
  return Response.json(await dataPackage(), { headers: { "Access-Control-Allow-Origin": "*" } });
}
