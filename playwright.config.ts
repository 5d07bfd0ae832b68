import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tests/fixtures/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3000);

const chromium = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromium,
  },
  projects: [
    // Layout-dependent tests run at phone width too; API, accessibility, security and fuzz tests once.
    {
      name: "phone",
      testMatch: /(browse|sharing|charts)\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 390, height: 844 }, isMobile: false },
    },
    {
      name: "desktop",
      testIgnore: /desk\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } },
    },
    // The editors' desk: each test starts its own desk (DESK_E2E_PORT, 4510 by default) on a temp copy of the
    // fixture city's content and database; it needs no portal build.
    {
      name: "desk",
      testMatch: /desk\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } },
    },
    // Third-party validators (Redocly, the Nu HTML Checker, Frictionless) over what the server publishes.
    { name: "validators", testDir: "tests/validators" },
  ],
  webServer: {
    // The production server over the build `npm test` made just before.
    command: `HOST=127.0.0.1 PORT=${PORT} npm run serve`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
