import { getCity } from "@/lib/data/city";
import { getIndicator, listIndicatorSlugs } from "@/lib/data/indicators";
import { LOCALES } from "@/lib/i18n/paths";
import { absoluteUrl } from "@/lib/seo";
import { localizedPath } from "@/lib/i18n/paths";
import { indicatorShareCard } from "@/lib/share/cards";
import { pngParams } from "@/lib/server/route-params";
import { renderShareCard } from "@/lib/share/share-card";
import { prerenderedIndicators } from "@/lib/server/prerender-limit";

export const dynamic = "force-static";
// Beyond the build's limit (lib/server/prerender-limit.ts), made on first request.
export const dynamicParams = true;

export async function generateStaticParams() {
  const slugs = prerenderedIndicators(await listIndicatorSlugs());
  return LOCALES.flatMap((locale) => slugs.map((slug) => ({ locale, file: `${slug}.png` })));
}

export async function GET(_: Request, { params }: RouteContext<"/og/[locale]/indicators/[file]">) {
  // Checked before anything renders: an unknown language or a name that is no slug is a 404.
  const parsed = pngParams.safeParse(await params);
  if (!parsed.success) return new Response("Not found", { status: 404 });
  const { locale, file: slug } = parsed.data;
  const [indicator, city] = await Promise.all([getIndicator(slug), getCity()]);
  if (!indicator) return new Response("Not found", { status: 404 });
  const pageUrl = absoluteUrl(localizedPath(locale, `/indicators/${indicator.slug}`));
  return renderShareCard(indicatorShareCard(indicator, city, locale, pageUrl));
}
