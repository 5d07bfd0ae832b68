/**
 * The production server (`npm run serve`, started by scripts/serve.ts). Pages and files that `next build`
 * pre-rendered are answered straight from memory (within a byte budget, lib/server/prerendered.ts),
 * compressed once, with their security headers, also when a shared link appends tracking parameters
 * (lib/server/tracking-params.ts). Renamed indicators redirect and unknown ones are a 404 before Next
 * makes anything; the API's data routes are answered from an in-memory read model (lib/read-model/)
 * and kept until the database changes or the day turns (lib/server/portal-handler.ts). Everything else
 * (search, client navigations, pages beyond the build's limit) goes to Next, which keeps nothing it
 * makes at run time on disk (lib/server/next-cache-handler.cjs). SIGTERM lets in-flight requests finish.
 */
import { createServer } from "node:http";
import next from "next";
import { loopbackSiteUrlWarning, readEnv } from "../env";
import { currentSearch } from "../data/search";
import { currentReadModel } from "../read-model/current";
import { databaseVersion } from "../read-model/version";
import { ApiCache } from "./api-cache";
import { drainOnSignal } from "./graceful";
import { createPortalHandler } from "./portal-handler";
import { checkServerPrerequisites } from "./preflight";
import { loadNotFoundPage, loadPrerendered } from "./prerendered";

async function main() {
  // A valid environment, a build and its CSP hash table, or a message saying what to run.
  checkServerPrerequisites();
  const env = readEnv();
  const warning = loopbackSiteUrlWarning(env);
  if (warning) console.warn(`\n*** WARNING: ${warning}\n`);

  const app = next({ dev: false, hostname: env.HOST, port: env.PORT });
  const nextHandler = app.getRequestHandler();
  await app.prepare();
  // Built now (the read model and the search index over it, with its converters loaded) rather than on
  // the first API request or search, which would wait seconds; without a database the pages still serve
  // and the API answers 503 until it is there (lib/api/respond.ts).
  currentSearch().catch((error: unknown) =>
    console.error(`read model: not built (${(error as Error).message.split("\n")[0]}); the API answers 503 until the database is readable`),
  );
  const prerendered = loadPrerendered();
  const handler = createPortalHandler({
    prerendered,
    notFoundPage: loadNotFoundPage(),
    apiCache: new ApiCache(databaseVersion()),
    readModel: currentReadModel,
    next: (req, res) => nextHandler(req, res),
  });

  const server = createServer((req, res) => {
    drain.markResponse(res);
    handler(req, res);
  });
  // Longer than a proxy keeps idle connections to it (deploy/nginx.conf: 30 s), so the proxy, not
  // this process, closes them: otherwise a request can cross the close and fail.
  server.keepAliveTimeout = 65_000;
  const drain = drainOnSignal(server);
  server.listen(env.PORT, env.HOST, () => {
    console.log(
      `Portal on http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${env.PORT} for ${env.SITE_URL} (${prerendered.size} pre-rendered responses, read into memory when first asked for)`,
    );
  });
}

main().catch((error) => {
  console.error(`The portal could not start: ${(error as Error).message}`);
  process.exit(1);
});
