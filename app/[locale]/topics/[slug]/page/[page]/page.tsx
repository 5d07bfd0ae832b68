import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listIndicatorsByTopic } from "@/lib/data/indicators";
import { LOCALES } from "@/lib/i18n/paths";
import { laterTopicPageParams } from "@/lib/server/route-params";
import { IndicatorCard } from "@/components/indicator-card";
import { Pager } from "@/components/pager";
import { laterTopicPages } from "@/lib/data/paged-lists";
import { topicPage, topicPageMetadata } from "../../topic-pages";

type Props = PageProps<"/[locale]/topics/[slug]/page/[page]">;

// Only the pages a topic's indicators fill are made; /topics/<slug>/page/<n> past the last is a 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  const pages = await laterTopicPages();
  return LOCALES.flatMap((locale) => pages.map((p) => ({ locale, ...p })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = laterTopicPageParams.safeParse(await params);
  return parsed.success ? topicPageMetadata(parsed.data.locale, parsed.data.slug, parsed.data.page) : {};
}

/** The indicator cards after the first page of a large topic; its summary, charts and voices stay on page 1. */
export default async function TopicLaterPage({ params }: Props) {
  const parsed = laterTopicPageParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { locale, slug, page: n } = parsed.data;
  setRequestLocale(locale);
  const found = await topicPage(slug, n);
  if (!found) notFound();
  const { topic, page } = found;
  const [indicators, t, tp] = await Promise.all([
    listIndicatorsByTopic(slug, { skip: page.skip, take: page.take }),
    getTranslations("topic"),
    getTranslations("pager"),
  ]);
  return (
    <article className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold text-brand-800 sm:text-3xl">{topic.name[locale]}</h1>
        <p className="mt-2 text-lg">{topic.description[locale]}</p>
      </header>
      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading" className="mb-4 text-xl font-bold">
          {t("figures")}{" "}
          <span className="text-base font-normal text-muted">
            ({t("count", { count: page.total })} · {tp("pageOf", { page: page.page, pages: page.pages })})
          </span>
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {indicators.map((indicator) => (
            <IndicatorCard key={indicator.slug} indicator={indicator} locale={locale} />
          ))}
        </ul>
        <div className="mt-6">
          <Pager page={page} base={`/topics/${topic.slug}`} locale={locale} />
        </div>
      </section>
    </article>
  );
}
