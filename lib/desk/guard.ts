import type { IncomingMessage } from "node:http";

/**
 * The desk writes content/, so only its own page may call it. A foreign Host is a DNS-rebinding page that
 * resolved its name to 127.0.0.1; a foreign Origin is another site's script posting to the desk. Both are
 * refused before any route runs, whatever the path.
 */
export function foreignRequest(req: IncomingMessage, port: number): string | null {
  const own = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = req.headers.host?.toLowerCase();
  if (!host || !own.includes(host)) return `Host ${host ?? "(none)"} is not the desk's address`;
  const origin = req.headers.origin;
  if (origin !== undefined && !own.map((h) => `http://${h}`).includes(origin.toLowerCase())) return `Origin ${origin} is not the desk's page`;
  return null;
}
