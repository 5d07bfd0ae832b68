"use client";

import { useState } from "react";
import type { CitationAroundDate } from "@/lib/dates";
import { CopyButton } from "./copy-button";

export type CitationChoice = {
  style: string;
  lang: "zh" | "en";
  text: string;
  /** The copy button's name for this one ("复制APA（英文）"). */
  copyLabel: string;
  /** The same citation split around its access date, which the copy button fills with the day of copying. */
  citation: CitationAroundDate;
};

type Props = {
  choices: CitationChoice[];
  styles: { key: string; label: string }[];
  languages: { key: "zh" | "en"; label: string }[];
  labels: { style: string; language: string; copied: string; failed: string };
};

const radio = "inline-flex min-h-11 cursor-pointer items-center gap-2 rounded border border-brand-100 px-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50";

/**
 * One citation at a time, with a choice of style and language, instead of every combination in full.
 * Without JavaScript the first style in the page's language shows and copies by selection.
 */
export function CitationPicker({ choices, styles, languages, labels }: Props) {
  const [style, setStyle] = useState(styles[0].key);
  const [lang, setLang] = useState(languages[0].key);
  const chosen = choices.find((c) => c.style === style && c.lang === lang) ?? choices[0];
  return (
    <div className="space-y-3" data-testid="citation-picker">
      <div className="flex flex-wrap gap-x-6 gap-y-2 print:hidden">
        <fieldset className="flex flex-wrap items-center gap-2">
          <legend className="sr-only">{labels.style}</legend>
          <span aria-hidden="true" className="text-sm text-muted">
            {labels.style}
          </span>
          {styles.map((s) => (
            <label key={s.key} className={radio}>
              <input type="radio" name="cite-style" value={s.key} checked={style === s.key} onChange={() => setStyle(s.key)} />
              {s.label}
            </label>
          ))}
        </fieldset>
        <fieldset className="flex flex-wrap items-center gap-2">
          <legend className="sr-only">{labels.language}</legend>
          <span aria-hidden="true" className="text-sm text-muted">
            {labels.language}
          </span>
          {languages.map((l) => (
            <label key={l.key} className={radio}>
              <input type="radio" name="cite-lang" value={l.key} checked={lang === l.key} onChange={() => setLang(l.key)} />
              {l.label}
            </label>
          ))}
        </fieldset>
      </div>
      <p id="cite-chosen" lang={chosen.lang === "zh" ? "zh-CN" : "en"} className="rounded bg-brand-50 p-3 text-sm break-words" data-testid="cite-chosen">
        {chosen.text}
      </p>
      <p className="print:hidden">
        <CopyButton text={chosen.text} targetId="cite-chosen" label={chosen.copyLabel} copiedLabel={labels.copied} failedLabel={labels.failed} citation={chosen.citation} />
      </p>
    </div>
  );
}
