import { getCity } from "@/lib/data/city";
import { listIndicatorsByTopic } from "@/lib/data/indicators";
import { listSources } from "@/lib/data/sources";
import { getTopic, listTopics } from "@/lib/data/topics";
import { LOCALES } from "@/lib/i18n/paths";
import { absoluteUrl } from "@/lib/seo";
import { localizedPath } from "@/lib/i18n/paths";
import { topicShareCard } from "@/lib/share/cards";
import { pngParams } from "@/lib/server/route-params";
import { renderShareCard } from "@/lib/share/share-card";

export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  const topics = await listTopics();
  return LOCALES.flatMap((locale) => topics.map((t) => ({ locale, file: `${t.slug}.png` })));
}

export async function GET(_: Request, { params }: RouteContext<"/og/[locale]/topics/[file]">) {
  const parsed = pngParams.safeParse(await params);
  if (!parsed.success) return new Response("Not found", { status: 404 });
  const { locale, file: slug } = parsed.data;
  const [topic, indicators, city, sources] = await Promise.all([getTopic(slug), listIndicatorsByTopic(slug), getCity(), listSources()]);
  if (!topic) return new Response("Not found", { status: 404 });
  const pageUrl = absoluteUrl(localizedPath(locale, `/topics/${slug}`));
  return renderShareCard(topicShareCard(topic, indicators.length, city, sources, locale, pageUrl));
}
