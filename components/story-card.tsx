import type { Locale, Story } from "@/lib/domain/types";

/** A resident's or official's words: the Chinese original always, with a translation in English pages. */
export function StoryCard({ story, locale, sourceHref }: { story: Story; locale: Locale; sourceHref: string }) {
  return (
    <li className="rounded-lg border border-brand-100 bg-white p-4">
      <figure>
        <blockquote lang="zh-CN" className="text-base leading-8">
          “{story.quote}”
        </blockquote>
        {locale === "en" && <p className="mt-2 text-sm italic text-muted">“{story.translationEn}”</p>}
        <figcaption className="mt-2 text-sm text-muted">
          — {story.speaker[locale]}, {story.context[locale]} ·{" "}
          <a className="underline" href={sourceHref}>
            {locale === "zh" ? "原文" : "source"}
          </a>
        </figcaption>
      </figure>
    </li>
  );
}
