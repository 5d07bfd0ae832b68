import { expect, test } from "@playwright/test";

/**
 * A qualifier is shown in both languages wherever the figure is: its page, its correction, the API
 * and the CSV. 90%以上 reads "at least 90%" (以上 includes the number itself), and its page says it was
 * first published as "more than 90%".
 */
const SLUG = "hotline-small-matters-share";

test("the figure page names the qualifier and its correction in both languages", async ({ page }) => {
  await page.goto(`/en/indicators/${SLUG}`);
  await expect(page.getByTestId("figure-value")).toHaveText("at least 90%");
  await expect(page.getByRole("region", { name: "Corrections" })).toContainText("changed from more than 90% to at least 90%");

  await page.goto(`/indicators/${SLUG}`);
  await expect(page.getByTestId("figure-value")).toHaveText("90%以上");
  await expect(page.getByText("不少于（原文“以上”“不低于”“不少于”，含本数）")).toBeVisible();
  await expect(page.getByRole("region", { name: "更正记录" })).toContainText("由 超过90% 改为 90%以上");
});

test("the API and the CSV carry the qualifier in both languages", async ({ request }) => {
  const api = await (await request.get(`/api/v1/indicators/${SLUG}`)).json();
  const [figure] = api.data.figures;
  expect(figure).toMatchObject({ qualifier: "at-least", display: { zh: "90%以上", en: "at least 90%" }, change: null });
  expect(figure.qualifier_text.en).toMatch(/^at least/);
  expect(figure.corrections).toMatchObject([{ old_value: 90, new_value: 90, old_qualifier: "more-than", new_qualifier: "at-least" }]);

  const csv = await (await request.get("/data/indicators.csv")).text();
  const row = csv.split("\r\n").find((line) => line.startsWith(`${SLUG},`))!;
  expect(row).toContain(",at-least,");
  expect(row).toContain("90%以上");
  expect(row).toContain("at least 90%");
});
