import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";

// A seeded generator, so a failing input can be reproduced from the seed in the test name.
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32;
    return seed / 2 ** 32;
  };
}

const NASTY = ["", "-1", "0", "1e309", "NaN", "%00", "%FF", "%E0%A4%A", "../../etc/passwd", "<script>", "' OR 1=1 --", "\u202e", "满意率", "a".repeat(3000), "%", "%%", "[]", "{}", "null", "9".repeat(40)];
const PARAMS = ["q", "topic", "period", "page", "per_page", "limit", "lang", "x", "page[]", ""];
const ROUTES = ["/api/v1/topics", "/api/v1/indicators", "/api/v1/search", "/api/v1/indicators/hotline-calls-connected", "/api/v1/topics/hotline", "/api/v1/nope"];

test.describe("fuzzing on 127.0.0.1 (bounded)", () => {
  test.beforeAll(({}, info) => test.skip(info.project.name !== "desktop", "one browser project is enough"));

  test("300 random and malformed API requests: never a 5xx", async ({ request }) => {
    const next = random(20261128);
    const pick = <T,>(xs: T[]) => xs[Math.floor(next() * xs.length)];
    const failures: string[] = [];
    for (let i = 0; i < 300; i++) {
      const query = Array.from({ length: Math.floor(next() * 4) }, () => `${pick(PARAMS)}=${pick(NASTY)}`).join("&");
      const url = `${pick(ROUTES)}${query ? `?${query}` : ""}`;
      const res = await request.get(url, { failOnStatusCode: false, maxRedirects: 0 });
      if (res.status() >= 500) failures.push(`${res.status()} ${url.slice(0, 120)}`);
      else if (url.startsWith("/api/")) expect(res.headers()["content-type"], url).toContain("application/json");
    }
    expect(failures).toEqual([]);
  });

  test("200 random and malformed page paths: never a 5xx", async ({ request }) => {
    const next = random(7);
    const pick = <T,>(xs: T[]) => xs[Math.floor(next() * xs.length)];
    const segments = ["en", "zh", "topics", "indicators", "sources", "embed", "og", "data", "search", "hotline", "x.png", "..", "%2e%2e", "%00", "%E0%A4%A", "a".repeat(300), "满意率", "feed.xml", "indicators.csv"];
    const failures: string[] = [];
    for (let i = 0; i < 200; i++) {
      const path = "/" + Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(segments)).join("/");
      const res = await request.get(path, { failOnStatusCode: false, maxRedirects: 0 });
      if (res.status() >= 500) failures.push(`${res.status()} ${path.slice(0, 120)}`);
    }
    expect(failures).toEqual([]);
  });
});

test.describe("the database missing when the server starts", () => {
  // Inside the run's port range (E2E_PORT + 40), so parallel runs on other ranges never collide.
  const PORT = Number(process.env.E2E_PORT ?? 3000) + 40;
  let server: ChildProcess;

  test.beforeAll(async ({}, info) => {
    test.skip(info.project.name !== "desktop", "one browser project is enough");
    info.setTimeout(90_000);
    server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
      env: { ...process.env, NODE_ENV: "production", HOST: "127.0.0.1", PORT: String(PORT), DATABASE_URL: "file:./data/does-not-exist/portal.db" },
      stdio: "ignore",
    });
    // Start-up reads and compresses every pre-rendered page: allow a busy two-core machine a minute.
    for (let i = 0; i < 300; i++) {
      try {
        await fetch(`http://127.0.0.1:${PORT}/`);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    throw new Error("the server did not start");
  });
  test.afterAll(() => {
    server?.kill();
  });

  test("pre-rendered pages keep serving and the API answers 503 with a JSON explanation", async () => {
    const page = await fetch(`http://127.0.0.1:${PORT}/indicators/hotline-calls-connected`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("8.4万余次");

    const api = await fetch(`http://127.0.0.1:${PORT}/api/v1/search?q=%E7%83%AD%E7%BA%BF`);
    expect(api.status).toBe(503);
    const body = await api.json();
    expect(body.error.code).toBe("unavailable");
    expect(body.error.message).toMatch(/temporarily unavailable/);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js|Error:|sqlite/i);
  });
});
