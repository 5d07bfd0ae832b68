/**
 * schema.org structured data. JSON.stringify output is safe inside <script>
 * once "<" is escaped, so no text from content can close the tag.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
