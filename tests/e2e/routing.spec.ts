import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startLocalNginx, type LocalNginx } from "../../deploy/local-nginx";
import { get } from "../../scripts/bench/http";
import { startPortal, type Portal } from "../../scripts/bench/portal";

/** The CSP a response allows, as its list of script sources. */
const scriptSources = (csp: string | null) => (csp ?? "").split(";").find((d) => d.trim().startsWith("script-src"))?.trim() ?? "";

test.describe("the page a rewrite serves carries its own script hashes", () => {
  const slug = "hotline-calls-connected";

  test("an embed asked for in English with ?lang=en runs its scripts under its own CSP", async ({ page, request }) => {
    const english = await request.get(`/embed/en/indicators/${slug}`);
    const viaQuery = await request.get(`/embed/indicators/${slug}?lang=en`);
    expect(viaQuery.status()).toBe(200);
    expect(scriptSources(viaQuery.headers()["content-security-policy"])).toContain("sha256-");
    expect(scriptSources(viaQuery.headers()["content-security-policy"])).toBe(scriptSources(english.headers()["content-security-policy"]));

    const violations: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`/embed/indicators/${slug}?lang=en`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("embed-value")).toContainText("calls");
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });

  test("the Chinese embed keeps its address and its language", async ({ page }) => {
    const response = await page.goto(`/embed/indicators/${slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    expect((await page.request.get(`/embed/zh/indicators/${slug}`, { maxRedirects: 0 })).status()).toBe(308);
  });
});

/**
 * A renamed indicator through `npm run serve` and through deploy/nginx.conf: content with a fixture
 * rename (content/redirects.yaml stays empty in the real content) is imported into a temp database,
 * which a server over the real build serves. Ports: E2E_PORT + 20 (the server), + 21 (nginx).
 */
test.describe("a renamed indicator redirects everywhere it was linked", () => {
  test.describe.configure({ mode: "serial" });
  const BASE = Number(process.env.E2E_PORT ?? 3000) + 20;
  // An old slug no indicator has, renamed to one every build pre-renders.
  const from = "hotline-calls";
  const to = "hotline-calls-connected";
  let portal: Portal | undefined;
  let nginx: LocalNginx | undefined;
  let work = "";

  test.beforeAll(async ({}, info) => {
    test.skip(info.project.name !== "desktop", "one browser project is enough");
    info.setTimeout(180_000);
    work = mkdtempSync(path.join(tmpdir(), "renamed-"));
    cpSync("content", path.join(work, "content"), { recursive: true });
    writeFileSync(path.join(work, "content/redirects.yaml"), `- { from: ${from}, to: ${to} }\n`);
    copyFileSync("data/portal.db", path.join(work, "portal.db")); // migrated; the import replaces its rows
    const env = { ...process.env, DATABASE_URL: `file:${path.join(work, "portal.db")}` };
    const imported = spawnSync(process.execPath, ["--import", "tsx", "scripts/import-content.ts", path.join(work, "content")], { env, encoding: "utf8" });
    expect(imported.status, imported.stderr).toBe(0);
    portal = await startPortal(BASE, 90_000, { env: { DATABASE_URL: env.DATABASE_URL } });
    nginx = await startLocalNginx(BASE + 1, [BASE, BASE]);
  });
  test.afterAll(async () => {
    await nginx?.stop();
    await portal?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const addresses = [
    [`/indicators/${from}`, `/indicators/${to}`],
    [`/en/indicators/${from}`, `/en/indicators/${to}`],
    [`/embed/indicators/${from}?lang=en`, `/embed/indicators/${to}?lang=en`],
    [`/embed/en/indicators/${from}`, `/embed/en/indicators/${to}`],
    [`/og/zh/indicators/${from}.png`, `/og/zh/indicators/${to}.png`],
    [`/og/en/cards/${from}.png`, `/og/en/cards/${to}.png`],
    [`/data/indicators/${from}.csv`, `/data/indicators/${to}.csv`],
    [`/data/indicators/${from}.json`, `/data/indicators/${to}.json`],
    [`/api/v1/indicators/${from}?lang=en`, `/api/v1/indicators/${to}?lang=en`],
  ];

  for (const via of ["npm run serve", "nginx"] as const) {
    test(`through ${via}: 308 to the same address of the new slug, in the same language`, async () => {
      const origin = via === "nginx" ? nginx!.origin : portal!.origin;
      for (const [old, renamed] of addresses) {
        const res = await get(origin + old);
        expect(res.status, old).toBe(308);
        expect(res.headers.location, old).toBe(renamed);
        expect(res.headers["x-content-type-options"], old).toBe("nosniff");
        expect(res.headers["content-security-policy"], old).toContain("script-src 'self'");
        // The new address answers.
        const landed = await get(origin + renamed);
        expect(landed.status, renamed).toBe(200);
      }
      const api = await get(origin + `/api/v1/indicators/${from}`);
      expect(api.headers["access-control-allow-origin"]).toBe("*");
      // A page that follows the redirect shows the figure under its new address.
      expect((await get(origin + `/en/indicators/${to}`)).body.toString()).toContain(`/en/indicators/${to}`);
    });
  }
});

test.describe("a figure page made on request (beyond the build's limit)", () => {
  test("carries a fresh nonce its scripts use, never hashes taken from its own HTML", async ({ request }) => {
    // Which figure pages the build pre-rendered: the CSP hash table lists each (scripts/csp-hashes.ts).
    const prerendered = new Set(Object.keys(JSON.parse(readFileSync(".next/csp-hashes.json", "utf8")) as Record<string, string[]>));
    const { data } = (await (await request.get("/api/v1/indicators?per_page=100")).json()) as { data: { slug: string }[] };
    const slug = data.map((i) => i.slug).find((s) => !prerendered.has(`/indicators/${s}`));
    test.skip(!slug, "every indicator is pre-rendered in this build (PORTAL_PRERENDER_INDICATORS above the count)");
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await request.get(`/indicators/${slug}`);
      expect(res.status()).toBe(200);
      const sources = scriptSources(res.headers()["content-security-policy"]);
      const nonce = /'nonce-([^']+)'/.exec(sources)?.[1];
      expect(nonce, sources).toBeTruthy();
      expect(sources).toContain("'strict-dynamic'");
      const html = await res.text();
      // Every inline script of Next's carries this response's nonce.
      expect(html).toContain(`nonce="${nonce}"`);
      nonces.push(nonce!);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });
});
