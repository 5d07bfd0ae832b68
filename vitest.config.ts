import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts"],
    environment: "node",
  },
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Data modules import "server-only", which throws outside React Server Components.
      "server-only": path.resolve(import.meta.dirname, "tests/fixtures/empty-module.ts"),
    },
  },
});
