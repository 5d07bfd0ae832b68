import { getTopic, listTopics } from "@/lib/data/topics";
import { listIndicatorsByTopic } from "@/lib/data/indicators";
import { presentIndicatorSummary, presentTopic } from "@/lib/api/present";
import { handle, json, notFound, preflight, queryOf, validate } from "@/lib/api/respond";
import { slugPathParams, topicsQuery } from "@/lib/api/schemas";

export const dynamic = "force-dynamic";

export const GET = handle(async (request, { params }: RouteContext<"/api/v1/topics/[slug]">) => {
  const path = validate(request, slugPathParams, await params);
  if (!path.ok) return path.response;
  const query = validate(request, topicsQuery, queryOf(request));
  if (!query.ok) return query.response;
  const { slug } = path.data;
  if (!(await getTopic(slug))) return notFound(request, `No topic "${slug}". See /api/v1/topics for the list.`);
  const [topics, indicators] = await Promise.all([listTopics(), listIndicatorsByTopic(slug)]);
  const topic = topics.find((t) => t.slug === slug)!;
  return json(request, {
    data: { ...presentTopic(topic, query.data.lang), indicators: indicators.map((i) => presentIndicatorSummary(i, query.data.lang)) },
  });
});

export const OPTIONS = preflight;
