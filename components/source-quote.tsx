/** The source sentence with the figure's own words highlighted. */
export function SourceQuote({ quote, written }: { quote: string; written: string }) {
  const at = quote.indexOf(written);
  return (
    <blockquote lang="zh-CN" className="border-l-4 border-brand-600 bg-brand-50 px-4 py-3 text-base leading-8">
      {at < 0 ? (
        quote
      ) : (
        <>
          {quote.slice(0, at)}
          <mark className="figure-mark font-semibold">{written}</mark>
          {quote.slice(at + written.length)}
        </>
      )}
    </blockquote>
  );
}
