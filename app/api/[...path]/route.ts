import { handle, notFound, preflight } from "@/lib/api/respond";

// Any /api path no route claims: a JSON 404, never the HTML page.
export const dynamic = "force-dynamic";

export const GET = handle(async (request) => notFound(request));
export const HEAD = GET;
export const POST = GET;
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
export const OPTIONS = preflight;
