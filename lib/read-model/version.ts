import { statSync } from "node:fs";
import path from "node:path";
import { databaseUrl } from "../env";

/**
 * The database file's modification time, looked at most twice a second: an import (one transaction,
 * journal mode "delete") rewrites the file, so a new mtime means the data may have changed.
 */
export function databaseVersion(file = path.resolve(databaseUrl().replace(/^file:/, ""))): () => string {
  let checkedAt = 0;
  let version = "";
  return () => {
    const now = Date.now();
    if (now - checkedAt >= 500) {
      checkedAt = now;
      try {
        version = String(statSync(file).mtimeMs);
      } catch {
        version = "missing";
      }
    }
    return version;
  };
}
