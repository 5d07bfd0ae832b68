import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// One page of every type, in both languages.
const PAGE_TYPES = [
  "/",
  "/topics/hotline",
  "/topics/social-assistance",
  "/topics/overview",
  "/indicators/hotline-calls-connected",
  "/indicators/hotline-direct-answer-share",
  "/sources/jiayuguan-2025",
  "/sources",
  "/about",
  "/search?q=%E6%BB%A1%E6%84%8F%E7%8E%87",
  "/search?q=zzzzqqq",
  "/data",
  "/api-docs",
  "/updates",
  "/no-such-page",
];
const ALL_PAGES = [...PAGE_TYPES, ...PAGE_TYPES.map((p) => (p === "/" ? "/en" : `/en${p}`))];

test.describe("accessibility (WCAG 2.1 A and AA and 2.2 AA rules of axe-core)", () => {
  for (const path of ALL_PAGES) {
    test(`no violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
      expect(summary).toEqual([]);
    });
  }
});

test.describe("keyboard", () => {
  test("the skip link comes first and moves focus to the content", async ({ page }) => {
    await page.goto("/topics/hotline");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "跳到正文" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });

  test("every control is reachable, visibly focused, and focus never gets trapped", async ({ page }) => {
    await page.goto("/indicators/hotline-calls-connected");
    const focusable = await page.locator("a[href], button, input, summary, [tabindex='0']").count();
    const seen = new Set<string>();
    let previous = "";
    for (let i = 0; i < focusable + 5; i++) {
      await page.keyboard.press("Tab");
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        // Name and value tell apart radio buttons in groups side by side (a citation's style and language).
        const key = `${el.tagName}|${el.getAttribute("name") ?? ""}|${el.getAttribute("value") ?? ""}|${el.getAttribute("href") ?? ""}|${el.textContent?.trim().slice(0, 40)}|${el.getBoundingClientRect().top}`;
        return { key, outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0, boxShadow: style.boxShadow !== "none" };
      });
      if (!info) continue;
      expect(info.outline || info.boxShadow, `no visible focus on ${info.key}`).toBe(true);
      expect(info.key, "focus is stuck").not.toBe(previous);
      previous = info.key;
      seen.add(info.key);
    }
    // Tab moved through (nearly) every focusable element of the page.
    expect(seen.size).toBeGreaterThanOrEqual(Math.min(focusable, 20));
  });

  test("the search box and the language switch work from the keyboard", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox").focus();
    await page.keyboard.type("满意率");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.getByRole("link", { name: /群众满意率/ }).first()).toBeVisible();
    await page.getByRole("link", { name: "切换到英文版" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/en\/search\?q=/);
  });

  test("English and Chinese passages carry their own lang", async ({ page }) => {
    await page.goto("/en/indicators/hotline-calls-connected");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("blockquote").first()).toHaveAttribute("lang", "zh-CN");
    await page.goto("/sources/jiayuguan-2025");
    await expect(page.getByRole("link", { name: /^English/ }).locator("span").first()).toHaveAttribute("lang", "en");
  });
});

test.describe("security", () => {
  test("every kind of response carries the security headers", async ({ request }) => {
    for (const path of ["/", "/en/topics/hotline", "/indicators/hotline-calls-connected", "/search?q=abc", "/api/v1/topics", "/data/indicators.csv", "/no-such-page"]) {
      const res = await request.get(path);
      const h = res.headers();
      expect(h["x-content-type-options"], path).toBe("nosniff");
      expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(h["permissions-policy"], path).toContain("camera=()");
      const csp = h["content-security-policy"];
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toMatch(/script-src 'self'( '(sha256-[A-Za-z0-9+/=]+|nonce-[A-Za-z0-9+/=]+|strict-dynamic)')*(;|$)/);
      expect(csp, path).not.toContain("unsafe-inline' ;");
      expect(csp.split(";").find((d) => d.trim().startsWith("script-src"))).not.toContain("unsafe-inline");
      expect(csp, path).not.toMatch(/https?:\/\//);
    }
  });

  test("only embeds may be framed", async ({ request }) => {
    const embed = await request.get("/embed/indicators/hotline-calls-connected");
    expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(embed.headers()["x-frame-options"]).toBeUndefined();
    const page = await request.get("/indicators/hotline-calls-connected");
    expect(page.headers()["x-frame-options"]).toBe("DENY");
  });

  test("HSTS is sent when the portal is reached over HTTPS", async ({ request }) => {
    const https = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
    expect(https.headers()["strict-transport-security"]).toContain("max-age=");
    const http = await request.get("/");
    expect(http.headers()["strict-transport-security"]).toBeUndefined();
  });

  test("pages run under their CSP with no violations", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    for (const path of ["/", "/indicators/hotline-calls-connected", "/en/topics/hotline", "/search?q=热线"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    expect(violations).toEqual([]);
  });

  test("a search term that looks like HTML comes back as text", async ({ page }) => {
    let alerted = false;
    page.on("dialog", async (d) => {
      alerted = true;
      await d.dismiss();
    });
    await page.goto(`/search?q=${encodeURIComponent("<script>alert(1)</script>")}`);
    await expect(page.getByText("<script>alert(1)</script>").first()).toBeVisible();
    expect(alerted).toBe(false);
    // The term may appear inside Next's escaped JSON payload, but never as a script of its own.
    expect(await page.locator("script").evaluateAll((s) => s.some((x) => x.textContent?.trim() === "alert(1)"))).toBe(false);
  });

  test("oversized or malformed query strings get a 400, not a 500", async ({ request }) => {
    const long = await request.get(`/api/v1/search?q=${"x".repeat(5000)}`);
    expect(long.status()).toBe(400);
    const malformed = await request.get("/api/v1/indicators?page=%E0%A4%A");
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error.code).toBe("invalid_parameter");
  });
});
