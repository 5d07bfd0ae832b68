import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCity } from "@/lib/data/city";
import { listSources } from "@/lib/data/sources";
import { listTopics } from "@/lib/data/topics";
import type { Locale } from "@/lib/domain/types";
import { pageMetadata } from "@/lib/seo";
import { shareImagePath } from "@/lib/share/image-paths";

export async function generateMetadata({ params }: PageProps<"/[locale]/about">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const [t, city] = await Promise.all([getTranslations({ locale, namespace: "about" }), getCity()]);
  return pageMetadata(locale, "/about", t("title"), city.tagline[locale], shareImagePath.home(locale));
}

export default async function AboutPage({ params }: PageProps<"/[locale]/about">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, city, topics, sources] = await Promise.all([getTranslations("about"), getCity(), listTopics(), listSources()]);
  const list = (items: string[]) => new Intl.ListFormat(locale === "zh" ? "zh-CN" : "en", { type: "conjunction" }).format(items);
  const values = {
    portal: city.portalName[locale],
    city: city.name[locale],
    topics: list(topics.filter((topic) => topic.indicatorCount > 0).map((topic) => topic.name[locale])),
    count: sources.length,
    sources: list(sources.map((s) => (locale === "zh" ? `《${s.title.zh}》（${s.authors.join("、")}）` : `“${s.title.zh}” (${s.title.en}) by ${s.authors.join(", ")}`))),
  };
  const sections = ["what", "where", "derived", "errors"] as const;
  const icp = city.icp ? t("icp", { icp: city.icp }) : "";
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <section aria-labelledby="about-who" data-testid="about-who">
        <h2 id="about-who" className="text-lg font-bold">
          {t("who")}
        </h2>
        <p className="mt-1">{t("whoBody", { operator: city.operator[locale], icp })}</p>
      </section>
      {sections.map((key) => (
        <section key={key} aria-labelledby={`about-${key}`}>
          <h2 id={`about-${key}`} className="text-lg font-bold">
            {t(key)}
          </h2>
          <p className="mt-1">{t(`${key}Body`, values)}</p>
        </section>
      ))}
      <p>
        {t("contact")}
        <a className="text-brand-700 underline" href={`mailto:${city.contact}`}>
          {city.contact}
        </a>
      </p>
    </article>
  );
}
