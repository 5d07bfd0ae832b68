import { copyFileSync, cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Permalinks never break: a fixture content dir (a copy of content/ whose
 * redirects.yaml renames an indicator) is imported into a copy of the
 * database, and the API must answer the old slug with a permanent redirect.
 */

const root = path.resolve(import.meta.dirname, "../..");
const work = mkdtempSync(path.join(tmpdir(), "api-redirect-"));
const contentDir = path.join(work, "content");
const dbFile = path.join(work, "portal.db");

let disconnect: () => Promise<void> = async () => {};

beforeAll(async () => {
  cpSync(path.join(root, "content"), contentDir, { recursive: true });
  writeFileSync(
    path.join(contentDir, "redirects.yaml"),
    "- { from: hotline-satisfaction, to: hotline-satisfaction-rate }\n",
  );
  copyFileSync(path.join(root, "data/portal.db"), dbFile); // already migrated; the import replaces its rows
  process.env.DATABASE_URL = `file:${dbFile}`;
  const [{ loadContent }, { writeContent }, { prisma }] = await Promise.all([
    import("@/lib/content/load"),
    import("@/lib/content/import"),
    import("@/lib/db"),
  ]);
  await writeContent(prisma, loadContent(contentDir));
  disconnect = () => prisma.$disconnect();
}, 60_000);

afterAll(() => disconnect());

const call = async (slug: string, search = "") => {
  const { GET } = await import("@/app/api/v1/indicators/[slug]/route");
  const request = new Request(`http://localhost/api/v1/indicators/${slug}${search}`);
  return GET(request, { params: Promise.resolve({ slug }) } as never);
};

describe("GET /api/v1/indicators/{slug} with a renamed slug", () => {
  it("is redirected permanently by next.config.ts at every address of the indicator, with CORS on the API", async () => {
    const { renamedIndicatorRedirects } = await import("@/lib/content/redirects");
    const redirects = renamedIndicatorRedirects(contentDir);
    for (const [source, destination] of [
      ["/api/v1/indicators/hotline-satisfaction", "/api/v1/indicators/hotline-satisfaction-rate"],
      ["/en/indicators/hotline-satisfaction", "/en/indicators/hotline-satisfaction-rate"],
      ["/embed/en/indicators/hotline-satisfaction", "/embed/en/indicators/hotline-satisfaction-rate"],
      ["/og/en/cards/hotline-satisfaction.png", "/og/en/cards/hotline-satisfaction-rate.png"],
      ["/data/indicators/hotline-satisfaction.json", "/data/indicators/hotline-satisfaction-rate.json"],
    ]) {
      expect(redirects).toContainEqual({ source, destination, permanent: true });
    }
    const config = (await import("@/next.config")).default;
    const headers = await config.headers!();
    const api = headers.find((h) => h.source === "/api/v1/indicators/:slug");
    expect(api?.headers).toContainEqual({ key: "Access-Control-Allow-Origin", value: "*" });
  });

  it("is redirected by the route itself from the imported rename table, keeping the query, with CORS", async () => {
    const res = await call("hotline-satisfaction", "?lang=en");
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe("/api/v1/indicators/hotline-satisfaction-rate?lang=en");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("still serves the new slug", async () => {
    const res = await call("hotline-satisfaction-rate");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.data.slug).toBe("hotline-satisfaction-rate");
  });

  it("answers a slug that never existed with a JSON 404", async () => {
    const res = await call("no-such-indicator");
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("not_found");
  });
});
