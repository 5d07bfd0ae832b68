import { useState } from "react";
import { call, DeskError, type DeskView, type Review } from "./api";

const input = "w-full rounded border border-stone-400 bg-white px-2 py-1";

/** Corrections and withdrawals of figures already published, each with its date and reason. */
export function Amendments({ view, setView }: { view: DeskView; setView: (v: DeskView) => void }) {
  const review = view.review as Review;
  const [indicator, setIndicator] = useState("");
  const [period, setPeriod] = useState("");
  const [action, setAction] = useState<"correct" | "withdraw">("correct");
  const current = view.catalog.indicators.find((i) => i.slug === indicator);
  const figure = current?.series.find((f) => f.period === period && !f.derived);
  const [form, setForm] = useState({ value: "", written: "", qualifier: "exact", quote: "", date: view.today, reason: "" });
  const [error, setError] = useState<string | null>(null);

  function pick(slug: string, p: string) {
    setIndicator(slug);
    setPeriod(p);
    const f = view.catalog.indicators.find((i) => i.slug === slug)?.series.find((s) => s.period === p);
    if (f) setForm({ ...form, value: String(f.value), written: f.written ?? "", qualifier: f.qualifier, quote: f.quote ?? "" });
  }

  async function submit() {
    try {
      setView(
        action === "correct"
          ? await call("POST", "/api/review/amendments", { indicator, period, value: Number(form.value), written: form.written, qualifier: form.qualifier, quote: form.quote, date: form.date, reason: form.reason })
          : await call("POST", "/api/review/withdrawals", { indicator, period, date: form.date, reason: form.reason }),
      );
      setError(null);
    } catch (e) {
      setError((e as DeskError).message);
    }
  }

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-label="Correct or withdraw a published figure" className="space-y-2 rounded border border-stone-300 bg-white p-3">
        <h3 className="font-semibold">Correct or withdraw a published figure</h3>
        <label className="block">
          <span className="text-xs">Figure</span>
          <select className={input} value={indicator && period ? `${indicator}|${period}` : ""} onChange={(e) => pick(...(e.target.value.split("|") as [string, string]))}>
            <option value="">choose…</option>
            {view.catalog.indicators.flatMap((i) =>
              i.series
                .filter((f) => !f.derived)
                .map((f) => (
                  <option key={`${i.slug}|${f.period}|${f.source}`} value={`${i.slug}|${f.period}`}>
                    {i.name.zh} · {f.shown.zh} ({i.slug})
                  </option>
                )),
            )}
          </select>
        </label>
        {figure && (
          <>
            <div className="flex gap-4 text-sm">
              <label>
                <input type="radio" checked={action === "correct"} onChange={() => setAction("correct")} /> Correct it
              </label>
              <label>
                <input type="radio" checked={action === "withdraw"} onChange={() => setAction("withdraw")} /> Withdraw it
              </label>
            </div>
            {action === "correct" && (
              <div className="grid grid-cols-3 gap-2">
                <label>
                  <span className="text-xs">New value</span>
                  <input className={input} value={form.value} onChange={(e) => setForm({ ...form, value: e.target.value })} />
                </label>
                <label>
                  <span className="text-xs">As written in the source</span>
                  <input className={input} value={form.written} onChange={(e) => setForm({ ...form, written: e.target.value })} />
                </label>
                <label>
                  <span className="text-xs">Qualifier</span>
                  <select className={input} value={form.qualifier} onChange={(e) => setForm({ ...form, qualifier: e.target.value })}>
                    {view.catalog.qualifiers.map((q) => (
                      <option key={q}>{q}</option>
                    ))}
                  </select>
                </label>
                <label className="col-span-3">
                  <span className="text-xs">Quote (the source's sentence)</span>
                  <input className={input} value={form.quote} onChange={(e) => setForm({ ...form, quote: e.target.value })} />
                </label>
              </div>
            )}
            <label className="block">
              <span className="text-xs">Date</span>
              <input className={input} type="date" value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} />
            </label>
            <label className="block">
              <span className="text-xs">Reason (published with it)</span>
              <input className={input} value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} />
            </label>
            <button onClick={submit} className="rounded bg-amber-800 px-3 py-1 font-medium text-white">
              {action === "correct" ? "Add correction" : "Add withdrawal"}
            </button>
          </>
        )}
        {error && (
          <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
            {error}
          </p>
        )}
      </section>
      <section className="rounded border border-stone-300 bg-white p-3" aria-label="In this review">
        <h3 className="font-semibold">In this review</h3>
        <ul className="text-sm">
          {review.amendments.map((a, i) => (
            <li key={`a${i}`}>
              correct {a.indicator} {a.period} → {a.written} ({a.reason}){" "}
              <button className="underline" onClick={async () => setView(await call("DELETE", `/api/review/amendments/${i}`))}>
                remove
              </button>
            </li>
          ))}
          {review.withdrawals.map((w, i) => (
            <li key={`w${i}`}>
              withdraw {w.indicator} {w.period} ({w.reason}){" "}
              <button className="underline" onClick={async () => setView(await call("DELETE", `/api/review/withdrawals/${i}`))}>
                remove
              </button>
            </li>
          ))}
          {review.amendments.length + review.withdrawals.length === 0 && <li className="text-stone-600">none yet</li>}
        </ul>
      </section>
    </div>
  );
}
