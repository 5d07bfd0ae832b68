import { describe, expect, it } from "vitest";
import { readDeskSettings } from "./settings";

describe("desk settings", () => {
  it("defaults to port 3100 on 127.0.0.1, the project's content, and a state folder under content/drafts", () => {
    const s = readDeskSettings({ DATABASE_URL: "file:./data/portal.db" }, "/project");
    expect([s.host, s.port, s.contentDir, s.stateDir, s.buildCommand]).toEqual(["127.0.0.1", 3100, "/project/content", "/project/content/drafts/.desk", "npm run build"]);
  });

  it("reads the test settings and pins the day", () => {
    const s = readDeskSettings({ DESK_PORT: "4510", DESK_CONTENT_DIR: "/tmp/c", DESK_DATABASE_URL: "file:/tmp/p.db", DESK_BUILD_COMMAND: "none", DESK_TODAY: "2032-02-01" }, "/project");
    expect([s.port, s.contentDir, s.databaseUrl, s.buildCommand, s.today()]).toEqual([4510, "/tmp/c", "file:/tmp/p.db", null, "2032-02-01"]);
  });

  it.each([
    [{ DESK_PORT: "http" }, "DESK_PORT must be a port number"],
    [{ DESK_DATABASE_URL: "postgres://x" }, "DESK_DATABASE_URL must be a SQLite file URL"],
    [{ DESK_TODAY: "1 Feb" }, "DESK_TODAY must be a date"],
  ])("refuses %j", (env, message) => expect(() => readDeskSettings(env, "/p")).toThrow(message));
});
