import { getCity } from "@/lib/data/city";
import { listIndicators } from "@/lib/data/indicators";
import { listWithdrawals } from "@/lib/data/withdrawals";
import type { Locale } from "@/lib/domain/types";
import { buildAtomFeed } from "@/lib/feed";
import { LOCALES, localizedPath } from "@/lib/i18n/paths";
import { absoluteUrl } from "@/lib/seo";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function GET(_: Request, { params }: RouteContext<"/[locale]/feed.xml">) {
  const locale = (await params).locale as Locale;
  const [indicators, city, withdrawals] = await Promise.all([listIndicators(), getCity(), listWithdrawals()]);
  const xml = buildAtomFeed(indicators, city, locale, {
    site: absoluteUrl(localizedPath(locale, "/updates")),
    feed: absoluteUrl(localizedPath(locale, "/feed.xml")),
    page: (slug) => absoluteUrl(localizedPath(locale, `/indicators/${slug}`)),
    source: (slug) => absoluteUrl(localizedPath(locale, `/sources/${slug}`)),
  }, withdrawals);
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
