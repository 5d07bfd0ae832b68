import { expect, test, type APIRequestContext } from "@playwright/test";
import { TOPIC_PAGE_SIZE, UPDATES_PAGE_SIZE } from "../../lib/paging";

/**
 * Long lists come in pages at fixed addresses (lib/paging.ts), and only when the content needs them:
 * a topic with at most TOPIC_PAGE_SIZE indicators is one page with no pager and no /page/2, as the
 * real content's topics are. Against a build of larger content (bench:scale's synthetic content,
 * served from its kept folder on E2E_PORT) the same tests check the later pages themselves.
 */

type Topic = { slug: string; indicator_count: number; name: { zh: string; en: string } };

async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
}

const topicsOf = async (request: APIRequestContext) => (await getJson<{ data: Topic[] }>(request, "/api/v1/topics")).data;
const cardsOn = async (request: APIRequestContext, path: string) => {
  const html = await (await request.get(path)).text();
  return [...html.matchAll(/data-testid="card-value"/g)].length;
};

test("a topic is paged exactly when its indicators fill more than one page", async ({ page, request }) => {
  test.setTimeout(120_000);
  const topics = await topicsOf(request);
  expect(topics.length).toBeGreaterThan(0);
  for (const topic of topics) {
    const pages = Math.max(1, Math.ceil(topic.indicator_count / TOPIC_PAGE_SIZE));
    for (const prefix of ["", "/en"]) {
      const first = `${prefix}/topics/${topic.slug}`;
      await page.goto(first);
      await expect(page.getByTestId("card-value")).toHaveCount(Math.min(topic.indicator_count, TOPIC_PAGE_SIZE));
      await expect(page.getByTestId("pager")).toHaveCount(pages > 1 ? 1 : 0);
      // The page after the last is not found, whatever the count.
      expect((await request.get(`${first}/page/${pages + 1}`)).status(), `${first}/page/${pages + 1}`).toBe(404);
      if (pages === 1) continue;
      const last = `${first}/page/${pages}`;
      expect(await cardsOn(request, last), last).toBe(topic.indicator_count - (pages - 1) * TOPIC_PAGE_SIZE);
      await page.goto(`${first}/page/2`);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${first}/page/2$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(prefix ? topic.name.en : topic.name.zh);
      await expect(page.getByTestId("pager").locator('[aria-current="page"]')).toContainText("2");
      await page.getByTestId("pager").getByRole("link", { name: /^(Previous page|上一页)$/ }).click();
      await expect(page).toHaveURL(new RegExp(`${first}$`));
    }
  }
});

test("/updates lists at most one page of sources and is paged only past it", async ({ page, request }) => {
  await page.goto("/updates");
  const listed = page.getByTestId("updates-sources").locator("ul > li");
  const count = await listed.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(UPDATES_PAGE_SIZE);
  // Each source links to its own page, which shows the figures it brought.
  await expect(listed.first().getByRole("link")).toHaveAttribute("href", /^\/sources\/[a-z0-9-]+$/);
  const paged = (await page.getByTestId("pager").count()) === 1;
  // A pager appears only when the first page is full, and then page 2 exists.
  if (count < UPDATES_PAGE_SIZE) expect(paged).toBe(false);
  expect((await request.get("/updates/page/2")).status()).toBe(paged ? 200 : 404);
  expect((await request.get("/en/updates/page/2")).status()).toBe(paged ? 200 : 404);
  expect((await request.get("/updates/page/9999")).status()).toBe(404);
  if (paged) {
    await page.goto("/en/updates/page/2");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/updates\/page\/2$/);
    expect(await listed.count()).toBeGreaterThan(0);
  }
});

test("the sitemap lists /updates and every later page, and nothing else under /page/", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  expect(locs).toContain("/updates");
  expect(locs).toContain("/en/updates");
  const topics = await topicsOf(request);
  const expected = topics.flatMap((t) =>
    Array.from({ length: Math.max(0, Math.ceil(t.indicator_count / TOPIC_PAGE_SIZE) - 1) }, (_, i) => [`/topics/${t.slug}/page/${i + 2}`, `/en/topics/${t.slug}/page/${i + 2}`]).flat(),
  );
  const pagedTopics = locs.filter((l) => /\/topics\/[^/]+\/page\//.test(l));
  expect(pagedTopics.sort()).toEqual(expected.sort());
});
