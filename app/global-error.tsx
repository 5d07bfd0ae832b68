"use client";

// Shown only if the root layout itself fails; kept tiny because Next loads it on every page.
export default function GlobalError() {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "sans-serif", padding: "2rem" }}>
        <h1>出错了 · Something went wrong</h1>
        <p>
          <a href="/">返回首页</a> · <a href="/en">Home</a>
        </p>
      </body>
    </html>
  );
}
