import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
      // Route handlers and data modules import "server-only", which throws outside React's server build.
      "server-only": path.join(import.meta.dirname, "tests/fixtures/server-only.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts"],
    environment: "node",
  },
});
