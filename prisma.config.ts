import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl } from "./lib/env";

// The JavaScript schema engine through the same driver adapter the app uses:
// Prisma's native engines would be downloaded at every command, which fails offline.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaBetterSQLite3({ url: databaseUrl() }),
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
