import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { getChart, listAllCharts } from "@/lib/charts/catalog";
import { ChartEmbed } from "@/components/charts/chart-embed";

// The English embed of a chart; only /embed/ pages may be framed by other sites.
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listAllCharts()).map((c) => ({ slug: c.spec.slug }));
}

export async function generateMetadata({ params }: PageProps<"/embed/en/charts/[slug]">): Promise<Metadata> {
  const chart = await getChart((await params).slug);
  return chart ? { title: chart.spec.title.en } : {};
}

export default async function ChartEmbedPage({ params }: PageProps<"/embed/en/charts/[slug]">) {
  const { slug } = await params;
  setRequestLocale("en");
  const chart = await getChart(slug);
  if (!chart) notFound();
  return <ChartEmbed chart={chart} locale="en" />;
}
