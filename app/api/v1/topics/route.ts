import { listTopics } from "@/lib/data/topics";
import { presentTopic } from "@/lib/api/present";
import { handle, json, preflight, queryOf, validate } from "@/lib/api/respond";
import { topicsQuery } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

export const GET = handle(async (request) => {
  const query = validate(request, topicsQuery, queryOf(request));
  if (!query.ok) return query.response;
  const topics = await listTopics();
  return json(request, { data: topics.map((t) => presentTopic(t, query.data.lang)) });
});

export const OPTIONS = preflight;
