import type { Server, ServerResponse } from "node:http";

/**
 * Stopping without dropping a request. On SIGTERM (what systemd, Docker and a deploy script send)
 * or SIGINT the server stops accepting connections, closes the idle keep-alive ones, answers every
 * request already received (each with `Connection: close`, so the client or proxy opens its next
 * connection elsewhere), and exits once the last one is done. A proxy in front (deploy/nginx.conf)
 * sends new requests to the other processes meanwhile.
 */
export type Drain = {
  /** True once a stop signal arrived. */
  readonly draining: boolean;
  /** Marks a response as the last on its connection while draining. */
  markResponse(res: ServerResponse): void;
};

export function drainOnSignal(server: Server, options: { graceMs?: number; log?: (line: string) => void } = {}): Drain {
  const { graceMs = 20_000, log = (line: string) => console.log(line) } = options;
  let draining = false;
  const stop = (signal: NodeJS.Signals) => {
    if (draining) return;
    draining = true;
    log(`${signal}: finishing in-flight requests, then exiting`);
    server.close(() => {
      log("all requests answered; exiting");
      process.exit(0);
    });
    server.closeIdleConnections();
    // A keep-alive connection that goes idle after its last answer is closed at once, not after keepAliveTimeout.
    setInterval(() => server.closeIdleConnections(), 100).unref();
    setTimeout(() => {
      log(`requests still open after ${graceMs} ms; exiting anyway`);
      process.exit(1);
    }, graceMs).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  return {
    get draining() {
      return draining;
    },
    markResponse(res) {
      if (draining && !res.headersSent) res.setHeader("Connection", "close");
    },
  };
}
