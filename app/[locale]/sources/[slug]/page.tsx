import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getSource, listSourcePlacements, listSources } from "@/lib/data/sources";
import type { Locale } from "@/lib/domain/types";
import { formatDate } from "@/lib/format";
import { inEveryLocale } from "@/lib/i18n/paths";
import { pageMetadata } from "@/lib/seo";
import { localizedPath } from "@/lib/i18n/paths";
import { shareImagePath } from "@/lib/share/image-paths";
import { segmentSource } from "@/lib/source-highlights";
import { figureAnchor, sentenceAnchor, storyAnchor } from "@/lib/source-anchors";
import { captionSpans, splitSentences } from "@/lib/content/source-text";

type Props = PageProps<"/[locale]/sources/[slug]">;

export const dynamicParams = false;

export async function generateStaticParams() {
  const sources = await listSources();
  return inEveryLocale(sources.map((s) => s.slug));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const source = await getSource(slug);
  if (!source) return {};
  return pageMetadata(locale, `/sources/${slug}`, source.title[locale], source.authors.join(locale === "zh" ? "、" : ", "), shareImagePath.home(locale));
}

export default async function SourcePage({ params }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const [source, placements, t, tf] = await Promise.all([
    getSource(slug),
    listSourcePlacements(slug),
    getTranslations("source"),
    getTranslations("figure"),
  ]);
  if (!source) notFound();
  const segments = segmentSource(
    source.text,
    placements.figures.map((f) => ({
      start: f.start,
      end: f.end,
      id: figureAnchor(f.indicatorSlug),
      href: localizedPath(locale, `/indicators/${f.indicatorSlug}`),
      title: f.name[locale],
    })),
    [
      ...placements.stories.map((s) => ({ offset: s.offset, id: storyAnchor(s.slug) })),
      // Search links a source sentence here (lib/data/search.ts).
      ...splitSentences(source.text).map((s) => ({ offset: s.start, id: sentenceAnchor(s.start) })),
    ],
    captionSpans(source.text),
  );
  return (
    <article className="space-y-6">
      <header>
        <p className="text-sm text-muted">{t("title")}</p>
        <h1 lang="zh-CN" className="text-2xl font-bold sm:text-3xl">
          {source.title.zh}
        </h1>
        {locale === "en" && <p className="mt-1 text-lg text-muted">{source.title.en}</p>}
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted">{t("authors")}</dt>
          <dd lang="zh-CN">{source.authors.join("、")}</dd>
          <dt className="text-muted">{tf("published")}</dt>
          <dd>{source.published ? formatDate(source.published, locale) : tf("notStated")}</dd>
          <dt className="text-muted">{t("retrieved")}</dt>
          <dd>{formatDate(source.retrieved, locale)}</dd>
          {source.publisher && (
            <>
              <dt className="text-muted">{tf("source")}</dt>
              <dd>{source.publisher}</dd>
            </>
          )}
        </dl>
        <p className="mt-3">{t("intro")}</p>
        <p className="text-sm text-muted">{t("highlighted", { count: placements.figures.length })}</p>
      </header>
      <div lang="zh-CN" className="whitespace-pre-line rounded-lg border border-brand-100 bg-white p-4 text-base leading-8 sm:p-6">
        {segments.map((s, i) =>
          s.kind === "text" ? (
            s.text
          ) : s.kind === "anchor" ? (
            <span key={i} id={s.id} />
          ) : s.kind === "caption" ? (
            // Shown where it is printed, but marked: a photo's caption is not part of the sentence it interrupts.
            <span key={i} className="source-caption text-sm text-muted" data-caption="">
              <span className="mr-1 rounded bg-brand-50 px-1 text-xs font-medium not-italic text-brand-800">{t("caption")}</span>
              <span className="italic">{s.text}</span>
            </span>
          ) : (
            <a key={i} id={s.highlight.id || undefined} href={s.highlight.href} title={s.highlight.title} className="no-underline">
              <mark className="figure-mark underline decoration-brand-600 decoration-2 underline-offset-4">{s.text}</mark>
            </a>
          ),
        )}
      </div>
    </article>
  );
}
