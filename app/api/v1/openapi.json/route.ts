import { buildOpenApi } from "@/lib/api/openapi";
import { handle, json, preflight } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export const GET = handle(async (request) => json(request, buildOpenApi()));
export const OPTIONS = preflight;
