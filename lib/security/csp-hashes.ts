import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The table scripts/csp-hashes.ts writes after `next build`: for each pre-rendered page's public
 * path, the hashes of its inline scripts. Without it every pre-rendered page's scripts would be
 * blocked by its own CSP, so a missing table stops the server with the command that makes it.
 */
export const CSP_HASHES_FILE = "csp-hashes.json";

/** The table's key for the pre-rendered 404 page (app/global-not-found.tsx), which has no public path of its own. */
export const NOT_FOUND_PAGE_KEY = "/_not-found";

export class MissingCspHashesError extends Error {
  constructor(file: string) {
    super(`${file} is missing: the build did not record its pages' script hashes. Run \`npm run build\` (next build, then scripts/csp-hashes.ts), not a plain \`next build\`.`);
    this.name = "MissingCspHashesError";
  }
}

export function readCspHashes(nextDir = path.resolve(".next")): Map<string, string[]> {
  const file = path.join(nextDir, CSP_HASHES_FILE);
  if (!existsSync(file)) throw new MissingCspHashesError(path.relative(process.cwd(), file) || file);
  return new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, string[]>));
}
