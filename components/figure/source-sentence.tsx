import { getTranslations } from "next-intl/server";
import type { Figure, Locale } from "@/lib/domain/types";
import { localizedPath } from "@/lib/i18n/paths";
import { SourceQuote } from "@/components/source-quote";
import { Section } from "@/components/section";

type Stated = NonNullable<Figure["stated"]>;

/** The sentence a stated figure comes from, its source, and a link to the sentence in place. */
export async function SourceSentence({ stated, indicatorSlug, locale }: { stated: Stated; indicatorSlug: string; locale: Locale }) {
  const t = await getTranslations("figure");
  return (
    <Section id="quote-heading" className="space-y-2" title={t("sourceSentence")}>
      <SourceQuote quote={stated.quote} written={stated.written} />
      <p className="text-sm">
        {t("source")}: <span lang="zh-CN">《{stated.source.title.zh}》</span>
        {locale === "en" && ` (${stated.source.title.en})`}, {stated.source.authors.join(locale === "zh" ? "、" : ", ")}
        {" · "}
        <a className="text-brand-700 underline" href={`${localizedPath(locale, `/sources/${stated.source.slug}`)}#fig-${indicatorSlug}`}>
          {t("inSource")}
        </a>
      </p>
    </Section>
  );
}
