import { findRenamedIndicator, getIndicator } from "@/lib/data/indicators";
import { getCitationContext } from "@/lib/data/dataset";
import { sourceOfFigure } from "@/lib/dataset";
import { presentIndicatorDetail } from "@/lib/api/present";
import { handle, json, movedPermanently, notFound, preflight, queryOf, validate } from "@/lib/api/respond";
import { indicatorQuery, slugPathParams } from "@/lib/api/schemas";
import type { SourceRef } from "@/lib/domain/types";

export const dynamic = "force-dynamic";

export const GET = handle(async (request, { params }: RouteContext<"/api/v1/indicators/[slug]">) => {
  const path = validate(request, slugPathParams, await params);
  if (!path.ok) return path.response;
  const query = validate(request, indicatorQuery, queryOf(request));
  if (!query.ok) return query.response;
  const { slug } = path.data;
  const lang = query.data.lang ?? "zh";
  const indicator = await getIndicator(slug);
  if (!indicator) {
    // Permalinks never break: a renamed indicator answers with a permanent redirect, as its page does.
    const renamed = await findRenamedIndicator(slug);
    if (renamed) return movedPermanently(request, `/api/v1/indicators/${renamed}`);
    return notFound(request, `No indicator "${slug}". See /api/v1/indicators for the list.`);
  }
  const context = await getCitationContext();
  const sources = new Map<string, SourceRef>();
  for (const f of indicator.figures) {
    const s = sourceOfFigure(f, context.all);
    if (s) sources.set(s.slug, s);
  }
  return json(request, {
    data: presentIndicatorDetail(indicator, {
      lang,
      sources: [...sources.values()],
      citations: context.cite(indicator, undefined, lang),
      licence: context.city.licence,
    }),
  });
});

export const OPTIONS = preflight;
