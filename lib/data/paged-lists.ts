import "server-only";
import { laterPages, TOPIC_PAGE_SIZE, UPDATES_PAGE_SIZE } from "../paging";
import { countIndicatorsByTopic } from "./indicators";
import { listTopics } from "./topics";
import { listSourceSummaries } from "./updates";

/** The later pages (lib/paging.ts) of every topic that needs them: none for a topic that fits on one page. */
export async function laterTopicPages(): Promise<{ slug: string; page: string }[]> {
  const topics = await listTopics();
  const counts = await Promise.all(topics.map((t) => countIndicatorsByTopic(t.slug)));
  return topics.flatMap((t, i) => laterPages(counts[i], TOPIC_PAGE_SIZE).map((page) => ({ slug: t.slug, page })));
}

/** The later pages of /updates's sources. */
export const laterUpdatesPages = async () => laterPages((await listSourceSummaries()).length, UPDATES_PAGE_SIZE);
