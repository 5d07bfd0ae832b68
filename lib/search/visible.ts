/** Control and format characters (NUL, zero-width space, bidi marks): they match nothing a reader means. */
export const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** What remains of a query once invisible characters are removed: empty means there is nothing to look for. */
export const visibleText = (text: string) => text.normalize("NFKC").replace(INVISIBLE, "").trim();
