/** Validates content/ without touching the database; prints every problem with its file and field. */
import path from "node:path";
import { ContentError, loadContent } from "../lib/content/load";

try {
  const content = loadContent(path.resolve(process.argv[2] ?? "content"));
  const indicators = content.topics.flatMap((t) => t.indicators);
  for (const t of content.topics) {
    console.log(`${t.slug}: ${t.indicators.length} indicators, ${t.indicators.flatMap((i) => i.figures).length} figures, ${t.stories.length} stories`);
  }
  console.log(`content/ is valid: ${indicators.length} indicators in ${content.topics.length} topics`);
} catch (error) {
  console.error(error instanceof ContentError ? error.message : error);
  process.exit(1);
}
