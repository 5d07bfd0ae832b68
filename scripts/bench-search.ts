/**
 * `npx tsx scripts/bench-search.ts [rounds]`: times the search core against data/portal.db
 * (no HTTP, no Next.js) and prints the median and 95th percentile per query, and how long building
 * the in-memory index took. lib/data is loaded as the production server loads it (tsconfig.serve.json).
 */
import path from "node:path";
import { tsImport } from "tsx/esm/api";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../lib/generated/prisma/client";
import { databaseUrl } from "../lib/env";
import { searchEntries } from "../lib/search/query";

const data: typeof import("../lib/data/search") = await tsImport("../lib/data/search.ts", {
  parentURL: import.meta.url,
  tsconfig: path.resolve(import.meta.dirname, "../tsconfig.serve.json"),
});

const QUERIES = ["热线", "养老", "满意率", "satisfaction", "99.33", "幼儿园", "hotline", "图书馆", "低保", "pension", "接通率", "医", "kindergarten places", "2024", "zzz-nothing"];

async function main() {
  const rounds = Number(process.argv[2] ?? 30);
  const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl() }) });
  try {
    const built = performance.now();
    const { index } = await data.currentSearch();
    console.log(`index: ${index.documents.length} documents, built in ${(performance.now() - built).toFixed(0)} ms (with the read model)`);
    for (const q of QUERIES) await searchEntries(prisma, index, q); // warm up
    const times: number[] = [];
    const byMethod: Record<string, number[]> = { fts: [], like: [] };
    for (let r = 0; r < rounds; r++) {
      for (const q of QUERIES) {
        const t0 = performance.now();
        const { method } = await searchEntries(prisma, index, q, { limit: 20 });
        const ms = performance.now() - t0;
        times.push(ms);
        byMethod[method].push(ms);
      }
    }
    const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
    const line = (label: string, xs: number[]) =>
      console.log(`${label.padEnd(6)} n=${String(xs.length).padStart(4)}  median ${pct(xs, 0.5).toFixed(2)} ms  p95 ${pct(xs, 0.95).toFixed(2)} ms`);
    line("all", times);
    line("fts", byMethod.fts);
    line("like", byMethod.like);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
