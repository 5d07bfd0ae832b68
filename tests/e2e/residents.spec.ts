import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";

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
      let block = el.parentElement;
      while (block && getComputedStyle(block).display.startsWith("inline")) block = block.parentElement;
      const inSentence =
        getComputedStyle(el).display === "inline" && (block?.textContent?.trim().length ?? 0) > (el.textContent?.trim().length ?? 0);
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
      // Every page kind in both languages; a fresh server's first search also builds its index.
      test.setTimeout(60_000);
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
          // Each run of characters between spaces that holds a digit must sit on one line.
          let offset = 0;
          for (const word of text.split(" ")) {
            const node = el.firstChild;
            if (node && node.nodeType === Node.TEXT_NODE && /\d/.test(word)) {
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

test.describe("sharing from a phone", () => {
  for (const width of [320, 390]) {
    test(`the share control is within the first two screens of a figure page at ${width} px, in large text too`, async ({ page }) => {
      for (const large of [false, true]) {
        await page.setViewportSize({ width, height: 700 });
        if (large) await turnOnLargeText(page);
        for (const path of ["/indicators/education-kindergartens-built", "/en/indicators/hotline-satisfaction-rate"]) {
          await page.goto(path);
          const top = (await page.getByTestId("share-button").boundingBox())!.y;
          expect(top, `${path} large=${large}`).toBeLessThan(2 * 700);
          await expect(page.getByTestId("share-card-image"), path).toBeVisible();
        }
      }
    });
  }

  test("the square save-image card centres the figure and its QR code leads to the page", async ({ page, request }) => {
    await page.goto("/indicators/education-kindergartens-built");
    await expect(page.getByTestId("figure-value")).toHaveText("6所");
    const href = await page.getByTestId("share-card-image").getAttribute("href");
    expect(href).toBe("/og/zh/cards/education-kindergartens-built.png");
    const res = await request.get(href!);
    expect(res.status()).toBe(200);
    const png = PNG.sync.read(await res.body());
    expect([png.width, png.height]).toEqual([1080, 1080]);
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toMatch(/\/indicators\/education-kindergartens-built$/);
    // The figure sits in the middle band: dark (text) pixels on both halves of the centre line.
    const darkIn = (x0: number, x1: number, y0: number, y1: number) => {
      let dark = 0;
      for (let y = y0; y < y1; y++)
        for (let x = x0; x < x1; x++) {
          const i = (y * png.width + x) * 4;
          if (png.data[i] + png.data[i + 1] + png.data[i + 2] < 300) dark++;
        }
      return dark;
    };
    expect(darkIn(340, 540, 300, 620)).toBeGreaterThan(500);
    expect(darkIn(540, 740, 300, 620)).toBeGreaterThan(500);
  });

  test("the link preview names the city and says what the figure measures", async ({ page }) => {
    await page.goto("/indicators/hotline-satisfaction-rate");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "嘉峪关市12345热线群众满意率：97.02%");
    await page.goto("/en/indicators/hotline-satisfaction-rate");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Jiayuguan · 12345 hotline: residents' satisfaction rate: 97.02%");
  });

  test("a topic's preview title names the portal (总览 alone says nothing in a chat)", async ({ page }) => {
    await page.goto("/topics/overview");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "总览 · 嘉峪关民生指标");
    await page.goto("/en/topics/overview");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /^Overview · .*Jiayuguan/);
  });

  test("the QR code stays on paper; buttons and embed code do not", async ({ page }) => {
    await page.goto("/indicators/hotline-calls-connected");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("share-qr")).toBeVisible();
    await expect(page.getByTestId("share-button")).toBeHidden();
    await expect(page.getByTestId("embed-code")).toBeHidden();
    await expect(page.getByTestId("cite-chosen")).toBeVisible();
  });
});

