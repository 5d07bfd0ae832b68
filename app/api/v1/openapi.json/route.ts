import { buildOpenApi } from "@/lib/api/openapi";
import { handle, json, preflight } from "@/lib/api/respond";
import { siteUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

export const GET = handle(async (request) => json(request, buildOpenApi(siteUrl())));
export const OPTIONS = preflight;
