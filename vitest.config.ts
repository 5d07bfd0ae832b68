import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // "server-only" throws outside React Server Components; data modules are tested in plain Node.
      "server-only": path.resolve(import.meta.dirname, "tests/fixtures/server-only.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts"],
    environment: "node",
    // Import tests share one SQLite file per worker; keep them in one thread on 2 cores.
    fileParallelism: false,
    testTimeout: 30_000,
    // Import tests load the real content in beforeAll: seconds alone, over 10 s (the default) on a busy 2-core machine.
    hookTimeout: 30_000,
  },
});
