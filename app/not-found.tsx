import "./globals.css";

// Paths outside both languages' trees (rare: the proxy sends almost everything to a language).
export default function RootNotFound() {
  return (
    <html lang="zh-CN">
      <body className="mx-auto max-w-xl p-8">
        <h1 className="text-2xl font-bold">找不到这个页面 · Page not found</h1>
        <p className="mt-3">
          <a className="underline" href="/">回到首页</a> · <a className="underline" href="/en">Home (English)</a>
        </p>
      </body>
    </html>
  );
}
