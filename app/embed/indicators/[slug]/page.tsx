import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getIndicator, listIndicatorSlugs } from "@/lib/data/indicators";
import { FigureEmbed } from "@/components/figure-embed";

// The Chinese embed of a figure; ?lang=en is rewritten to the English one in next.config.ts.
// Renamed slugs redirect in next.config.ts; any other unknown slug is a 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listIndicatorSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<"/embed/indicators/[slug]">): Promise<Metadata> {
  const indicator = await getIndicator((await params).slug);
  return indicator ? { title: indicator.name.zh } : {};
}

export default async function EmbedPage({ params }: PageProps<"/embed/indicators/[slug]">) {
  const { slug } = await params;
  const indicator = await getIndicator(slug);
  if (!indicator) {
    notFound();
  }
  return <FigureEmbed indicator={indicator} locale="zh" />;
}
