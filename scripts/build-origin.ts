/**
 * Runs first in `npm run build`: says which public origin the build bakes into every pre-rendered page
 * (canonical links, citations, the CSV's url column, feeds, QR codes), and how to change it, before
 * minutes of pre-rendering make it hard to notice. A bad value stops here, naming the variable.
 */
import { readEnv } from "../lib/env";

let env;
try {
  env = readEnv();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
console.log(`Building for ${env.SITE_URL}${env.SITE_URL_SET ? " (SITE_URL)" : " (the default: SITE_URL is not set)"}: every page, citation, feed and QR code links there.`);
if (!env.SITE_URL_SET) console.log("  For a public site, build with SITE_URL set to its origin, for example SITE_URL=https://indicators.example.org npm run build.");
