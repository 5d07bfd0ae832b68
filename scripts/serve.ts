/**
 * `npm run serve`: starts the production server, lib/server/portal-server.ts. It is loaded with
 * tsconfig.serve.json, where "server-only" is an empty module: this process is the server, and the
 * API's read model (lib/read-model/) reads through lib/data, whose modules carry that guard. Loading it
 * this way keeps `tsx scripts/serve.ts` and `node --import tsx scripts/serve.ts` working as they were.
 */
import path from "node:path";
import { tsImport } from "tsx/esm/api";

await tsImport("../lib/server/portal-server.ts", {
  parentURL: import.meta.url,
  tsconfig: path.resolve(import.meta.dirname, "../tsconfig.serve.json"),
});
