import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { foreignRequest } from "./guard";

const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe("the desk answers only its own page", () => {
  it.each([
    [{ host: "127.0.0.1:3100" }, null],
    [{ host: "localhost:3100", origin: "http://localhost:3100" }, null],
    [{ host: "127.0.0.1:3100", origin: "http://127.0.0.1:3100" }, null],
  ])("accepts %j", (headers, expected) => expect(foreignRequest(req(headers), 3100)).toBe(expected));

  it.each([
    [{}, "Host (none)"],
    [{ host: "evil.example" }, "Host evil.example"],
    [{ host: "127.0.0.1:3101" }, "Host 127.0.0.1:3101"],
    [{ host: "127.0.0.1:3100", origin: "http://evil.example" }, "Origin http://evil.example"],
    [{ host: "127.0.0.1:3100", origin: "null" }, "Origin null"],
    [{ host: "127.0.0.1:3100", origin: "https://127.0.0.1:3100" }, "Origin https://127.0.0.1:3100"],
  ])("refuses %j", (headers, message) => expect(foreignRequest(req(headers), 3100)).toContain(message));
});
