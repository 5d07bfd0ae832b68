import { z } from "zod";

/**
 * Every environment variable the portal reads, in one schema: the build, the import, the server and
 * the pages all go through readEnv(). An empty value counts as unset; a bad one stops the process with
 * a message naming the variable and what it should be.
 */

const unsetIfEmpty = (value: unknown) => (value === "" ? undefined : value);
const optional = <S extends z.ZodType>(schema: S) => z.preprocess(unsetIfEmpty, schema);

export const DEFAULT_PRERENDERED_INDICATORS = 300;
export const DEFAULT_PAGE_MEMORY_MB = 128;

const envSchema = z
  .object({
    DATABASE_URL: optional(
      z
        .string()
        .regex(/^file:/, "DATABASE_URL must be a SQLite file URL such as file:./data/portal.db")
        .default("file:./data/portal.db"),
    ),
    PORT: optional(z.coerce.number({ error: "PORT must be a port number such as 3000" }).int("PORT must be a port number such as 3000").min(1, "PORT must be a port number such as 3000").max(65535, "PORT must be a port number such as 3000").default(3000)),
    HOST: optional(
      z
        .string()
        .regex(/^[A-Za-z0-9.:-]+$/, "HOST must be an address to listen on, such as 127.0.0.1, 0.0.0.0 or ::")
        .default("0.0.0.0"),
    ),
    SITE_URL: optional(z.url("SITE_URL must be an absolute URL such as https://example.org").optional()),
    /** How many indicators `next build` pre-renders (lib/server/prerender-limit.ts). */
    PORTAL_PRERENDER_INDICATORS: optional(
      z.coerce
        .number({ error: "PORTAL_PRERENDER_INDICATORS must be a whole number ≥ 0" })
        .int("PORTAL_PRERENDER_INDICATORS must be a whole number ≥ 0")
        .min(0, "PORTAL_PRERENDER_INDICATORS must be a whole number ≥ 0")
        .default(DEFAULT_PRERENDERED_INDICATORS),
    ),
    /** Megabytes of pre-rendered responses the server holds in memory (lib/server/prerendered.ts). */
    PORTAL_PAGE_MEMORY_MB: optional(
      z.coerce
        .number({ error: "PORTAL_PAGE_MEMORY_MB must be a number of megabytes, 1 or more" })
        .min(1, "PORTAL_PAGE_MEMORY_MB must be a number of megabytes, 1 or more")
        .default(DEFAULT_PAGE_MEMORY_MB),
    ),
  })
  // Without SITE_URL the portal is where this process listens: on another PORT, canonical links,
  // citations and QR codes must not point at a dead localhost:3000.
  .transform(({ SITE_URL, ...env }) => ({ ...env, SITE_URL: (SITE_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""), SITE_URL_SET: SITE_URL !== undefined }));

export type Env = z.infer<typeof envSchema>;

/** Environment variables by name (process.env, or a test's own). */
type Environment = Record<string, string | undefined>;

const NAMES = Object.keys(envSchema.in.shape) as (keyof typeof envSchema.in.shape)[];

function parse(env: Environment): Env {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

// Parsed once per set of values: a process reads the same answer every time, and a test that sets a
// variable before it imports the code under test still gets its own value.
let cached: { key: string; env: Env } | undefined;

/** The process environment (or `env`), validated; a bad value throws an error naming the variable. */
export function readEnv(env: Environment = process.env): Env {
  if (env !== process.env) return parse(env);
  const key = NAMES.map((name) => env[name] ?? "").join("\u0000");
  if (cached?.key !== key) cached = { key, env: parse(env) };
  return cached.env;
}

export const databaseUrl = () => readEnv().DATABASE_URL;
/** The portal's public origin, without a trailing slash, for canonical links, feeds and citations. */
export const siteUrl = (env: Environment = process.env) => readEnv(env).SITE_URL;

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|::1)$/i;

/**
 * What `npm start` warns about: a public origin on the loopback address while the server listens
 * beyond it, so every canonical link, citation and QR code a visitor gets points at their own machine.
 */
export function loopbackSiteUrlWarning(env: Env): string | null {
  const site = new URL(env.SITE_URL).hostname;
  if (!LOOPBACK.test(site) || LOOPBACK.test(env.HOST)) return null;
  return [
    `SITE_URL is ${env.SITE_URL}${env.SITE_URL_SET ? "" : " (the default)"}, a loopback address, but the server listens on ${env.HOST}:${env.PORT}:`,
    "every canonical link, citation, feed and QR code it serves points readers at their own machine.",
    "Set SITE_URL to the public origin (for example SITE_URL=https://indicators.example.org) for `npm run build` and `npm run serve`.",
  ].join("\n  ");
}
