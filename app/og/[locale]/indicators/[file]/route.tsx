import { getCity } from "@/lib/data/city";
import { getIndicator, listIndicatorSlugs } from "@/lib/data/indicators";
import type { Locale } from "@/lib/domain/types";
import { LOCALES } from "@/lib/i18n/paths";
import { absoluteUrl } from "@/lib/seo";
import { localizedPath } from "@/lib/i18n/paths";
import { indicatorShareCard } from "@/lib/share/cards";
import { slugFromPngName } from "@/lib/share/image-paths";
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
  const { locale, file } = (await params) as { locale: Locale; file: string };
  const slug = slugFromPngName(file);
  const [indicator, city] = await Promise.all([slug ? getIndicator(slug) : null, getCity()]);
  if (!indicator) return new Response("Not found", { status: 404 });
  const pageUrl = absoluteUrl(localizedPath(locale, `/indicators/${indicator.slug}`));
  return renderShareCard(indicatorShareCard(indicator, city, locale, pageUrl));
}
