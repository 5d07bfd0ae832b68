import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { diffLines } from "diff";
import { createDeskProject, readIndicator, servePortal, startDesk, stopDesk, type DeskProject } from "../fixtures/desk/project";

/**
 * The editors' desk, driven as an editor drives it: an invented next-year report for the fixture city
 * (tests/fixtures/desk/) goes from upload to published in a temp copy of the content and database.
 */

const PORT = Number(process.env.DESK_E2E_PORT ?? 4510);
const DESK = `http://127.0.0.1:${PORT}`;
const REPORT = path.resolve(import.meta.dirname, "../fixtures/desk/sampleton-report-2031.txt");
const SHOTS = process.env.DESK_SCREENSHOTS;
/**
 * DESK_E2E_BUILD=1: publishing runs the real build in a temp copy of the portal (3–5 minutes here), and the
 * copy's public figure page is read. Without it the build is skipped and the imported database is read
 * through the portal's own reader (lib/data), which is what the build renders from.
 */
const REAL_BUILD = process.env.DESK_E2E_BUILD === "1";
const PORTAL_COPY_PORT = Number(process.env.DESK_E2E_PORTAL_PORT ?? 4520);

test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);

/** Every file under a folder, path → text. */
function snapshot(dir: string, under = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(path.join(dir, under))) {
    const rel = path.join(under, name);
    if (rel === "drafts") continue;
    if (statSync(path.join(dir, rel)).isDirectory()) Object.assign(out, snapshot(dir, rel));
    else out[rel] = readFileSync(path.join(dir, rel), "utf8");
  }
  return out;
}

const row = (page: Page, written: string) => page.getByRole("table", { name: "Candidate figures" }).getByRole("row").filter({ hasText: written });

