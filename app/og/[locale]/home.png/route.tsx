import { getCity } from "@/lib/data/city";
import { listHeadlineIndicators } from "@/lib/data/indicators";
import { listSources } from "@/lib/data/sources";
import { localeParams } from "@/lib/server/route-params";
import { LOCALES } from "@/lib/i18n/paths";
import { absoluteUrl } from "@/lib/seo";
import { localizedPath } from "@/lib/i18n/paths";
import { homeShareCard } from "@/lib/share/cards";
import { renderShareCard } from "@/lib/share/share-card";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function GET(_: Request, { params }: RouteContext<"/og/[locale]/home.png">) {
  const parsed = localeParams.safeParse(await params);
  if (!parsed.success) return new Response("Not found", { status: 404 });
  const { locale } = parsed.data;
  const [city, headlines, sources] = await Promise.all([getCity(), listHeadlineIndicators(), listSources()]);
  return renderShareCard(homeShareCard(city, headlines[0], sources, locale, absoluteUrl(localizedPath(locale, "/"))));
}
