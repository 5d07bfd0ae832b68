import { expect, test, type Page } from "@playwright/test";

// Residents: older people on phones. Each check runs at the widths they use, in both languages.
const WIDTHS = [320, 390, 1280];
const TOPIC_COUNT = 8;
const PAGE_KINDS = [
  "/",
  "/topics/elderly-care",
  "/indicators/hotline-satisfaction-rate",
  "/sources/jiayuguan-2025",
  "/search?q=%E5%85%BB%E8%80%81",
  "/about",
  "/no-such-page",
];
const LARGE_TEXT_PAGES = ["/", "/topics/elderly-care", "/indicators/education-kindergarten-investment", "/no-such-page"];
const both = (paths: string[]) => [...paths, ...paths.map((p) => (p === "/" ? "/en" : `/en${p}`))];

/** Every visible text node under 18 px, as "size: text". */
const smallTexts = (page: Page) =>
  page.evaluate(() => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || el.closest(".sr-only, script, style, noscript, title, [hidden]")) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (rect.width === 0 || rect.height === 0 || style.visibility === "hidden") continue;
      const size = parseFloat(style.fontSize);
      if (size < 18) small.push(`${size}px: ${node.textContent.trim().slice(0, 30)}`);
    }
    return small;
  });

/**
 * Every visible control or link smaller than 44×44 px. A link inside a sentence is exempt (WCAG 2.5.8's
 * inline exception); a radio button or checkbox is measured by its label, which is what a finger taps.
 */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("a[href], button, input:not([type=hidden]), select, textarea, summary")) {
      if (el.closest(".sr-only")) continue;
      const target = (el instanceof HTMLInputElement && ["radio", "checkbox"].includes(el.type) && el.closest("label")) || el;
      const rect = target.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || getComputedStyle(target).visibility === "hidden") continue;
      const inSentence =
        getComputedStyle(el).display === "inline" && (el.parentElement?.textContent?.trim().length ?? 0) > (el.textContent?.trim().length ?? 0);
      if (inSentence) continue;
      if (rect.width < 43.5 || rect.height < 43.5) small.push(`${Math.round(rect.width)}×${Math.round(rect.height)} ${target.tagName} ${(target.textContent ?? "").trim().slice(0, 20)}`);
    }
    return small;
  });

async function turnOnLargeText(page: Page) {
  await page.addInitScript(() => localStorage.setItem("text-size", "large"));
}

test.describe("finding: topics one tap from every page", () => {
  for (const width of WIDTHS) {
    test(`the header links every topic on every page kind at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const path of both(PAGE_KINDS)) {
        await page.goto(path);
        const en = path.startsWith("/en");
        const nav = page.getByRole("navigation", { name: en ? "Topics" : "主题" });
        await expect(nav, path).toBeVisible();
        const links = nav.getByRole("link");
        await expect(links, path).toHaveCount(TOPIC_COUNT);
        const elderly = nav.getByRole("link", { name: en ? "Elderly care" : "养老服务" });
        await expect(elderly, path).toHaveAttribute("href", en ? "/en/topics/elderly-care" : "/topics/elderly-care");
        // On a phone the list scrolls sideways; a topic further along is one swipe and one tap away.
        await elderly.scrollIntoViewIfNeeded();
        await expect(elderly, path).toBeInViewport();
      }
    });
  }

  test("the home page lists the topics before the figures and charts, within the first screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    const topics = page.getByTestId("home-topics");
    const elderly = topics.getByRole("link", { name: "养老服务" });
    const elderlyTop = (await elderly.boundingBox())!.y;
    expect(elderlyTop).toBeLessThan(844 * 1.5);
    const headlinesTop = (await page.getByRole("heading", { name: "主要成绩" }).boundingBox())!.y;
    expect(elderlyTop).toBeLessThan(headlinesTop);
  });

  test("a card says what its figure measures out of context", async ({ page }) => {
    await page.goto("/");
    const card = page.locator("li", { has: page.getByTestId("card-value").filter({ hasText: "97.02%" }) });
    await expect(card.getByTestId("card-label")).toHaveText("12345热线群众满意率");
    await page.goto("/en");
    const enCard = page.locator("li", { has: page.getByTestId("card-value").filter({ hasText: "97.02%" }) });
    await expect(enCard.getByTestId("card-label")).toHaveText("12345 hotline: residents' satisfaction rate");
  });
});

test.describe("large text that is large", () => {
  for (const width of WIDTHS) {
    test(`no text under 18 px and no target under 44×44 px at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await turnOnLargeText(page);
      for (const path of both(LARGE_TEXT_PAGES)) {
        await page.goto(path);
        await expect(page.locator("html"), path).toHaveAttribute("data-text-size", "large");
        expect(await smallTexts(page), path).toEqual([]);
        expect(await smallTargets(page), path).toEqual([]);
      }
    });
  }

  test("the toggle says whether it is on, in words and to screen readers", async ({ page }) => {
    await page.goto("/topics/hotline");
    const off = page.getByRole("button", { name: "大字模式：关" });
    await expect(off).toHaveAttribute("aria-pressed", "false");
    await off.click();
    const on = page.getByRole("button", { name: "大字模式：开" });
    await expect(on).toHaveAttribute("aria-pressed", "true");
    await expect(on).toBeVisible();
    await page.goto("/en/indicators/hotline-calls-connected");
    await expect(page.getByRole("button", { name: "Large text: on" })).toHaveAttribute("aria-pressed", "true");
  });

  test("large values never break inside a number at 320 px", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await turnOnLargeText(page);
    for (const path of ["/en/indicators/assistance-minimum-living-allowance", "/en/indicators/education-kindergarten-investment", "/indicators/assistance-total-paid", "/en", "/", "/en/topics/social-assistance"]) {
      await page.goto(path);
      const broken = await page.evaluate(() => {
        const out: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>(".figure-value")) {
          const text = el.textContent ?? "";
          // Each run of characters between spaces must sit on one line.
          let offset = 0;
          for (const word of text.split(" ")) {
            const node = el.firstChild;
            if (node && node.nodeType === Node.TEXT_NODE && word) {
              const range = document.createRange();
              range.setStart(node, offset);
              range.setEnd(node, offset + word.length);
              const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              if (tops.size > 1) out.push(text);
            }
            offset += word.length + 1;
          }
          if (el.scrollWidth > el.clientWidth + 1) out.push(`overflows: ${text}`);
        }
        return out;
      });
      expect(broken, path).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0);
    }
  });

  test("the setting holds on the 404 page, which speaks the address's language", async ({ page }) => {
    await turnOnLargeText(page);
    const res = await page.goto("/en/no-such-page");
    expect(res?.status()).toBe(404);
    const html = page.locator("html");
    await expect(html).toHaveAttribute("data-text-size", "large");
    await expect(html).toHaveAttribute("lang", "en");
    await expect(page.getByRole("button", { name: "Large text: on" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Topics" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "主题" })).toBeHidden();
    await page.goto("/no-such-page");
    await expect(html).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("navigation", { name: "主题" })).toBeVisible();
    await expect(page.getByRole("button", { name: "大字模式：开" })).toBeVisible();
  });
});

test.describe("the header", () => {
  test("the English header's first row is one line at 1280 px and the page does not scroll sideways at 390 px", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const path of ["/en", "/"]) {
      await page.goto(path);
      const tops = await page.getByTestId("header-top").evaluate((row) => [...row.children].map((c) => Math.round(c.getBoundingClientRect().top)));
      expect(new Set(tops).size, path).toBe(1);
    }
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto("/en");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});
