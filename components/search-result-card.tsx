import type { SearchResultItem } from "@/lib/data/search";
import type { Locale } from "@/lib/domain/types";
import { localizedPath } from "@/lib/i18n/paths";
import { Highlighted } from "./highlighted";

/** One search result: its kind, its linked title with the latest figure, and the text that matched. */
export function SearchResultCard({ result: r, locale, kindLabel }: { result: SearchResultItem; locale: Locale; kindLabel: string }) {
  return (
    <li className="rounded-lg border border-brand-100 bg-white p-4" data-kind={r.kind} data-ref={r.ref}>
      <p className="text-xs font-medium uppercase tracking-wide text-brand-700">{kindLabel}</p>
      <h3 className="mt-1 font-bold">
        <a href={localizedPath(locale, r.path)} className="inline-flex min-h-11 min-w-11 items-center text-brand-800 underline">
          {/* One flex item: separate ones would put spaces into the link's accessible name. */}
          <span>
            <Highlighted segments={r.titleSegments} />
          </span>
        </a>
        {r.value && <span className="figure-value ml-2 font-bold tabular-nums text-ink">{r.value}</span>}
      </h3>
      <p className="mt-1 text-sm text-muted" lang={r.lang === "zh" ? "zh-CN" : "en"}>
        <Highlighted segments={r.snippetSegments} />
      </p>
    </li>
  );
}
