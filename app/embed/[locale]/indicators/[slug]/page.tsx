import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCitationContextFor } from "@/lib/data/citation-context";
import { getIndicator, listIndicatorSlugs } from "@/lib/data/indicators";
import { sourceOfFigure } from "@/lib/citation";
import { latestFigure } from "@/lib/domain/types";
import { inEveryLocale } from "@/lib/i18n/paths";
import { prerenderedIndicators } from "@/lib/server/prerender-limit";
import { slugPageParams } from "@/lib/server/route-params";
import { FigureEmbed } from "@/components/figure-embed";

// /embed/indicators/<slug> is the Chinese embed and /embed/en/indicators/<slug> the English one (lib/i18n/paths.ts);
// ?lang=en on the Chinese address is rewritten to the English one. Renamed slugs redirect in next.config.ts;
// any other unknown slug is a 404. Indicators beyond the build's limit (lib/server/prerender-limit.ts)
// are rendered on their first request.
export const dynamicParams = true;

type Props = PageProps<"/embed/[locale]/indicators/[slug]">;

export async function generateStaticParams() {
  return inEveryLocale(prerenderedIndicators(await listIndicatorSlugs()));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = slugPageParams.safeParse(await params);
  const indicator = parsed.success ? await getIndicator(parsed.data.slug) : null;
  return indicator && parsed.success ? { title: indicator.name[parsed.data.locale] } : {};
}

export default async function EmbedPage({ params }: Props) {
  // Checked before anything renders: an unknown language or a slug that is no slug is the 404.
  const parsed = slugPageParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { locale, slug } = parsed.data;
  const indicator = await getIndicator(slug);
  if (!indicator) {
    notFound();
  }
  const figure = latestFigure(indicator);
  const context = await getCitationContextFor([indicator]);
  return <FigureEmbed indicator={indicator} figure={figure} source={sourceOfFigure(figure, context.all)} city={context.city} locale={locale} />;
}
