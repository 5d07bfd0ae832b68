import { expect, test } from "@playwright/test";
import type { z } from "zod";
import {
  errorResponse,
  indicatorResponse,
  indicatorsListResponse,
  searchResponse,
  topicDetailResponse,
  topicsListResponse,
} from "../../lib/api/schemas";

/**
 * Every kind of API answer, parsed with the response schema the OpenAPI document is made from.
 * Parsing drops keys a schema does not name, so the parsed body equals the body only when the
 * answer has exactly the documented shape: a missing, mistyped or undocumented field fails.
 */
const answers: [name: string, url: string, status: number, schema: z.ZodType][] = [
  ["topics", "/api/v1/topics", 200, topicsListResponse],
  ["topics in English", "/api/v1/topics?lang=en", 200, topicsListResponse],
  ["one topic", "/api/v1/topics/hotline", 200, topicDetailResponse],
  ["indicators, filtered and paged", "/api/v1/indicators?topic=hotline&per_page=2&page=2", 200, indicatorsListResponse],
  ["every indicator", "/api/v1/indicators?per_page=100&lang=en", 200, indicatorsListResponse],
  ["one indicator", "/api/v1/indicators/hotline-calls-connected", 200, indicatorResponse],
  ["a computed indicator", "/api/v1/indicators/hotline-direct-answer-share?lang=en", 200, indicatorResponse],
  ["search, full-text", "/api/v1/search?q=%E6%BB%A1%E6%84%8F%E7%8E%87", 200, searchResponse],
  ["search, short query", "/api/v1/search?q=%E7%83%AD%E7%BA%BF&lang=en", 200, searchResponse],
  ["search without results", "/api/v1/search?q=zzqqxx", 200, searchResponse],
  ["invalid parameter", "/api/v1/indicators?per_page=0", 400, errorResponse],
  ["missing parameter", "/api/v1/search", 400, errorResponse],
  ["unknown indicator", "/api/v1/indicators/no-such-indicator", 404, errorResponse],
  ["unknown topic", "/api/v1/topics/no-such-topic", 404, errorResponse],
  ["unknown path", "/api/v1/nothing", 404, errorResponse],
];

for (const [name, url, status, schema] of answers) {
  test(`API answer matches its response schema: ${name}`, async ({ request }) => {
    const res = await request.get(url);
    expect(res.status()).toBe(status);
    const body = await res.json();
    const parsed = schema.safeParse(body);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual(body);
  });
}

test("a list answer carries data, not an empty shape that passes any schema", async ({ request }) => {
  const body = indicatorsListResponse.parse(await (await request.get("/api/v1/indicators?per_page=100")).json());
  expect(body.data.length).toBe(body.pagination.total);
  expect(body.data.length).toBeGreaterThan(10);
});
