import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { findRenamedIndicator, getIndicator, listIndicatorSlugs } from "@/lib/data/indicators";
import { FigureEmbed } from "@/components/figure-embed";

// The English embed of a figure.
export async function generateStaticParams() {
  return (await listIndicatorSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<"/embed/en/indicators/[slug]">): Promise<Metadata> {
  const indicator = await getIndicator((await params).slug);
  return indicator ? { title: indicator.name.en } : {};
}

export default async function EmbedPage({ params }: PageProps<"/embed/en/indicators/[slug]">) {
  const { slug } = await params;
  const indicator = await getIndicator(slug);
  if (!indicator) {
    const renamed = await findRenamedIndicator(slug);
    if (renamed) permanentRedirect(`/embed/en/indicators/${renamed}`);
    notFound();
  }
  return <FigureEmbed indicator={indicator} locale="en" />;
}
