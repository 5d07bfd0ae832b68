import { expect, test } from "@playwright/test";

/** Every "see in source" link on every figure page lands on an id its source page has. */
test("every figure's source link has its anchor on the source page", async ({ request }) => {
  const list = await (await request.get("/api/v1/indicators?per_page=100")).json();
  const slugs: string[] = list.data.map((d: { slug: string }) => d.slug);
  expect(slugs.length).toBe(list.pagination.total);
  const sourcePages = new Map<string, Set<string>>();
  const idsOn = async (path: string) => {
    if (!sourcePages.has(path)) {
      const html = await (await request.get(path)).text();
      sourcePages.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
    }
    return sourcePages.get(path)!;
  };
  let links = 0;
  const missing: string[] = [];
  for (const slug of slugs) {
    const html = await (await request.get(`/indicators/${slug}`)).text();
    for (const [, path, id] of html.matchAll(/href="(\/sources\/[a-z0-9-]+)#([^"]+)"/g)) {
      links++;
      if (!(await idsOn(path)).has(id)) missing.push(`${slug} → ${path}#${id}`);
    }
  }
  expect(missing).toEqual([]);
  // Each stated figure has at least one such link.
  expect(links).toBeGreaterThanOrEqual(slugs.length - 5);
});

test("a photo caption on the source page is marked as a caption, where it is printed", async ({ page }) => {
  await page.goto("/sources/jiayuguan-2025");
  const captions = page.locator("[data-caption]");
  expect(await captions.count()).toBeGreaterThanOrEqual(1);
  await expect(captions.first()).toContainText("图片说明");
});
