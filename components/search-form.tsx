import type { Locale } from "@/lib/domain/types";
import { localizedPath } from "@/lib/seo";

type Props = { locale: Locale; label: string; placeholder: string; button: string; defaultValue?: string; id?: string };

/** A plain GET form to the search page: works without JavaScript. */
export function SearchForm({ locale, label, placeholder, button, defaultValue, id = "site-search" }: Props) {
  return (
    <form action={localizedPath(locale, "/search")} method="get" role="search" className="flex min-w-0 items-center gap-1">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={placeholder}
        maxLength={100}
        className="w-40 min-w-0 rounded border border-brand-100 px-2 py-1 text-sm sm:w-56"
      />
      <button type="submit" className="rounded bg-brand-700 px-2 py-1 text-sm font-medium text-white hover:bg-brand-800">
        {button}
      </button>
    </form>
  );
}
