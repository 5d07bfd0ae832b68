import { existsSync } from "node:fs";
import path from "node:path";
import { readEnv } from "../env";
import { readCspHashes } from "../security/csp-hashes";

/**
 * What the production server needs before it takes a request, checked once at start: a valid
 * environment, a production build, and the build's CSP hash table (without it every pre-rendered
 * page's scripts would be blocked by its own policy). Each failure says what to run. A missing
 * database is not refused here: the server still serves its pre-rendered pages and the API says 503.
 */
export function checkServerPrerequisites(nextDir = path.resolve(".next")): void {
  readEnv();
  if (!existsSync(path.join(nextDir, "BUILD_ID"))) {
    throw new Error(`no production build in ${path.relative(process.cwd(), nextDir) || nextDir}: run \`npm run build\` first.`);
  }
  readCspHashes(nextDir);
}
