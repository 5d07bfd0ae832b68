import { handle, preflight } from "@/lib/api/respond";
import { topicsAnswer } from "@/lib/read-model/api";
import { currentReadModel } from "@/lib/read-model/current";

export const dynamic = "force-dynamic";

// The same answer scripts/serve.ts gives without Next: both call lib/read-model/api.ts.
export const GET = handle(async (request) => topicsAnswer(request, await currentReadModel()));
export const OPTIONS = preflight;
