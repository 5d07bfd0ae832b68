import { spawn } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { importContent } from "@/lib/content/import";
import { copyContent, editYaml, indicatorIn } from "../fixtures/content-fixture";
import { createTestDatabase, snapshotDatabase } from "../fixtures/test-database";

const ROOT = path.resolve(import.meta.dirname, "../..");
const { file, prisma } = createTestDatabase();
afterAll(() => prisma.$disconnect());

type PausePoint = "after-deletes" | "before-commit";

/**
 * Runs the real import command against the test database; with `killAt`, the import runs with a pause
 * injected at that point inside its transaction (tests/fixtures/import-paused.ts) and is killed there,
 * so the kill lands inside the transaction however fast or slow the machine is.
 */
function runImport(contentDir: string, killAt?: PausePoint): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    // One process (tsx as a loader, not its CLI, which would run the import in a grandchild the kill misses).
    const command = killAt ? ["tests/fixtures/import-paused.ts", contentDir, killAt] : ["scripts/import-content.ts", contentDir];
    const child = spawn(process.execPath, ["--import", "tsx", ...command], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${file}` },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (killAt && stderr.includes(`import paused ${killAt}`)) child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve({ code, signal, stderr }));
  });
}

describe("an import killed midway", () => {
  it("leaves the previous database, intact and usable; a finished import then writes the new one", async () => {
    await importContent(prisma, path.join(ROOT, "content"));
    await prisma.$disconnect();
    const previous = snapshotDatabase(file);
    expect(previous).not.toContain("2027-01-01");

    // New content that differs from the previous one, so a half-written import would show.
    const changed = copyContent();
    editYaml(changed, "topics/07-hotline.yaml", (t) => {
      indicatorIn(t, "hotline-calls-connected").figures[0].checked = "2027-01-01";
    });

    // Killed with every old row deleted, then with every new row written but not committed.
    for (const point of ["after-deletes", "before-commit"] as const) {
      const run = await runImport(changed, point);
      expect(run.stderr).toContain(`import paused ${point}`);
      expect(run.signal).toBe("SIGKILL");
      const db = new Database(file, { readonly: true });
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      db.close();
      expect(snapshotDatabase(file)).toBe(previous);
    }

    const finished = await runImport(changed);
    expect(finished).toMatchObject({ code: 0, signal: null });
    expect(snapshotDatabase(file)).toContain("2027-01-01");
  }, 120_000);
});
