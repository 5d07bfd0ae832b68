import { defineRouting } from "next-intl/routing";

// Chinese lives at "/" and English at "/en" (rewrites in next.config.ts): links must not change with the
// reader's browser language, so locale detection is off.
export const routing = defineRouting({
  locales: ["zh", "en"],
  defaultLocale: "zh",
  localePrefix: "as-needed",
  localeDetection: false,
  alternateLinks: false,
});

export const locales = routing.locales;
