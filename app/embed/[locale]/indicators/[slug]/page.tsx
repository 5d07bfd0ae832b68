import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCitationContextFor } from "@/lib/data/citation-context";
import { getIndicator, listIndicatorSlugs } from "@/lib/data/indicators";
import { sourceOfFigure } from "@/lib/citation";
import { latestFigure, type Locale } from "@/lib/domain/types";
import { inEveryLocale } from "@/lib/i18n/paths";
import { prerenderedIndicators } from "@/lib/server/prerender-limit";
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
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const indicator = await getIndicator(slug);
  return indicator ? { title: indicator.name[locale] } : {};
}

export default async function EmbedPage({ params }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const indicator = await getIndicator(slug);
  if (!indicator) {
    notFound();
  }
  const figure = latestFigure(indicator);
  const context = await getCitationContextFor([indicator]);
  return <FigureEmbed indicator={indicator} figure={figure} source={sourceOfFigure(figure, context.all)} city={context.city} locale={locale} />;
}
