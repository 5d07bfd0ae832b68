import QRCode from "qrcode";
import { getCity } from "@/lib/data/city";
import { getIndicator, listIndicatorSlugs } from "@/lib/data/indicators";
import { LOCALES, localizedPath } from "@/lib/i18n/paths";
import { absoluteUrl } from "@/lib/seo";
import { indicatorShareCard } from "@/lib/share/cards";
import { pngParams } from "@/lib/server/route-params";
import { renderSquareCard } from "@/lib/share/share-card";
import { prerenderedIndicators } from "@/lib/server/prerender-limit";

export const dynamic = "force-static";
// Like the other per-indicator files, only the build's first indicators (lib/server/prerender-limit.ts)
// are made by `next build`; the rest on first request. Every indicator's card made it 10,000 PNGs at 50,000 figures.
export const dynamicParams = true;

export async function generateStaticParams() {
  const slugs = prerenderedIndicators(await listIndicatorSlugs());
  return LOCALES.flatMap((locale) => slugs.map((slug) => ({ locale, file: `${slug}.png` })));
}

/** A figure's square "save image" card, with a QR code to its page. */
export async function GET(_: Request, { params }: RouteContext<"/og/[locale]/cards/[file]">) {
  // Checked before anything renders: an unknown language or a name that is no slug is a 404.
  const parsed = pngParams.safeParse(await params);
  if (!parsed.success) return new Response("Not found", { status: 404 });
  const { locale, file: slug } = parsed.data;
  const [indicator, city] = await Promise.all([getIndicator(slug), getCity()]);
  if (!indicator) return new Response("Not found", { status: 404 });
  const pageUrl = absoluteUrl(localizedPath(locale, `/indicators/${indicator.slug}`));
  // Whole pixels per module and a quiet zone, drawn at its own size: a resampled code scans badly.
  const options = { margin: 2, scale: 6, errorCorrectionLevel: "M" } as const;
  const size = (QRCode.create(pageUrl, options).modules.size + 2 * options.margin) * options.scale;
  const qr = await QRCode.toDataURL(pageUrl, options);
  return renderSquareCard(indicatorShareCard(indicator, city, locale, pageUrl), { src: qr, size });
}
