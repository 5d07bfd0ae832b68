import { getChart, listAllCharts } from "@/lib/charts/catalog";
import { renderChartPng } from "@/lib/charts/chart-png";
import { getCity } from "@/lib/data/city";
import { LOCALES } from "@/lib/i18n/paths";
import { pngParams } from "@/lib/server/route-params";
import { chartFileContent } from "@/components/charts/chart-caption";

// A chart's PNG: its page's og:image and its download, pre-rendered at build time.
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  const charts = await listAllCharts();
  return LOCALES.flatMap((locale) => charts.map((c) => ({ locale, file: `${c.spec.slug}.png` })));
}

export async function GET(_: Request, { params }: RouteContext<"/og/[locale]/charts/[file]">) {
  const parsed = pngParams.safeParse(await params);
  if (!parsed.success) return new Response("Not found", { status: 404 });
  const { locale, file: slug } = parsed.data;
  const chart = await getChart(slug);
  if (!chart) return new Response("Not found", { status: 404 });
  const [{ model, caption }, city] = await Promise.all([chartFileContent(chart, locale), getCity()]);
  const brand = locale === "zh" ? `${city.name.zh} · ${city.portalName.zh}` : city.portalName.en;
  return renderChartPng(model, caption, brand);
}
