import { findIndicators } from "@/lib/data/indicators";
import { getTopic } from "@/lib/data/topics";
import { presentIndicatorSummary } from "@/lib/api/present";
import { handle, json, preflight, queryOf, validate, apiError } from "@/lib/api/respond";
import { indicatorsQuery } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

export const GET = handle(async (request) => {
  const query = validate(request, indicatorsQuery, queryOf(request));
  if (!query.ok) return query.response;
  const { topic, period, q, page, per_page, lang } = query.data;
  if (topic && !(await getTopic(topic))) {
    return apiError(request, 400, "invalid_parameter", "Invalid parameter: topic", [
      { name: "topic", expected: "a topic slug listed by /api/v1/topics", received: topic },
    ]);
  }
  const all = await findIndicators({ topic, period, q });
  const pages = Math.max(1, Math.ceil(all.length / per_page));
  const link = (p: number) => {
    const url = new URL(request.url);
    url.searchParams.set("page", String(p));
    return `${url.pathname}${url.search}`;
  };
  return json(request, {
    data: all.slice((page - 1) * per_page, page * per_page).map((i) => presentIndicatorSummary(i, lang)),
    pagination: {
      page,
      per_page,
      total: all.length,
      pages,
      next: page < pages ? link(page + 1) : null,
      prev: page > 1 ? link(Math.min(page - 1, pages)) : null,
    },
  });
});

export const OPTIONS = preflight;
