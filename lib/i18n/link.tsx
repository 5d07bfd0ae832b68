import type { ComponentProps } from "react";
import { getLocale } from "next-intl/server";
import type { Locale } from "../domain/types";
import { localizedPath } from "./paths";

type Props = Omit<ComponentProps<"a">, "href"> & { href: string; locale?: Locale };

/**
 * A link to a page in the current language ("/topics/x" → "/en/topics/x" on English pages).
 * A plain anchor, not next/link: every page is pre-rendered and served from memory, so a full load
 * is quick, while next/link would prefetch each link's RSC payload on a resident's metered phone
 * and hydrate one client component per link (the bench's Lighthouse TBT showed both).
 */
export async function Link({ href, locale, ...rest }: Props) {
  const current = locale ?? ((await getLocale()) as Locale);
  return <a href={localizedPath(current, href)} {...rest} />;
}