test.describe("citing without scrolling", () => {
  const pdfPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

  for (const path of ["/indicators/education-kindergartens-built", "/indicators/hotline-direct-answer-share", "/en/indicators/assistance-total-paid"]) {
    test(`${path} prints at 12 pt, and keeps large text on paper, within two A4 pages`, async ({ page }) => {
      for (const large of [false, true]) {
        if (large) await turnOnLargeText(page);
        await page.goto(path);
        await page.emulateMedia({ media: "print" });
        const body = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
        // 12 pt is 16 CSS px; large text prints larger, as the reader chose.
        expect(body, `large=${large}`).toBe(large ? 20 : 16);
        const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
        // At 12 pt a figure with a long citation no longer fits one page (it did at 11 pt).
        expect(pdfPages(pdf), `large=${large}`).toBeLessThanOrEqual(2);
      }
    });
  }

  test("one citation shows, with a choice of style and language", async ({ page }) => {
    await page.goto("/indicators/hotline-satisfaction-rate");
    const chosen = page.getByTestId("cite-chosen");
    await expect(page.getByTestId("cite").locator("p[lang]")).toHaveCount(1);
    await expect(chosen).toContainText("[EB/OL]");
    await expect(chosen).toHaveAttribute("lang", "zh-CN");
    await page.getByRole("radio", { name: "英文" }).check();
    await expect(chosen).toHaveAttribute("lang", "en");
    await expect(chosen).toContainText("/en/indicators/hotline-satisfaction-rate");
    await page.getByRole("radio", { name: "APA" }).check();
    await expect(chosen).toContainText("(n.d.)");
    await expect(page.getByTestId("cite-sentence")).toHaveText(
      "嘉峪关市，2024年，12345热线群众满意率：97.02%（来源：于晓明、白艳华、朱玲《雄关大地幸福成色足——嘉峪关市全面打造民生幸福典范城市》）。",
    );
  });
});

test.describe("who runs it", () => {
  test("the footer and the About page name the operator and the contact, in each language", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("operator")).toHaveText("主办单位：嘉峪关民生指标开源项目组");
    await expect(page.getByTestId("site-footer").getByRole("link", { name: "corrections@jiayuguan-indicators.example" })).toBeVisible();
    // content/city.yaml gives no ICP record number, so none is shown.
    await expect(page.getByTestId("icp")).toHaveCount(0);
    await page.goto("/en/about");
    await expect(page.getByTestId("about-who")).toContainText("This site is run and maintained by The Jiayuguan Livelihood Indicators open-source project.");
    await expect(page.getByTestId("operator")).toHaveText("Run by The Jiayuguan Livelihood Indicators open-source project");
  });
});

