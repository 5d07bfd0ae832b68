/**
 * `npm run desk`: the editors' desk on http://127.0.0.1:3100 (DESK_PORT to change it). See lib/desk/README.md.
 * Reads its settings, builds the page, listens on 127.0.0.1 only and prints the address.
 */
import { readDeskSettings } from "../lib/desk/settings";
import { createDeskServer } from "../lib/desk/server";
import { buildDeskUi } from "../lib/desk/ui-build";

async function main() {
  const settings = readDeskSettings();
  const uiDir = await buildDeskUi(settings.projectDir);
  const { server } = createDeskServer(settings, uiDir);
  server.on("error", (e: NodeJS.ErrnoException) => {
    console.error(e.code === "EADDRINUSE" ? `Port ${settings.port} is in use: set DESK_PORT to another port.` : e.message);
    process.exit(1);
  });
  server.listen(settings.port, settings.host, () => {
    console.log(`The editors' desk is open at http://${settings.host}:${settings.port}/`);
    console.log(`content: ${settings.contentDir}   database: ${settings.databaseUrl}   reviews kept in: ${settings.stateDir}`);
  });
  // Every decision is already on disk: stopping only has to close the connections the browser keeps open.
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
