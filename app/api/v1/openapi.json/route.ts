import { buildOpenApi } from "@/lib/api/openapi";
import { handle, json, preflight } from "@/lib/api/respond";
import { getCity } from "@/lib/data/city";

export const dynamic = "force-dynamic";

export const GET = handle(async (request) => json(request, buildOpenApi((await getCity()).portalName.en)));
export const OPTIONS = preflight;
