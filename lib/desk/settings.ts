import path from "node:path";
import { z } from "zod";
import { databaseUrl } from "../env";

/**
 * The desk's settings, read once from the environment. The desk writes content/, so where it writes
 * (content folder, database, its own state) is explicit here and tests point all three at temp copies.
 */
const settingsSchema = z.object({
  DESK_PORT: z.coerce.number({ error: "DESK_PORT must be a port number such as 3100" }).int().min(1).max(65535).default(3100),
  /** The content folder the desk reads and writes. */
  DESK_CONTENT_DIR: z.string().min(1).default("content"),
  /** The SQLite database publishing imports into; the portal's own by default. */
  DESK_DATABASE_URL: z.string().regex(/^file:/, "DESK_DATABASE_URL must be a SQLite file URL such as file:./data/portal.db").optional(),
  /** Where reviews in progress are kept (git-ignored); content/drafts/.desk by default. */
  DESK_STATE_DIR: z.string().min(1).optional(),
  /** The command publishing runs after the import, in the project folder; "none" skips it. */
  DESK_BUILD_COMMAND: z.string().min(1).default("npm run build"),
  /** The day written as checked/added (YYYY-MM-DD); today by default. Tests pin it. */
  DESK_TODAY: z.iso.date("DESK_TODAY must be a date written YYYY-MM-DD").optional(),
});

export type DeskSettings = {
  /** Always 127.0.0.1: the desk writes files and must not be reachable from another machine. */
  host: "127.0.0.1";
  port: number;
  contentDir: string;
  databaseUrl: string;
  stateDir: string;
  buildCommand: string | null;
  /** The project folder: where the build runs. */
  projectDir: string;
  today: () => string;
};

export function readDeskSettings(env: Record<string, string | undefined> = process.env, projectDir = process.cwd()): DeskSettings {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid desk settings: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  const s = parsed.data;
  const contentDir = path.resolve(projectDir, s.DESK_CONTENT_DIR);
  const pinned = s.DESK_TODAY;
  return {
    host: "127.0.0.1",
    port: s.DESK_PORT,
    contentDir,
    databaseUrl: s.DESK_DATABASE_URL ?? databaseUrl(),
    stateDir: path.resolve(projectDir, s.DESK_STATE_DIR ?? path.join(contentDir, "drafts", ".desk")),
    buildCommand: s.DESK_BUILD_COMMAND === "none" ? null : s.DESK_BUILD_COMMAND,
    projectDir,
    today: () => pinned ?? new Date().toISOString().slice(0, 10),
  };
}
