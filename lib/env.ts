import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^file:/, "DATABASE_URL must be a SQLite file URL such as file:./data/portal.db")
    .default("file:./data/portal.db"),
  SITE_URL: z.url("SITE_URL must be an absolute URL such as https://example.org").default("http://localhost:3000"),
});

/** The process environment, validated once; a bad value stops the process with a message naming it. */
export function readEnv() {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export const databaseUrl = () => readEnv().DATABASE_URL;
/** The portal's public origin, without a trailing slash, for canonical links, feeds and citations. */
export const siteUrl = () => readEnv().SITE_URL.replace(/\/$/, "");
