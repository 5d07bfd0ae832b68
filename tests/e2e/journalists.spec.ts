import { expect, test } from "@playwright/test";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parse } from "csv-parse/sync";

/** Browser and HTTP tests of the journalists' toolkit: downloads, citations, embeds and search. */

const FIGURE = "hotline-satisfaction-rate";

test.describe("downloads", () => {
  test("the CSV parses and its values equal the API's", async ({ request }) => {
    const res = await request.get("/data/indicators.csv");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("text/csv");
    const rows = parse((await res.text()).replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(50);

    const api = new Map<string, number>();
    for (let page = 1; ; page++) {
      const body = await (await request.get(`/api/v1/indicators?per_page=100&page=${page}`)).json();
      for (const i of body.data) api.set(i.slug, i.latest.value);
      if (!body.pagination.next) break;
    }
    const latestInCsv = new Map<string, number>();
    for (const row of rows) latestInCsv.set(row.indicator, Number(row.value)); // rows are oldest first per indicator
    expect([...latestInCsv.keys()].sort()).toEqual([...api.keys()].sort());
    for (const [slug, value] of latestInCsv) expect(value, slug).toBe(api.get(slug));
    // Every row says where it comes from.
    for (const row of rows) {
      expect(row.citation_zh).toContain("于晓明");
      expect(row.url).toContain(`/indicators/${row.indicator}`);
    }
  });

  test("per-figure CSV and JSON carry the source and citation", async ({ request }) => {
    const csv = parse((await (await request.get(`/data/indicators/${FIGURE}.csv`)).text()).replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
    expect(csv[0]).toMatchObject({ indicator: FIGURE, value: "97.02" });
    expect(csv[0].citation_zh).toContain("[出版者不详]");
    const json = await (await request.get(`/data/indicators/${FIGURE}.json`)).json();
    expect(json.sources[0].authors).toEqual(["于晓明", "白艳华", "朱玲"]);
    expect(json.data.citations.apa.en).toContain("(n.d.)");
    expect(json.licence.url).toMatch(/^https:/);
  });

  test("the Data Package describes the CSV's header", async ({ request }) => {
    const pkg = await (await request.get("/data/datapackage.json")).json();
    const csv = (await (await request.get("/data/indicators.csv")).text()).replace(/^\uFEFF/, "");
    const [header] = parse(csv, { to_line: 1 }) as string[][];
    expect(pkg.resources[0].schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
    expect(pkg.licenses[0].path).toMatch(/^https:/);
  });

  test("the data page links every download", async ({ page }) => {
    await page.goto("/en/data");
    for (const href of ["/data/indicators.csv", "/data/indicators-utf8.csv", "/data/indicators.xlsx", "/data/indicators.json", "/data/datapackage.json"]) {
      await expect(page.locator(`a[href="${href}"]`)).toHaveCount(1);
    }
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
    expect(JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)["@type"]).toBe("Dataset");
  });
});

test.describe("citation", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("the copied attribution contains the figure, the page's URL and the day of copying", async ({ page }) => {
    // The page was rendered at build time; the access date must be the reader's day, in China's time zone.
    await page.clock.setFixedTime(new Date("2027-03-04T18:30:00Z"));
    await page.goto(`/indicators/${FIGURE}`);
    // One citation shows at a time; the reader picks its style (and language).
    await expect(page.getByTestId("cite-chosen")).toContainText("[EB/OL]");
    await page.getByRole("radio", { name: "一句话来源说明" }).check();
    await expect(page.getByTestId("cite-chosen")).toContainText("据《雄关大地幸福成色足");
    await page.getByRole("button", { name: "复制一句话来源说明（中文）" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已复制" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("97.02%");
    expect(copied).toMatch(new RegExp(`https?://[^ ]+/indicators/${FIGURE}`));
    expect(copied).toContain("据《雄关大地幸福成色足");
    expect(copied).toContain("访问日期：2027年3月5日");
  });

  test("the English APA reference names the figure, n.d. and the English URL", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2027-03-04T08:00:00Z"));
    await page.goto(`/en/indicators/${FIGURE}`);
    await page.getByRole("radio", { name: "APA" }).check();
    await page.getByRole("button", { name: "Copy APA (English)" }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("(n.d.)");
    expect(copied).toContain("Retrieved March 4, 2027, from");
    expect(copied).toContain("97.02%");
    expect(copied).toMatch(new RegExp(`/en/indicators/${FIGURE}$`));
  });

  test("the value button copies a sentence a reader can paste: place, period, what, value, source", async ({ page }) => {
    await page.goto(`/en/indicators/${FIGURE}`);
    await page.getByRole("button", { name: "Copy this sentence" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `12345 hotline: residents' satisfaction rate — Jiayuguan, 2024: 97.02% (source: Yu Xiaoming, Bai Yanhua, Zhu Ling, "Happiness shines bright across the land of Xiongguan: Jiayuguan builds a model city of people's wellbeing").`,
    );
  });
});

test.describe("embed", () => {
  test("renders inside an iframe on another origin", async ({ page, baseURL }) => {
    // A newsroom's page on another origin, served by a real local server: Chromium refuses to let
    // a page it considers public (such as a routed fake host) frame a loopback address.
    const html = `<!doctype html><h1>Our story</h1><iframe id="f" src="${baseURL}/embed/en/indicators/${FIGURE}" width="600" height="280"></iframe>`;
    const server = createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html" }).end(html));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const otherHost = new URL(baseURL!).hostname === "localhost" ? "127.0.0.1" : "localhost";
    try {
      await page.goto(`http://${otherHost}:${port}/story`);
      expect(new URL(page.url()).origin).not.toBe(new URL(baseURL!).origin);
      const frame = page.frameLocator("#f");
      await expect(frame.getByTestId("embed-value")).toHaveText("97.02%");
      await expect(frame.getByRole("link")).toHaveAttribute("href", new RegExp(`/en/indicators/${FIGURE}$`));
    } finally {
      server.close();
    }
  });

  test("?lang=en serves the English embed; other pages refuse to be framed", async ({ request }) => {
    const en = await request.get(`/embed/indicators/${FIGURE}?lang=en`);
    expect(await en.text()).toContain("Residents");
    expect(en.headers()["x-frame-options"]).toBeUndefined();
    expect(en.headers()["content-security-policy"]).toContain("frame-ancestors *");
    const page = await request.get(`/indicators/${FIGURE}`);
    expect(page.headers()["x-frame-options"]).toBe("DENY");
    expect(page.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  });

  test("the figure page gives iframe code for the embed", async ({ page }) => {
    await page.goto(`/en/indicators/${FIGURE}`);
    await expect(page.getByTestId("embed-code")).toContainText(`/embed/en/indicators/${FIGURE}`);
    await expect(page.getByTestId("embed-code")).toContainText('height="280"');
    await expect(page.getByTestId("embed-code")).toContainText("livelihood-embed-height");
  });
});

test.describe("search", () => {
  for (const [q, expected] of [
    // A topic whose name matches leads: a resident looking for 养老 wants the topic first.
    ["热线", "hotline"],
    ["养老", "elderly-care"],
    ["满意率", "hotline-satisfaction-rate"],
    ["satisfaction", "hotline-satisfaction-rate"],
    ["99.33", "hotline-on-time-completion-rate"],
  ]) {
    test(`"${q}" finds ${expected} first`, async ({ page }) => {
      await page.goto(`/search?q=${encodeURIComponent(q)}`);
      const first = page.getByTestId("search-results").locator("li").first();
      await expect(first).toHaveAttribute("data-ref", expected);
      await expect(first.locator("mark").first()).toBeVisible();
    });
  }

  test("the header's search box works without JavaScript", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto("/en");
    await page.locator("#site-search").fill("satisfaction");
    await page.locator("#site-search").press("Enter");
    await expect(page).toHaveURL(/\/en\/search\?q=satisfaction/);
    await expect(page.getByTestId("search-results").locator("li").first()).toHaveAttribute("data-ref", "hotline-satisfaction-rate");
    await context.close();
  });

  test("markup in a query comes back as text, and no match is said plainly", async ({ page }) => {
    let alerted = false;
    page.on("dialog", async (d) => {
      alerted = true;
      await d.dismiss();
    });
    await page.goto(`/en/search?q=${encodeURIComponent("<script>alert(1)</script>")}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("<script>alert(1)</script>");
    await expect(page.getByText(/Nothing matches/)).toBeVisible();
    expect(alerted).toBe(false);
  });
});

test("sitemap and robots are served", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain(`/en/indicators/${FIGURE}</loc>`);
  expect(await (await request.get("/robots.txt")).text()).toContain("Sitemap:");
});

test("the API docs page lets a reader try each call, with no script", async ({ page }) => {
  await page.goto("/en/api-docs");
  const form = page.locator('form[data-try="search"]');
  await form.locator('input[name="q"]').fill("satisfaction");
  const [response] = await Promise.all([page.waitForResponse((r) => r.url().includes("/api/v1/search?")), form.getByRole("button").click()]);
  expect(response.status()).toBe(200);
  expect((await response.json()).data[0].ref).toBe("hotline-satisfaction-rate");
  await page.goto("/en/api-docs");
  const link = page.locator('a[data-try="getIndicator"]');
  expect((await page.request.get((await link.getAttribute("href"))!)).status()).toBe(200);
});

test("the English 404 shows English first", async ({ page }) => {
  await page.goto("/en/no-such-page");
  const en = await page.locator('main [lang="en"]').first().boundingBox();
  const zh = await page.locator('main [lang="zh-CN"]').first().boundingBox();
  expect(en!.y).toBeLessThan(zh!.y);
  await page.goto("/no-such-page");
  const zh2 = await page.locator('main [lang="zh-CN"]').first().boundingBox();
  const en2 = await page.locator('main [lang="en"]').first().boundingBox();
  expect(zh2!.y).toBeLessThan(en2!.y);
});