async function startReview(page: Page, file = REPORT) {
  await page.goto(DESK);
  await page.getByLabel("Upload the report (.txt or .docx)").setInputFiles(file);
  await expect(page.getByLabel("Text of the source, verbatim")).toHaveValue(/新建口袋公园15个/);
  await page.getByLabel("Slug", { exact: true }).fill("sampleton-report-2031");
  await page.getByLabel("Type").selectOption("government-report");
  await page.getByLabel("Title (as the source gives it)").fill("样例市2031年公园建设情况");
  await page.getByLabel("Title in English").fill("Sampleton parks in 2031");
  await page.getByLabel("Authors or issuing office").fill("样例市园林局");
  await page.getByLabel("Publisher").fill("样例市园林局");
  await page.getByLabel("Published").fill("2032-01-20");
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/desk-new-source.png`, fullPage: true });
  await page.getByRole("button", { name: "Draft the figures" }).click();
  await expect(page.getByTestId("left")).toHaveText("4 of 4 left to decide");
}

test.describe("the editors' desk", () => {
  let project: DeskProject;
  let desk: Awaited<ReturnType<typeof startDesk>>;

  test.beforeEach(async ({}, testInfo) => {
    const buildable = REAL_BUILD && testInfo.title.startsWith("takes a new report");
    if (buildable) testInfo.setTimeout(900_000);
    project = createDeskProject({ buildable });
    desk = await startDesk(project, PORT);
  });
  test.afterEach(async () => {
    await stopDesk(desk);
  });

  test("takes a new report from upload to published figures", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const before = snapshot(project.contentDir);
    await startReview(page);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/desk-review.png`, fullPage: true });

    // A new point on an existing series: the drafter's match is offered first, with its current series.
    await row(page, "15个").click();
    const panel = page.locator("#candidate-panel");
    await expect(panel.getByRole("radio", { name: /新建口袋公园/ })).toBeChecked();
    await expect(panel).toContainText("2030年 12个");
    await panel.getByRole("button", { name: "Save decision" }).click();
    await expect(page.getByTestId("left")).toHaveText("3 of 4 left to decide");

    // Selecting a number in the text selects its row; it becomes a new indicator.
    await page.getByLabel("Source text").getByRole("button", { name: "76.4%" }).click();
    await expect(row(page, "76.4%")).toHaveAttribute("aria-selected", "true");
    await panel.getByLabel("New indicator").check();
    await panel.getByLabel(/^Slug/).fill("parks-accessible-facilities");
    await panel.getByLabel("Chinese name").fill("公园无障碍设施覆盖率");
    await panel.getByLabel(/^English name/).fill("Parks with accessible facilities");
    await panel.getByRole("button", { name: "Save decision" }).click();
    await expect(page.getByTestId("left")).toHaveText("2 of 4 left to decide");

    // Not a figure, from the keyboard: a change from last year, not a level.
    await row(page, "25%").focus();
    await page.keyboard.press("x");
    await expect(page.getByTestId("left")).toHaveText("1 of 4 left to decide");
    await expect(row(page, "25%")).toContainText("not a figure");

    // A figure that disagrees with the published one: the check says so beside it.
    await row(page, "13个").click();
    await panel.getByRole("button", { name: "Save decision" }).click();
    await expect(page.getByTestId("left")).toHaveText("0 of 4 left to decide");
    await expect(panel.getByRole("list", { name: "Checks for this figure" })).toContainText("the sources disagree for 2030");
    const conflict = panel.getByRole("group", { name: "Sources disagree" });
    await conflict.getByLabel("this source (13个)").check();
    await conflict.getByLabel("Why").fill("The 2031 report gives the count after review");
    await conflict.getByRole("button", { name: "Save preferred source" }).click();
    // Preferring it changes a published value: a correction entry is asked for.
    await expect(panel.getByRole("list", { name: "Checks for this figure" })).toContainText("without a correction entry");
    const correction = panel.getByRole("group", { name: "Correction" });
    await correction.getByLabel(/^Reason/).fill("Revised from 12 to 13 after review (2031 report)");
    await correction.getByRole("button", { name: "Save correction" }).click();
    await expect(page.getByTestId("problem-count")).toHaveText("no problems");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/desk-checks.png`, fullPage: true });

    await page.getByRole("button", { name: "Correct or withdraw published" }).click();
    await page.getByRole("combobox", { name: /^Figure/ }).selectOption({ label: "公园绿地服务半径覆盖率 · 未注明年份 88.5% (parks-service-coverage)" });
    await expect(page.getByLabel("Quote (the source's sentence)")).toHaveValue("全市公园绿地服务半径覆盖率达88.5%。");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/desk-published.png`, fullPage: true });

    // The diff first, then publish.
    await page.getByRole("button", { name: "Preview and publish" }).click();
    await expect(page.locator("[data-diff-file='content/topics/01-parks.yaml']")).toContainText("+  - slug: parks-accessible-facilities");
    // The preview: the figure page in both languages, with the two-point series and the correction.
    const preview = page.locator("[data-preview='parks-pocket-parks-built']");
    await expect(preview.locator("article[lang='zh-CN']")).toContainText("2030年: 13个");
    await expect(preview.locator("article[lang='zh-CN']")).toContainText("2031年: 15个");
    await expect(preview.locator("article[lang='en']")).toContainText("2031: 15 parks");
    await expect(preview.locator("article[lang='en']")).toContainText("Revised from 12 to 13 after review (2031 report)");
    await expect(preview.locator("article[lang='en'] img")).toHaveAttribute("alt", "Pocket parks built: 2030 13 parks, 2031 15 parks");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/desk-publish.png`, fullPage: true });
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByTestId("publish-phase")).toHaveText("Published", { timeout: REAL_BUILD ? 600_000 : 10_000 });

    // The content files changed exactly as decided, and nothing else.
    const after = snapshot(project.contentDir);
    const changed = Object.keys(after).filter((f) => after[f] !== before[f]).sort();
    expect(changed).toEqual(["sources/sampleton-report-2031.txt", "sources/sampleton-report-2031.yaml", "topics/01-parks.yaml"]);
    expect(Object.keys(before).filter((f) => !(f in after))).toEqual([]);
    expect(after["sources/sampleton-report-2031.txt"]).toBe(readFileSync(REPORT, "utf8"));
    expect(after["sources/sampleton-report-2031.yaml"]).toBe(
      [
        "slug: sampleton-report-2031",
        "type: government-report",
        "language: zh-CN",
        "title: { zh: 样例市2031年公园建设情况, en: Sampleton parks in 2031 }",
        "authors: [ 样例市园林局 ]",
        "publisher: 样例市园林局",
        "published: 2032-01-20",
        "url: null",
        "text: sampleton-report-2031.txt",
        "retrieved: 2032-02-01",
        "",
      ].join("\n"),
    );
    const changes = diffLines(before["topics/01-parks.yaml"], after["topics/01-parks.yaml"]);
    const lines = (kind: "added" | "removed") => changes.filter((c) => c[kind]).flatMap((c) => c.value.replace(/\n$/, "").split("\n"));
    expect(lines("removed")).toEqual([]);
    expect(lines("added")).toEqual([
      '      - { value: 15, written: 15个, qualifier: exact, period: "2031", source: sampleton-report-2031, quote: "2031年,样例市新建口袋公园15个。", checked: 2032-02-01, added: 2032-02-01 }',
      '      - { value: 13, written: 13个, qualifier: exact, period: "2030", source: sampleton-report-2031, quote: "经复核,2030年样例市新建口袋公园13个。", checked: 2032-02-01, added: 2032-02-01, preferred: The 2031 report gives the count after review, corrections: [ { date: 2032-02-01, old: 12, new: 13, reason: Revised from 12 to 13 after review (2031 report) } ] }',
      "  - slug: parks-accessible-facilities",
      "    name: { zh: 公园无障碍设施覆盖率, en: Parks with accessible facilities }",
      "    description: { zh: 公园无障碍设施覆盖率, en: Parks with accessible facilities }",
      "    unit: percent",
      "    figures:",
      "      - value: 76.4",
      "        written: 76.4%",
      "        qualifier: exact",
      '        period: "2031"',
      "        source: sampleton-report-2031",
      "        quote: 全市公园无障碍设施覆盖率达76.4%。",
      "        checked: 2032-02-01",
      "        added: 2032-02-01",
    ]);

    // The database the portal reads (through its own lib/data reader) has the two-point series.
    const parks = readIndicator(project, "parks-pocket-parks-built")!;
    expect(parks.figures.map((f) => [f.period, f.value]).sort()).toEqual([["2030", 13], ["2031", 15]]);
    expect(parks.figures.find((f) => f.period === "2030")!.corrections).toHaveLength(1);
    expect(readIndicator(project, "parks-accessible-facilities")!.figures.map((f) => f.value)).toEqual([76.4]);

    if (REAL_BUILD) {
      // The public figure page of the copy the desk built: both periods, the correction, in both languages.
      const portal = await servePortal(project, PORTAL_COPY_PORT);
      try {
        await page.goto(`http://127.0.0.1:${PORTAL_COPY_PORT}/indicators/parks-pocket-parks-built`);
        await expect(page.locator("main")).toContainText("2031年");
        await expect(page.locator("main")).toContainText("15个");
        await expect(page.locator("main")).toContainText("13个");
        await expect(page.locator("main")).toContainText("Revised from 12 to 13 after review (2031 report)");
        if (SHOTS) await page.screenshot({ path: `${SHOTS}/portal-two-point-series.png`, fullPage: true });
        await page.goto(`http://127.0.0.1:${PORTAL_COPY_PORT}/en/indicators/parks-accessible-facilities`);
        await expect(page.locator("main")).toContainText("76.4%");
      } finally {
        portal.kill("SIGTERM");
      }
    }
  });

  test("keeps the review when the desk stops mid-review, and resumes it", async ({ page }) => {
    // This time the office sent a Word file.
    await startReview(page, REPORT.replace(/\.txt$/, ".docx"));
    // From the keyboard: s accepts the proposed series for the selected row.
    await row(page, "15个").focus();
    await page.keyboard.press("s");
    await expect(row(page, "15个")).toContainText("series: 新建口袋公园");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(row(page, "25%")).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("x");
    await expect(page.getByTestId("left")).toHaveText("2 of 4 left to decide");

    await stopDesk(desk);
    await expect(page.request.get(`${DESK}/api/review`)).rejects.toThrow();
    desk = await startDesk(project, PORT);

    await page.reload();
    await expect(page.getByTestId("left")).toHaveText("2 of 4 left to decide");
    await expect(row(page, "15个")).toContainText("series: 新建口袋公园");
    await expect(row(page, "25%")).toContainText("not a figure");
    // Nothing reached content/ while the review was open.
    expect(readdirSync(path.join(project.contentDir, "sources")).sort()).toEqual(["sampleton-bulletin.txt", "sampleton-bulletin.yaml"]);
  });

  test("refuses bad input with a clear message and writes nothing", async ({ request }) => {
    const before = snapshot(project.contentDir);
    const upload = (name: string, data: Buffer) => request.post(`${DESK}/api/upload`, { data: { name, data: data.toString("base64") } });

    const empty = await upload("report.txt", Buffer.alloc(0));
    expect(empty.status()).toBe(400);
    expect((await empty.json()).error).toBe("report.txt is empty.");
    const binary = await upload("report.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe]));
    expect(binary.status()).toBe(400);
    expect((await binary.json()).error).toContain("binary file");
    const notDocx = await upload("report.docx", Buffer.from("这不是Word文件"));
    expect(notDocx.status()).toBe(400);
    expect((await notDocx.json()).error).toContain("is not a Word .docx file");
    const brokenZip = await upload("report.docx", Buffer.from("PK\u0003\u0004 not really a zip"));
    expect(brokenZip.status()).toBe(400);
    expect((await brokenZip.json()).error).toContain("is not a Word .docx file");

    const source = { slug: "sampleton-bulletin", type: "statistical-bulletin", language: "zh-CN", title: { zh: "题", en: "Title" }, authors: ["某"], publisher: null, published: null, url: null, retrieved: "2032-02-01" };
    const huge = await request.post(`${DESK}/api/review`, { data: { source, referenceDate: null, text: "数".repeat(20 * 1024 * 1024 / 3) + "12个。".repeat(1000) } });
    expect(huge.status()).toBe(413);
    expect((await huge.json()).error).toContain("larger than");
    const imported = await request.post(`${DESK}/api/review`, { data: { source, referenceDate: null, text: "2031年,新建口袋公园15个。" } });
    expect(imported.status()).toBe(409);
    expect((await imported.json()).error).toContain("already in content/sources/");
    const sameText = await request.post(`${DESK}/api/review`, {
      data: { source: { ...source, slug: "another-name" }, referenceDate: null, text: readFileSync(path.join(project.contentDir, "sources/sampleton-bulletin.txt"), "utf8") },
    });
    expect(sameText.status()).toBe(409);
    expect((await sameText.json()).error).toContain("already imported as source sampleton-bulletin");
    const badSlug = await request.post(`${DESK}/api/review`, { data: { source: { ...source, slug: "../../etc" }, referenceDate: null, text: "2031年,新建口袋公园15个。" } });
    expect(badSlug.status()).toBe(400);
    expect((await badSlug.json()).error).toContain("slug: must be lower-case English words joined by hyphens");

    // A review with undecided figures cannot be published: the refusal names them and nothing is written.
    const started = await request.post(`${DESK}/api/review`, { data: { source: { ...source, slug: "sampleton-report-2031" }, referenceDate: null, text: readFileSync(REPORT, "utf8") } });
    expect(started.status()).toBe(200);
    const refused = await request.post(`${DESK}/api/publish`);
    expect(refused.status()).toBe(409);
    const body = await refused.json();
    expect(body.error).toBe("Nothing was written: fix the problems listed first.");
    expect(body.problems.filter((p: { kind: string }) => p.kind === "undecided")).toHaveLength(4);
    const second = await request.post(`${DESK}/api/review`, { data: { source: { ...source, slug: "another-report" }, referenceDate: null, text: "2031年,新建口袋公园15个。" } });
    expect(second.status()).toBe(409);
    expect((await second.json()).error).toContain("A review is in progress");

    // A foreign Host (DNS rebinding) or Origin is refused before any route, whatever the path.
    for (const p of ["/", "/api/review", "/no/such/path"]) {
      expect((await request.get(`${DESK}${p}`, { headers: { host: "evil.example" } })).status()).toBe(403);
      expect((await request.post(`${DESK}${p}`, { headers: { origin: "http://evil.example" }, data: {} })).status()).toBe(403);
    }
    expect((await request.get(`${DESK}/api/review`, { headers: { origin: DESK } })).status()).toBe(200);

    expect(snapshot(project.contentDir)).toEqual(before);
  });
});
