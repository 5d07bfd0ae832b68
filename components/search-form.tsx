import type { Locale } from "@/lib/domain/types";
import { localizedPath } from "@/lib/i18n/paths";

type Props = {
  locale: Locale;
  label: string;
  placeholder: string;
  button: string;
  defaultValue?: string;
  id?: string;
  className?: string;
};

/** A plain GET form to the search page: works without JavaScript. */
export function SearchForm({ locale, label, placeholder, button, defaultValue, id = "site-search", className = "" }: Props) {
  return (
    <form action={localizedPath(locale, "/search")} method="get" role="search" className={`flex min-w-0 items-center gap-1 ${className}`}>
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
        className="min-h-11 min-w-0 flex-1 rounded border border-brand-100 px-2 text-base sm:w-44 sm:flex-none sm:text-sm"
      />
      <button type="submit" className="min-h-11 min-w-11 rounded bg-brand-700 px-3 text-sm whitespace-nowrap font-medium text-white hover:bg-brand-800">
        {button}
      </button>
    </form>
  );
}
