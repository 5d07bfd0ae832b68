import NextLink from "next/link";
import type { ComponentProps } from "react";
import { getLocale } from "next-intl/server";
import type { Locale } from "../domain/types";
import { localizedPath } from "../seo";

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string; locale?: Locale };

/**
 * A link to a page in the current language ("/topics/x" → "/en/topics/x" on English pages).
 * Resolved on the server, so the browser gets a plain next/link and no i18n code.
 */
export async function Link({ href, locale, ...rest }: Props) {
  const current = locale ?? ((await getLocale()) as Locale);
  return <NextLink href={localizedPath(current, href)} {...rest} />;
}