test.describe("search that answers residents", () => {
  const refs = (page: Page) => page.getByTestId("search-results").locator("li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-ref")));

  test("a topic and its figures come before sentences, with names in the page's language", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("养老")}`);
    const kinds = await page.getByTestId("search-results").locator("li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-kind")));
    expect(kinds[0]).toBe("topic");
    expect((await refs(page))[0]).toBe("elderly-care");
    // No sentence or voice above a topic or figure.
    const firstOther = kinds.findIndex((k) => k === "sentence" || k === "story");
    if (firstOther >= 0) expect(kinds.slice(firstOther).every((k) => k === "sentence" || k === "story")).toBe(true);
    await page.goto(`/en/search?q=${encodeURIComponent("热线")}`);
    const first = page.getByTestId("search-results").locator("li").first();
    await expect(first).toHaveAttribute("data-ref", "hotline");
    await expect(first.locator("h3")).toHaveText("12345 hotline");
    await expect(page.getByTestId("search-results").locator("li[data-ref=hotline-satisfaction-rate] h3 a")).toHaveText("12345 hotline: residents' satisfaction rate");
  });

  for (const [q, expected] of [
    ["养老院", "elderly-care-facility-subsidies"],
    ["低保", "assistance-minimum-living-allowance"],
    ["看病", "health"],
    ["幼儿园 6所", "education-kindergartens-built"],
    ["養老院", "elderly-care-facility-subsidies"],
    ["dibao", "assistance-minimum-living-allowance"],
  ] as const) {
    test(`"${q}" finds ${expected} among the first three (synonyms, vocabulary, traditional characters)`, async ({ page }) => {
      await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect((await refs(page)).slice(0, 3)).toContain(expected);
    });
  }

  test("an English word content never uses finds what it means (nursing → care home, elderly care)", async ({ page }) => {
    await page.goto("/en/search?q=nursing");
    const found = await refs(page);
    expect(found).toEqual(expect.arrayContaining(["elderly-care", "health-care-homes-paired-with-clinics"]));
  });

  test("what matches every word of a query comes first", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("幼儿园 6所")}`);
    expect((await refs(page))[0]).toBe("education-kindergartens-built");
  });

  test("no result is no dead end: the nearest figures and every topic are offered", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("<b>script</b> alert 1")}`);
    await expect(page.locator("#results-heading")).toContainText("没有找到");
    await expect(page.getByTestId("search-nearest").locator("li").first()).toBeVisible();
    await expect(page.getByTestId("search-topics").getByRole("link")).toHaveCount(8);
  });

  test("the page refuses what the API refuses, with the same bounds, and never echoes a refused query", async ({ page, request }) => {
    const long = "长".repeat(101);
    for (const [query, message] of [
      [`q=${encodeURIComponent(long)}`, "最多 100 个字符"],
      ["q=%00", "没有可查找的内容"],
      [`q=${encodeURIComponent("热线")}&page=-1`, "页码从 1 到 1000"],
    ] as const) {
      await page.goto(`/search?${query}`);
      await expect(page.getByTestId("search-refused")).toContainText(message);
      await expect(page.getByTestId("search-results")).toHaveCount(0);
      expect(await page.title()).not.toContain(long);
      expect((await request.get(`/api/v1/search?${query}`)).status()).toBe(400);
    }
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("搜索");
  });

  test("a source sentence links to its own place in the source, which is there", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("零工驿站")}`);
    const link = page.locator("li[data-kind=sentence] h3 a").first();
    const href = (await link.getAttribute("href"))!;
    expect(href).toMatch(/^\/sources\/[a-z0-9-]+#s-\d+$/);
    await link.click();
    await expect(page.locator(`[id="${href.split("#")[1]}"]`)).toHaveCount(1);
  });

  test("the count is the API's total and the pages hold every result, in the API's order", async ({ page, request }) => {
    const api = await (await request.get(`/api/v1/search?q=${encodeURIComponent("老")}&limit=50`)).json();
    // More than one page, within the API's 50.
    expect(api.total).toBeGreaterThan(20);
    expect(api.total).toBeLessThanOrEqual(50);
    const pages = Math.ceil(api.total / 20);
    await page.goto(`/search?q=${encodeURIComponent("老")}`);
    await expect(page.locator("#results-heading")).toHaveText(`“老”共找到 ${api.total} 条结果`);
    const seen: string[] = [];
    for (let n = 1; ; n++) {
      seen.push(...((await refs(page)) as string[]));
      const next = page.getByTestId("search-pages").getByRole("link", { name: "下一页" });
      if ((await next.count()) === 0) break;
      await expect(page.getByTestId("search-pages")).toContainText(`第 ${n} 页，共 ${pages} 页`);
      await next.click();
      // Read the next page only once it is there, not the one still on screen.
      await expect(page.getByTestId("search-pages")).toContainText(`第 ${n + 1} 页，共 ${pages} 页`);
    }
    expect(seen).toHaveLength(api.total);
    expect(seen).toEqual(api.data.map((d: { ref: string }) => d.ref));
  });
});

test.describe("embeds", () => {
  test("the pasted embed code makes the iframe as tall as its content, from 320 to 1280 px", async ({ page, baseURL }) => {
    await page.goto("/en/indicators/assistance-total-paid");
    const code = (await page.getByTestId("embed-code").textContent())!;
    // The code names the public SITE_URL; point it at the server under test.
    const portal = new URL(code.match(/src="([^"]+)"/)![1]).origin;
    const html = `<!doctype html><meta name="viewport" content="width=device-width"><h1>A newsroom's story</h1>${code.replaceAll(portal, baseURL!)}<p>After the embed.</p>`;
    const server = createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html" }).end(html));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const otherHost = new URL(baseURL!).hostname === "localhost" ? "127.0.0.1" : "localhost";
    try {
      for (const width of [320, 390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`http://${otherHost}:${port}/story`);
        const frame = page.frameLocator("iframe");
        await expect(frame.getByTestId("embed-value")).toHaveText("CNY 12,699,100");
        const content = await frame.locator("html").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
        await expect.poll(async () => (await page.locator("iframe").boundingBox())!.height, `${width} px`).toBeCloseTo(content, 0);
      }
    } finally {
      server.close();
    }
  });
});
