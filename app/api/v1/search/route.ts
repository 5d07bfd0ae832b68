import { handle, preflight } from "@/lib/api/respond";
import { searchAnswer } from "@/lib/read-model/api";

export const dynamic = "force-dynamic";

// The same answer scripts/serve.ts gives without Next: both call lib/read-model/api.ts.
export const GET = handle(async (request) => searchAnswer(request));
export const OPTIONS = preflight;
