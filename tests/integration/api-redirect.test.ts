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
  it("is redirected permanently by next.config.ts, with CORS so other sites' pages can follow it", async () => {
    const { renamedIndicatorRedirects } = await import("@/lib/content/redirects");
    expect(renamedIndicatorRedirects(contentDir)).toContainEqual({
      source: "/api/v1/indicators/hotline-satisfaction",
      destination: "/api/v1/indicators/hotline-satisfaction-rate",
      permanent: true,
    });
    const config = (await import("@/next.config")).default;
    const headers = await config.headers!();
    const api = headers.find((h) => h.source === "/api/v1/indicators/:slug");
    expect(api?.headers).toContainEqual({ key: "Access-Control-Allow-Origin", value: "*" });
  });

  it("is not answered by the route itself: a slug no indicator has is a JSON 404", async () => {
    const res = await call("hotline-satisfaction");
    expect(res.status).toBe(404);
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
