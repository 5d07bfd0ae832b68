import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getIndicator, listIndicatorSlugs } from "@/lib/data/indicators";
import { FigureEmbed } from "@/components/figure-embed";
import { prerenderedIndicators } from "@/lib/server/prerender-limit";

// The English embed of a figure.
// Renamed slugs redirect in next.config.ts; any other unknown slug is a 404. Indicators beyond the
// build's limit (lib/server/prerender-limit.ts) are rendered on their first request.
export const dynamicParams = true;

export async function generateStaticParams() {
  return prerenderedIndicators(await listIndicatorSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<"/embed/en/indicators/[slug]">): Promise<Metadata> {
  const indicator = await getIndicator((await params).slug);
  return indicator ? { title: indicator.name.en } : {};
}

export default async function EmbedPage({ params }: PageProps<"/embed/en/indicators/[slug]">) {
  const { slug } = await params;
  const indicator = await getIndicator(slug);
  if (!indicator) {
    notFound();
  }
  return <FigureEmbed indicator={indicator} locale="en" />;
}
