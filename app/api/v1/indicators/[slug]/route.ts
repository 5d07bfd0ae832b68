import { handle, preflight } from "@/lib/api/respond";
import { indicatorAnswer } from "@/lib/read-model/api";
import { currentReadModel } from "@/lib/read-model/current";

// Renamed slugs are answered with a permanent redirect from next.config.ts (lib/content/redirects.ts), before this runs.
export const dynamic = "force-dynamic";

// The same answer scripts/serve.ts gives without Next: both call lib/read-model/api.ts.
export const GET = handle(async (request, { params }: RouteContext<"/api/v1/indicators/[slug]">) =>
  indicatorAnswer(request, (await params).slug, await currentReadModel()),
);
export const OPTIONS = preflight;
