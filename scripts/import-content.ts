/**
 * `npm run db:seed`: validates content/ and replaces the database's contents with it.
 * On any problem it prints every one, writes nothing and exits 1.
 */
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../lib/generated/prisma/client";
import { ContentError } from "../lib/content/load";
import { importContent } from "../lib/content/import";
import { databaseUrl } from "../lib/env";

const contentDir = path.resolve(process.argv[2] ?? "content");

async function main() {
  const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl() }) });
  let content;
  try {
    content = await importContent(prisma, contentDir);
  } finally {
    await prisma.$disconnect();
  }
  const indicators = content.topics.flatMap((t) => t.indicators);
  const figures = indicators.flatMap((i) => i.figures).length;
  const stories = content.topics.flatMap((t) => t.stories).length;
  console.log(
    `Imported ${content.topics.length} topics, ${indicators.length} indicators, ${figures} figures, ${stories} stories from ${path.relative(process.cwd(), contentDir) || "."} into ${databaseUrl()}`,
  );
}

main().catch((error) => {
  console.error(error instanceof ContentError ? error.message : `Import failed, database unchanged: ${error.message}`);
  process.exit(1);
});
