import { search } from "@/lib/data/search";
import { absoluteUrl } from "@/lib/seo";
import { localizedPath } from "@/lib/i18n/paths";
import { handle, json, preflight, queryOf, validate } from "@/lib/api/respond";
import { searchQuery } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

export const GET = handle(async (request) => {
  const query = validate(request, searchQuery, queryOf(request));
  if (!query.ok) return query.response;
  const { q, limit, lang = "zh" } = query.data;
  const outcome = await search(q, lang, limit);
  return json(request, {
    query: q,
    method: outcome.method,
    total: outcome.total,
    data: outcome.results.map((r) => ({
      kind: r.kind,
      ref: r.ref,
      title: r.title,
      snippet: r.snippet,
      value: r.value,
      url: absoluteUrl(localizedPath(lang, r.path)),
      score: r.score,
    })),
  });
});

export const OPTIONS = preflight;
