/**
 * A slug names a page in its URL (an indicator, topic, chart, source): lower-case English words
 * joined by hyphens. Content, API parameters, file names and the OpenAPI document all use this one
 * pattern, so what content accepts is exactly what a URL can name.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isSlug = (value: string) => SLUG_PATTERN.test(value);

/** "hotline-rate.png" → "hotline-rate" when the name is a slug with that extension, else null. */
export function slugOfFileName(file: string, extension: string): string | null {
  const suffix = `.${extension}`;
  if (!file.endsWith(suffix)) return null;
  const slug = file.slice(0, -suffix.length);
  return isSlug(slug) ? slug : null;
}
