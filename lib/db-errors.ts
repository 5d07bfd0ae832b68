/**
 * Whether an error means the database cannot be used at all (file missing, unreadable,
 * or never migrated), as opposed to a bug: the API then answers 503, not 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; cause?: unknown } | null;
  if (!e) return false;
  const code = typeof e.code === "string" ? e.code : "";
  const message = typeof e.message === "string" ? e.message : "";
  return (
    ["P1001", "P1003", "P2021", "SQLITE_CANTOPEN", "SQLITE_NOTADB", "SQLITE_CORRUPT"].includes(code) ||
    /SQLITE_CANTOPEN|SQLITE_NOTADB|no such table|unable to open database|directory does not exist|file is not a database/i.test(message) ||
    (e.cause !== undefined && e.cause !== error && isDatabaseUnavailable(e.cause))
  );
}
