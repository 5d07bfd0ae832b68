import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import sirv from "sirv";
import { z } from "zod";
import { ContentError } from "../content/load";
import { Desk } from "./desk";
import { foreignRequest } from "./guard";
import { IntakeError, startReview, textOfFile } from "./intake";
import type { DeskSettings } from "./settings";
import { amendmentSchema, candidateSchema, deskWithdrawalSchema, emptyReview, sourceMetaSchema, type Review } from "./state";

/**
 * The desk's HTTP server: a JSON API (every body validated by zod, every refusal a JSON message) and the
 * built single-page UI. It listens on 127.0.0.1 only; the Host/Origin guard runs before any route.
 */

/** A .docx of a long report is a few megabytes; the base64 upload adds a third. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly detail?: unknown) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers["content-length"] ?? 0);
  const tooLarge = () => new HttpError(413, `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB: a report's text is far shorter. Was the right file chosen?`);
  if (declared > MAX_BODY_BYTES) {
    req.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      req.resume();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "null");
  } catch {
    throw new HttpError(400, "The request body is not JSON.");
  }
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    throw new HttpError(400, issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; "), issues);
  }
  return parsed.data;
}

const uploadSchema = z.strictObject({ name: z.string().min(1).max(255), data: z.base64("the file must be sent as base64") });
const startSchema = z.strictObject({
  source: z.unknown(),
  referenceDate: z.iso.date("must be a date written YYYY-MM-DD").nullable(),
  text: z.string(),
});
const candidatePatchSchema = candidateSchema.pick({ figure: true, decision: true, preferred: true, correction: true }).partial().strict();

export function createDeskServer(settings: DeskSettings, uiDir: string): { server: Server; desk: Desk } {
  const desk = new Desk(settings);
  const ui = sirv(uiDir, { single: true, dev: false, etag: true });

  const current = (): Review => desk.store.load() ?? emptyReview();

  const view = () => desk.view();

  async function route(req: IncomingMessage, res: ServerResponse, url: URL) {
    const method = req.method ?? "GET";
    const p = url.pathname;
    if (p === "/api/review" && method === "GET") return send(res, 200, await view());
    if (p === "/api/upload" && method === "POST") {
      const body = parse(uploadSchema, await readJson(req));
      return send(res, 200, { text: await textOfFile(body.name, Buffer.from(body.data, "base64")) });
    }
    if (p === "/api/review" && method === "POST") {
      if (desk.store.load()) throw new HttpError(409, "A review is in progress: publish or discard it before starting another.");
      const body = parse(startSchema, await readJson(req));
      // No source: a review that only corrects or withdraws published figures.
      if (body.source === null) desk.store.save(emptyReview());
      else desk.store.save(startReview(desk.content(), parse(sourceMetaSchema, body.source), body.referenceDate, body.text));
      return send(res, 200, await view());
    }
    if (p === "/api/review" && method === "DELETE") {
      desk.store.archive(`discarded-${Date.now()}`);
      return send(res, 200, await view());
    }
    const candidate = /^\/api\/review\/candidates\/(c\d+)$/.exec(p);
    if (candidate && method === "PATCH") {
      const review = current();
      const entry = review.candidates.find((c) => c.id === candidate[1]);
      if (!entry) throw new HttpError(404, `no candidate ${candidate[1]} in this review`);
      Object.assign(entry, parse(candidatePatchSchema, await readJson(req)));
      desk.store.save(review);
      return send(res, 200, await view());
    }
    if (p === "/api/review/amendments" && method === "POST") {
      const review = current();
      review.amendments.push(parse(amendmentSchema, await readJson(req)));
      desk.store.save(review);
      return send(res, 200, await view());
    }
    if (p === "/api/review/withdrawals" && method === "POST") {
      const review = current();
      review.withdrawals.push(parse(deskWithdrawalSchema, await readJson(req)));
      desk.store.save(review);
      return send(res, 200, await view());
    }
    const removal = /^\/api\/review\/(amendments|withdrawals)\/(\d+)$/.exec(p);
    if (removal && method === "DELETE") {
      const review = current();
      review[removal[1] as "amendments" | "withdrawals"].splice(Number(removal[2]), 1);
      desk.store.save(review);
      return send(res, 200, await view());
    }
    if (p === "/api/diff" && method === "GET") {
      const review = desk.store.load();
      if (!review) throw new HttpError(404, "there is no review in progress");
      const { plan, problems } = await desk.check(review);
      return send(res, 200, { files: desk.diff(plan), problems });
    }
    if (p === "/api/preview" && method === "GET") {
      const review = desk.store.load();
      if (!review) throw new HttpError(404, "there is no review in progress");
      return send(res, 200, { indicators: await desk.preview(review) });
    }
    if (p === "/api/publish" && method === "POST") {
      const result = await desk.publish();
      return send(res, result.ok ? 202 : 409, result.ok ? { job: desk.job } : { error: "Nothing was written: fix the problems listed first.", problems: result.problems });
    }
    if (p === "/api/publish" && method === "GET") return send(res, 200, { job: desk.job });
    if (p.startsWith("/api/")) throw new HttpError(404, `no such desk API: ${method} ${p}`);
    if (method !== "GET" && method !== "HEAD") throw new HttpError(405, "the desk's pages are read with GET");
    ui(req, res, () => send(res, 404, { error: "not found" }));
  }

  const server = createServer((req, res) => {
    const refused = foreignRequest(req, settings.port);
    if (refused) return send(res, 403, { error: `Refused: ${refused}. Open the desk at http://${settings.host}:${settings.port}/` });
    const url = new URL(req.url ?? "/", `http://${settings.host}:${settings.port}`);
    route(req, res, url).catch((e: unknown) => {
      if (res.headersSent) return res.end();
      if (e instanceof HttpError) return send(res, e.status, { error: e.message, issues: e.detail });
      if (e instanceof IntakeError) return send(res, e.status, { error: e.message });
      if (e instanceof ContentError) return send(res, 409, { error: `content/ has problems the desk cannot work around; fix them first:\n${e.message}`, problems: e.problems });
      console.error(e);
      send(res, 500, { error: `The desk failed: ${(e as Error).message}` });
    });
  });
  server.on("close", () => void desk.close());
  return { server, desk };
}
