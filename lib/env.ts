import { z } from "zod";

const envSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^file:/, "DATABASE_URL must be a SQLite file URL such as file:./data/portal.db")
      .default("file:./data/portal.db"),
    PORT: z.coerce.number({ error: "PORT must be a port number such as 3000" }).int().min(1).max(65535).default(3000),
    SITE_URL: z.url("SITE_URL must be an absolute URL such as https://example.org").optional(),
  })
  // Without SITE_URL the portal is where this process listens: on another PORT, canonical links,
  // citations and QR codes must not point at a dead localhost:3000.
  .transform(({ SITE_URL, ...env }) => ({ ...env, SITE_URL: SITE_URL ?? `http://localhost:${env.PORT}` }));

/** Environment variables by name (process.env, or a test's own). */
type Environment = Record<string, string | undefined>;

/** The process environment, validated once; a bad value stops the process with a message naming it. */
export function readEnv(env: Environment = process.env) {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export const databaseUrl = () => readEnv().DATABASE_URL;
/** The portal's public origin, without a trailing slash, for canonical links, feeds and citations. */
export const siteUrl = (env: Environment = process.env) => readEnv(env).SITE_URL.replace(/\/$/, "");
