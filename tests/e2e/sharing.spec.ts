import { expect, test } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";

const FIGURE_PAGE = "/indicators/hotline-calls-connected";
// The browser's clock, fixed where the UTC and China (UTC+8) dates differ: a printout is dated in
// China's calendar whatever the runner's clock or time zone says.
const NEW_YEAR_IN_CHINA = new Date("2025-12-31T17:00:00Z");
const NEW_YEAR_IN_CHINA_ZH = "2026年1月1日";

test.describe("sharing and reach", () => {
  test("figure pages point link previews at their own 1200×630 share image", async ({ page, request }) => {
    await page.goto(FIGURE_PAGE);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toMatch(/\/og\/zh\/indicators\/hotline-calls-connected\.png$/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "嘉峪关市热线语音接通量：8.4万余次");
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", /\/indicators\/hotline-calls-connected$/);

    const png = await request.get(new URL(image!).pathname);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    const decoded = PNG.sync.read(await png.body());
    expect([decoded.width, decoded.height]).toEqual([1200, 630]);
  });

  test("share images exist for a sample of figures and topics in both languages", async ({ request }) => {
    for (const path of [
      "/og/zh/indicators/education-gaokao-undergraduate-rate.png",
      "/og/en/indicators/hotline-direct-answer-share.png",
      "/og/zh/topics/elderly-care.png",
      "/og/en/home.png",
    ]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      const { width, height } = PNG.sync.read(await res.body());
      expect([width, height], path).toEqual([1200, 630]);
    }
  });

  test("a share image with Chinese text is not blank", async ({ request }) => {
    const res = await request.get("/og/zh/indicators/hotline-calls-connected.png");
    const { data, width, height } = PNG.sync.read(await res.body());
    // Count dark pixels (the text): a blank card or one with missing glyphs has almost none.
    let dark = 0;
    for (let i = 0; i < width * height * 4; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 300) dark++;
    expect(dark / (width * height)).toBeGreaterThan(0.02);
  });

  test("the QR code decodes to the page's URL", async ({ page }) => {
    await page.goto(FIGURE_PAGE);
    const url = await page.getByTestId("share-url").textContent();
    expect(url).toMatch(/\/indicators\/hotline-calls-connected$/);
    const qr = page.getByTestId("share-qr");
    await page.setViewportSize({ width: 1280, height: 900 });
    const shot = PNG.sync.read(await qr.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height);
    expect(decoded?.data).toBe(url);
  });

  test("the share control copies the page's URL where there is no share sheet", async ({ page, context, browserName }) => {
    test.skip(browserName !== "chromium");
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.addInitScript(() => {
      // Headless Chromium may expose a share sheet; readers on desktop browsers usually have none.
      Object.defineProperty(navigator, "share", { value: undefined });
    });
    await page.goto("/en/topics/hotline");
    await page.getByTestId("share-button").click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/en\/topics\/hotline$/);
  });

  test("printing hides navigation and share controls and adds the URL and date", async ({ page }) => {
    await page.clock.setFixedTime(NEW_YEAR_IN_CHINA);
    await page.goto(FIGURE_PAGE);
    await page.emulateMedia({ media: "print" });
    // What the browser does when the reader prints (Playwright cannot open the print dialog).
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await expect(page.locator("header").first()).toBeHidden();
    await expect(page.getByRole("heading", { name: "分享" })).toBeHidden();
    await expect(page.locator("footer")).toBeHidden();
    await expect(page.getByTestId("figure-value")).toBeVisible();
    await expect(page.locator("blockquote")).toBeVisible();
    const footer = page.getByTestId("print-footer");
    await expect(footer).toBeVisible();
    await expect(footer).toContainText("/indicators/hotline-calls-connected");
    await expect(footer).toContainText(NEW_YEAR_IN_CHINA_ZH);
  });

  test("printing before the page's scripts have run still dates the printout", async ({ page }) => {
    // A slow phone: the reader prints while the scripts are still on their way (the stylesheet is let through).
    let releaseScripts = () => {};
    const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
    await page.route("**/_next/static/chunks/*.js", async (route) => {
      await scriptsHeld;
      await route.continue();
    });
    await page.clock.setFixedTime(NEW_YEAR_IN_CHINA);
    await page.goto(FIGURE_PAGE, { waitUntil: "domcontentloaded" });
    await page.emulateMedia({ media: "print" });
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    releaseScripts();
    await expect(page.getByTestId("print-footer")).toContainText(NEW_YEAR_IN_CHINA_ZH);
  });

  test("large-text mode persists across a reload and keeps pages usable at 360 px", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/topics/social-assistance");
    const toggle = page.getByTestId("text-size-toggle");
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-text-size", "large");
    await expect(page.getByTestId("text-size-toggle")).toHaveAttribute("aria-pressed", "true");
    const after = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(after).toBeGreaterThan(before);
  });

  test("at 200% text size no page scrolls sideways at 360 px", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ["/", "/topics/hotline", FIGURE_PAGE, "/en/indicators/assistance-total-paid", "/updates"]) {
      await page.goto(path);
      await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test("the Atom feed parses as XML and lists every figure and every source with absolute links", async ({ page, request }) => {
    const csv = await (await request.get("/data/indicators.csv")).text();
    const indicatorCount = new Set(csv.trim().split("\r\n").slice(1).map((line) => line.split(",")[0])).size;
    for (const path of ["/feed.xml", "/en/feed.xml"]) {
      const res = await request.get(path);
      expect(res.headers()["content-type"]).toContain("application/atom+xml");
      const xml = await res.text();
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, "application/xml");
        if (doc.querySelector("parsererror")) return null;
        return [...doc.querySelectorAll("entry > link")].map((l) => l.getAttribute("href"));
      }, xml);
      expect(parsed, path).not.toBeNull();
      const figures = parsed!.filter((href) => /^https?:\/\/[^/]+\/(en\/)?indicators\/[a-z0-9-]+$/.test(href ?? ""));
      const sources = parsed!.filter((href) => /^https?:\/\/[^/]+\/(en\/)?sources\/[a-z0-9-]+$/.test(href ?? ""));
      expect(figures.length, path).toBe(indicatorCount);
      expect(sources, path).toEqual([expect.stringMatching(/\/sources\/jiayuguan-2025$/)]);
      expect(parsed!.length, path).toBe(indicatorCount + 1);
    }
  });

  test("the what's new page lists figures by date", async ({ page }) => {
    await page.goto("/updates");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("最近更新");
    await expect(page.getByRole("link", { name: "热线语音接通量" })).toBeVisible();
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/feed\.xml$/);
  });
});
