import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

// One file per feature area, so features can add strings without touching each other's files.
const NAMESPACE_FILES = ["core", "charts", "journalists", "sharing"] as const;

export async function loadMessages(locale: string): Promise<Record<string, unknown>> {
  const parts = await Promise.all(
    NAMESPACE_FILES.map(async (file) => (await import(`./messages/${locale}/${file}.json`)).default),
  );
  return Object.assign({}, ...parts);
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: await loadMessages(locale) };
});
