import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

// Maps "/" to the Chinese pages and "/en/..." to the English ones.
export default createMiddleware(routing);

export const config = {
  // Pages only: not the API, downloads, embeds, Next's assets or any file with an extension.
  matcher: ["/((?!api|data/|embed|_next|_vercel|.*\\..*).*)"],
};
