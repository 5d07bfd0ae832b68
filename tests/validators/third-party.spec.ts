/**
 * What real third-party clients say about what the portal publishes, run against the production
 * server `npm test` starts: Redocly CLI on the OpenAPI document, the W3C Nu HTML Checker on every
 * kind of page in both languages, and Frictionless Data's own library on the data package and the
 * CSV it describes. Each must report no error.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { Package } from "datapackage";

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/** A process's output whatever its exit code: validators exit non-zero exactly when they found errors. */
async function output(file: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(file, args, { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number | string; stdout?: string; stderr?: string };
    if (typeof e.code !== "number") throw error; // Not started at all (no java, say): say so, not "0 errors".
    return { code: e.code, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
}

let workDir: string;
test.beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), "validators-"));
});
test.afterAll(() => rmSync(workDir, { recursive: true, force: true }));

test("Redocly CLI (recommended rules) finds no error in the OpenAPI document", async ({ request }) => {
  const res = await request.get("/api/v1/openapi.json");
  expect(res.status()).toBe(200);
  const file = path.join(workDir, "openapi.json");
  writeFileSync(file, await res.body());

  const cli = path.join(path.dirname(require.resolve("@redocly/cli/package.json")), "bin/cli.js");
  const result = await output(process.execPath, [cli, "lint", file, "--extends", "recommended", "--format", "json"], {
    REDOCLY_TELEMETRY: "off",
    REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
  });
  const report = JSON.parse(result.stdout) as {
    totals: { errors: number; warnings: number };
    problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
  };
  const errors = report.problems.filter((p) => p.severity === "error").map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);
  expect(errors).toEqual([]);
  expect(report.totals.errors).toBe(0);
  expect(result.code).toBe(0);
});

type Bilingual = { zh: string; en: string };

/** One page of every kind, in both languages, found through the API so no content is named here. */
async function everyPageKind(request: APIRequestContext): Promise<string[]> {
  const { data: topics } = await getJson<{ data: { slug: string; name: Bilingual }[] }>(request, "/api/v1/topics");
  const { data: indicators } = await getJson<{ data: { slug: string }[] }>(request, "/api/v1/indicators?per_page=1");
  const figure = indicators[0].slug;
  const { data: detail } = await getJson<{ data: { sources: { slug: string }[] } }>(request, `/api/v1/indicators/${figure}`);
  const source = detail.sources[0].slug;
  const pages = (prefix: string, searchTerm: string) => [
    `${prefix}/`,
    `${prefix}/topics/${topics[0].slug}`,
    `${prefix}/indicators/${figure}`,
    `${prefix}/sources`,
    `${prefix}/sources/${source}`,
    `${prefix}/about`,
    `${prefix}/data`,
    `${prefix}/api-docs`,
    `${prefix}/search`,
    `${prefix}/search?q=${encodeURIComponent(searchTerm)}`,
    `${prefix}/search?q=${encodeURIComponent("zzqqxx-no-such-words")}`,
    `${prefix}/updates`,
    `${prefix}/no-such-page`,
  ];
  return [
    ...pages("", topics[0].name.zh),
    ...pages("/en", topics[0].name.en),
    `/embed/indicators/${figure}`,
    `/embed/indicators/${figure}?lang=en`,
  ].map((p) => (p === "/" ? p : p.replace(/\/$/, "")));
}

test("the Nu HTML Checker finds no error on any kind of page, in either language", async ({ request }) => {
  test.setTimeout(120_000);
  const urls = await everyPageKind(request);
  const files = new Map<string, string>();
  for (const [i, url] of urls.entries()) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(url.includes("no-such-page") ? 404 : 200);
    expect(res.headers()["content-type"], url).toContain("text/html");
    const file = path.join(workDir, `page-${i}.html`);
    writeFileSync(file, await res.body());
    files.set(`file:${file}`, url);
  }
  // One Java start for every page: the checker takes a list of files.
  const jar = String(require("vnu-jar"));
  const result = await output("java", ["-jar", jar, "--format", "json", "--stdout", ...[...files.keys()].map((f) => f.slice("file:".length))]);
  const report = JSON.parse(result.stdout) as { messages: { type: string; subType?: string; url: string; lastLine?: number; message: string; extract?: string }[] };
  const errors = report.messages
    .filter((m) => m.type !== "info")
    .map((m) => `${files.get(m.url) ?? m.url}:${m.lastLine ?? "?"} ${m.type}: ${m.message}`);
  expect(errors).toEqual([]);
  expect(result.code).toBe(0);
  expect(files.size).toBe(28);
});

test("Frictionless Data's library accepts the data package and reads its CSV under its schema", async ({ request, baseURL }) => {
  // As a new user would: the library loads the descriptor from the portal and follows its resource's
  // path (relative to the descriptor) to the CSV, under the encoding the package declares. Nothing is
  // rewritten on the way.
  const descriptor = await getJson<{ resources: { name: string; path?: string; encoding?: string }[] }>(request, "/data/datapackage.json");
  const published = descriptor.resources.find((r) => r.name === "indicators")!;
  expect(published.encoding).toBe("utf-8");
  const csvBytes = await (await request.get(new URL(published.path!, new URL("/data/datapackage.json", baseURL)).pathname)).body();
  expect([...csvBytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);

  const dataPackage = await Package.load(new URL("/data/datapackage.json", baseURL).href, { strict: false });
  expect(dataPackage.errors.map((e) => e.message)).toEqual([]);
  expect(dataPackage.valid).toBe(true);

  const csv = dataPackage.resources.find((r) => r.name === "indicators")!;
  expect(csv.tabular).toBe(true);
  let rows: Record<string, unknown>[] = [];
  try {
    // Casts every cell to its column's type and checks the constraints and the primary key.
    rows = (await csv.read({ keyed: true })) as Record<string, unknown>[];
  } catch (error) {
    const e = error as Error & { errors?: Error[] };
    throw new Error(`${e.message}\n${(e.errors ?? []).map((x) => x.message).join("\n")}`);
  }
  const { total } = (await getJson<{ pagination: { total: number } }>(request, "/api/v1/indicators?per_page=1")).pagination;
  expect(total).toBeGreaterThan(0);
  // The CSV holds one row per figure, so at least one per indicator.
  expect(rows.length).toBeGreaterThanOrEqual(total);
  expect(rows[0]).toMatchObject({ value: expect.any(Number), unit: expect.any(String) });

  // The unit column's foreign key, checked here: the library reads only CSV tables, and the units
  // resource is inline JSON rows.
  const units = dataPackage.resources.find((r) => r.name === "units")!;
  const unitKeys = new Set((units.descriptor.data as { key: string }[]).map((u) => u.key));
  expect(unitKeys.size).toBeGreaterThan(0);
  expect(rows.filter((row) => !unitKeys.has(row.unit as string)).map((row) => `${row.indicator} ${row.period}: ${row.unit}`)).toEqual([]);
});

test("feed readers find each language's Atom feed from its home page", async ({ page, request }) => {
  for (const [home, feedPath] of [
    ["/", "/feed.xml"],
    ["/en", "/en/feed.xml"],
  ]) {
    await page.goto(home);
    const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(link).toHaveCount(1);
    await expect(link).toHaveAttribute("title", /\S/);
    // Its origin is SITE_URL as the build saw it; the test server may listen elsewhere.
    const href = new URL((await link.getAttribute("href"))!, page.url());
    expect(href.pathname).toBe(feedPath);
    const feed = await request.get(href.pathname);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  }
});
