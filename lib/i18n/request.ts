import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "./paths";

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
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return {
    locale,
    messages: await loadMessages(locale),
    // A missing or malformed message is a bug: fail the build that pre-renders the page, rather than
    // publish the message's key where a reader expects words (next-intl only logs it by default).
    onError(error) {
      throw error;
    },
  };
});
