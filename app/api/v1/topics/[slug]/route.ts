import { handle, preflight } from "@/lib/api/respond";
import { topicAnswer } from "@/lib/read-model/api";
import { currentReadModel } from "@/lib/read-model/current";

export const dynamic = "force-dynamic";

// The same answer scripts/serve.ts gives without Next: both call lib/read-model/api.ts.
export const GET = handle(async (request, { params }: RouteContext<"/api/v1/topics/[slug]">) =>
  topicAnswer(request, (await params).slug, await currentReadModel()),
);
export const OPTIONS = preflight;
