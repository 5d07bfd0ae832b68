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

/** Runs the real import command against the test database and kills it after `ms`. */
function killedImport(contentDir: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    // One process (tsx as a loader, not its CLI, which would run the import in a grandchild the kill misses).
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/import-content.ts", contentDir], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${file}` },
      stdio: "ignore",
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.on("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe("an import killed midway", () => {
  it("leaves either the previous database or the new one, never a mix, and it stays usable", async () => {
    await importContent(prisma, path.join(ROOT, "content"));
    await prisma.$disconnect();
    const previous = snapshotDatabase(file);

    // New content that differs from the previous one, so a half-written import would show.
    const changed = copyContent();
    editYaml(changed, "topics/07-hotline.yaml", (t) => {
      indicatorIn(t, "hotline-calls-connected").figures[0].checked = "2027-01-01";
    });

    const outcomes = new Set<string>();
    // Kill points from start-up through the write; the import takes about a second or two here.
    for (const ms of [300, 900, 1400, 1800, 2300, 3000]) {
      await killedImport(changed, ms);
      const now = snapshotDatabase(file);
      const db = new Database(file, { readonly: true });
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      db.close();
      if (now === previous) outcomes.add("previous");
      else {
        expect(now).toContain("2027-01-01");
        outcomes.add("new");
        // Back to the previous content for the next kill.
        await importContent(prisma, path.join(ROOT, "content"));
        await prisma.$disconnect();
        expect(snapshotDatabase(file)).toBe(previous);
      }
    }
    expect(outcomes.has("previous")).toBe(true);
  }, 120_000);
});
