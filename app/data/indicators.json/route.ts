import { allIndicatorsJson } from "@/lib/data/downloads";

export const dynamic = "force-static";

export async function GET() {
  return Response.json(await allIndicatorsJson(), {
    headers: {
      "Content-Disposition": 'inline; filename="jiayuguan-indicators.json"',
      "Access-Control-Allow-Origin": "*",
    },
  });
}
