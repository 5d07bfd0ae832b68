import { getIndicator } from "@/lib/data/indicators";
import { getCitationContextFor } from "@/lib/data/citation-context";
import { presentIndicatorDetail } from "@/lib/api/present";
import { handle, json, notFound, preflight, queryOf, validate } from "@/lib/api/respond";
import { indicatorQuery, slugPathParams } from "@/lib/api/schemas";

// Renamed slugs are answered with a permanent redirect from next.config.ts (lib/content/redirects.ts), before this runs.
export const dynamic = "force-dynamic";

export const GET = handle(async (request, { params }: RouteContext<"/api/v1/indicators/[slug]">) => {
  const path = validate(request, slugPathParams, await params);
  if (!path.ok) return path.response;
  const query = validate(request, indicatorQuery, queryOf(request));
  if (!query.ok) return query.response;
  const indicator = await getIndicator(path.data.slug);
  if (!indicator) return notFound(request, `No indicator "${path.data.slug}". See /api/v1/indicators for the list.`);
  const context = await getCitationContextFor([indicator]);
  return json(request, { data: presentIndicatorDetail(indicator, context, query.data.lang ?? "zh") });
});

export const OPTIONS = preflight;
