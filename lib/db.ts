import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl } from "./env";

// One client per process; Next's dev server re-evaluates modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma =
  globalForPrisma.prisma ?? new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl() }) });

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
