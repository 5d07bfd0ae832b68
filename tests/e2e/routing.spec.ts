import { expect, test } from "@playwright/test";

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
