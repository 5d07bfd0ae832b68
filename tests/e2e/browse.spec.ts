import { expect, test } from "@playwright/test";

test.describe("browsing the portal", () => {
  test("home → topic → figure → source and back", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("嘉峪关民生指标");

    await page.getByRole("region", { name: "按主题浏览" }).getByRole("link", { name: "12345热线" }).click();
    await expect(page).toHaveURL(/\/topics\/hotline$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("12345热线");

    await page.getByRole("link", { name: /热线语音接通量/ }).first().click();
    await expect(page).toHaveURL(/\/indicators\/hotline-calls-connected$/);
    await expect(page.getByTestId("figure-value")).toHaveText("8.4万余次");

    await page.getByRole("link", { name: "在原文中查看" }).click();
    await expect(page).toHaveURL(/\/sources\/jiayuguan-2025#fig-hotline-calls-connected$/);
    await expect(page.locator("#fig-hotline-calls-connected")).toHaveText("8.4万余次");

    await page.goBack();
    await expect(page).toHaveURL(/\/indicators\/hotline-calls-connected$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/topics\/hotline$/);
  });

  test("a figure page shows its exact value, period, qualifier and quote", async ({ page }) => {
    await page.goto("/indicators/hotline-calls-connected");
    await expect(page.getByTestId("figure-value")).toHaveText("8.4万余次");
    await expect(page.getByText("2024年").first()).toBeVisible();
    const quote = page.locator("blockquote");
    await expect(quote).toHaveText("2024年,嘉峪关市12345政务服务便民热线语音接通8.4万余次,接通率达100%。");
    await expect(quote.locator("mark")).toHaveText("8.4万余次");
    await expect(page.getByRole("region", { name: "数值" }).getByText("原文数字", { exact: true })).toBeVisible();
  });

  test("English pages format numbers for English readers", async ({ page }) => {
    await page.goto("/en/indicators/hotline-calls-connected");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("figure-value")).toHaveText("more than 84,000 calls");
    await page.goto("/en/topics/education");
    await expect(page.getByRole("region", { name: /^Figures/ }).getByText("CNY 150 million")).toBeVisible();
  });

  test("a derived figure shows its formula and links to its inputs", async ({ page }) => {
    await page.goto("/indicators/hotline-direct-answer-share");
    await expect(page.getByTestId("figure-value")).toHaveText("约67.9%");
    await expect(page.getByRole("region", { name: "数值" }).getByText("本站计算", { exact: true })).toBeVisible();
    const inputs = page.getByRole("region", { name: "计算方法" });
    await expect(inputs.getByRole("link", { name: "直接答复的诉求", exact: true })).toHaveAttribute(
      "href",
      "/indicators/hotline-direct-answers",
    );
  });

  test("the language switch keeps the page", async ({ page }) => {
    await page.goto("/topics/elderly-care");
    await page.getByRole("link", { name: "切换到英文版" }).click();
    await expect(page).toHaveURL(/\/en\/topics\/elderly-care$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Elderly care");
    await page.getByRole("link", { name: "Switch to Chinese" }).click();
    await expect(page).toHaveURL(/\/topics\/elderly-care$/);
    await expect(page).not.toHaveURL(/\/zh\//);
  });

  test("pages declare both languages to search engines", async ({ page }) => {
    await page.goto("/indicators/hotline-calls-connected");
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      "href",
      /\/en\/indicators\/hotline-calls-connected$/,
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/indicators\/hotline-calls-connected$/);
  });

  test("unknown pages answer 404 with a page in both languages that needs no JavaScript", async ({ browser }) => {
    // Readers on a slow phone see it before any script arrives; with scripts off it must still say what happened.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of ["/indicators/no-such-figure", "/en/nowhere", "/topics/no-such-topic/deeper"]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到这个页面");
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expect(page.getByRole("link", { name: "回到首页" })).toHaveAttribute("href", "/");
      await expect(page.getByRole("link", { name: "Back to the home page" })).toHaveAttribute("href", "/en");
    }
    await page.getByRole("searchbox", { name: "Search" }).fill("热线");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/search\?q=/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("热线");
    await context.close();
  });

  test("the public portal has no editors' desk: its pages and API are 404s", async ({ request }) => {
    for (const path of ["/desk", "/desk/", "/en/desk", "/api/review", "/api/publish"]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
    expect((await request.post("/api/publish", { data: {} })).status()).not.toBe(202);
  });

  test("the source page shows the whole article with every figure highlighted", async ({ page }) => {
    await page.goto("/sources/jiayuguan-2025");
    await expect(page.getByText("于晓明、白艳华、朱玲")).toBeVisible();
    const marks = page.locator("article mark.figure-mark");
    expect(await marks.count()).toBeGreaterThanOrEqual(75);
    await expect(page.locator("#fig-education-gaokao-undergraduate-rate")).toHaveText("70.81%");
  });

  test("pages fit a 360 px phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ["/", "/topics/hotline", "/indicators/hotline-calls-connected", "/sources/jiayuguan-2025", "/en/about"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test("the CSV opens in Excel: BOM, CRLF and every figure with its quote", async ({ request }) => {
  const response = await request.get("/data/indicators.csv");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.toString("utf8");
  expect(text).toContain("\r\n");
  expect(text.split("\r\n")[0]).toBe(
    "\ufeffindicator,topic,name_zh,name_en,value,unit,qualifier,period,value_as_written,derived,source_quote,source,url,period_zh,checked,added,citation_zh,citation_en",
  );
  expect(text).toContain("hotline-calls-connected,hotline,");
  expect(text).toContain(",84000,call,more-than,2024,8.4万余次,false,");
});
