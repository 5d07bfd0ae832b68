import path from "node:path";
import { build } from "vite";

/**
 * Builds the desk's page (React + Tailwind through the project's postcss.config.mjs) with Vite into a
 * cache folder; the desk serves the result as static files. A few seconds at start, and no second
 * `next build`: the portal's build never sees the desk.
 */
export async function buildDeskUi(projectDir: string): Promise<string> {
  const root = path.join(projectDir, "lib/desk/ui");
  const outDir = path.join(projectDir, "node_modules/.cache/desk-ui");
  await build({
    configFile: false,
    root,
    base: "/",
    logLevel: "warn",
    css: { postcss: projectDir },
    oxc: { jsx: { runtime: "automatic" } },
    build: { outDir, emptyOutDir: true, sourcemap: false, reportCompressedSize: false },
  });
  return outDir;
}
