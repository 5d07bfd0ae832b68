import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { getChart, listAllCharts } from "@/lib/charts/catalog";
import type { Locale } from "@/lib/domain/types";
import { inEveryLocale } from "@/lib/i18n/paths";
import { ChartEmbed } from "@/components/charts/chart-embed";

// /embed/charts/<slug> is the Chinese embed and /embed/en/charts/<slug> the English one (lib/i18n/paths.ts);
// only /embed/ pages may be framed by other sites.
export const dynamicParams = false;

type Props = PageProps<"/embed/[locale]/charts/[slug]">;

export async function generateStaticParams() {
  return inEveryLocale((await listAllCharts()).map((c) => c.spec.slug));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const chart = await getChart(slug);
  return chart ? { title: chart.spec.title[locale] } : {};
}

export default async function ChartEmbedPage({ params }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const chart = await getChart(slug);
  if (!chart) notFound();
  return <ChartEmbed chart={chart} locale={locale} />;
}
