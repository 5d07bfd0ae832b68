/**
 * The plain static server, run as its own process by static-server.ts:
 * `node --import tsx scripts/bench/static-server-main.ts <memory|sirv> <dir> <port>`. Listens on 127.0.0.1 only.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import sirv from "sirv";

const [kind, dir, port] = process.argv.slice(2);
const manifest: { urlPath: string; file: string; contentType: string }[] = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8"));

let handler: http.RequestListener;
if (kind === "memory") {
  const files = new Map(
    manifest.map((f) => {
      const body = readFileSync(path.join(dir, f.file));
      const headers = { "Content-Type": f.contentType, "Content-Length": String(body.length), "Cache-Control": "no-cache" };
      return [f.urlPath, { body, headers }] as const;
    }),
  );
  handler = (req, res) => {
    const file = files.get((req.url ?? "/").split("?")[0]);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, file.headers);
    res.end(req.method === "HEAD" ? undefined : file.body);
  };
} else if (kind === "sirv") {
  const serve = sirv(dir, { dev: false, etag: true, extensions: ["html", "json"] });
  handler = (req, res) =>
    serve(req, res, () => {
      res.writeHead(404).end();
    });
} else {
  throw new Error(`unknown static server kind "${kind}": use memory or sirv`);
}

const server = http.createServer(handler);
server.keepAliveTimeout = 5_000;
server.listen(Number(port), "127.0.0.1");
process.on("SIGTERM", () => server.close(() => process.exit(0)));
