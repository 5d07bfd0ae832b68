import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { listSources } from "@/lib/data/sources";
import type { Locale } from "@/lib/domain/types";
import { pageMetadata } from "@/lib/seo";
import { shareImagePath } from "@/lib/share/image-paths";

export async function generateMetadata({ params }: PageProps<"/[locale]/sources">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "source" });
  return pageMetadata(locale, "/sources", t("title"), t("intro"), shareImagePath.home(locale));
}

export default async function SourcesPage({ params }: PageProps<"/[locale]/sources">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [sources, t] = await Promise.all([listSources(), getTranslations("source")]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <ul className="space-y-3">
        {sources.map((s) => (
          <li key={s.slug}>
            <Link href={`/sources/${s.slug}`} className="text-lg text-brand-700 underline">
              <span lang="zh-CN">{s.title.zh}</span>
            </Link>
            {locale === "en" && <p className="text-muted">{s.title.en}</p>}
            <p className="text-sm text-muted" lang="zh-CN">{s.authors.join("、")}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
