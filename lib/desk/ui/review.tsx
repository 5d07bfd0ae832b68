import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { call, DeskError, type DeskView, type Entry, type Problem, type Review } from "./api";
import { CandidatePanel } from "./candidate-panel";
import { Amendments } from "./amendments";
import { PublishPanel } from "./publish";

const decisionLabel = (e: Entry, view: DeskView) => {
  const d = e.decision;
  if (!d) return "—";
  if (d.kind === "reject") return "not a figure";
  if (d.kind === "new") return `new: ${d.slug}`;
  const ind = view.catalog.indicators.find((i) => i.slug === d.indicator);
  return `series: ${ind?.name.zh ?? d.indicator}`;
};

/** Steps 2 and 3: every candidate in a table and in the text, its decision, and the checks beside it. */
export function ReviewScreen({ view, setView }: { view: DeskView; setView: (v: DeskView) => void }) {
  const review = view.review as Review;
  const [selected, setSelected] = useState<string | null>(review.candidates[0]?.id ?? null);
  const [tab, setTab] = useState<"review" | "published" | "publish">(review.candidates.length ? "review" : "published");
  const [error, setError] = useState<string | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const rowRefs = useRef<Record<string, HTMLTableRowElement | null>>({});

  const left = review.candidates.filter((c) => !c.decision).length;
  const problemsOf = useMemo(() => {
    const by: Record<string, Problem[]> = {};
    for (const p of view.problems) if (p.candidate) (by[p.candidate] ??= []).push(p);
    return by;
  }, [view.problems]);
  const general = view.problems.filter((p) => !p.candidate);
  // An undecided figure is counted as left, not as a problem; publishing still waits for it.
  const real = view.problems.filter((p) => p.kind !== "undecided");

  // Selecting a row scrolls the text to its number; the row itself is kept in view for the keyboard.
  useEffect(() => {
    if (!selected) return;
    textRef.current?.querySelector(`[data-candidate="${selected}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" });
    rowRefs.current[selected]?.scrollIntoView({ block: "nearest" });
  }, [selected]);

  async function patch(id: string, body: Partial<Pick<Entry, "figure" | "decision" | "preferred" | "correction">>) {
    try {
      setView(await call("PATCH", `/api/review/candidates/${id}`, body));
      setError(null);
    } catch (e) {
      setError((e as DeskError).message);
    }
  }

  const ids = review.candidates.map((c) => c.id);
  function onTableKey(e: KeyboardEvent) {
    if ((e.target as HTMLElement).tagName !== "TR") return;
    const at = selected ? ids.indexOf(selected) : -1;
    const next = (step: number) => {
      e.preventDefault();
      const id = ids[Math.min(ids.length - 1, Math.max(0, at + step))];
      setSelected(id);
      rowRefs.current[id]?.focus();
    };
    if (e.key === "ArrowDown" || e.key === "j") next(1);
    else if (e.key === "ArrowUp" || e.key === "k") next(-1);
    else if (e.key === "x" && selected) {
      e.preventDefault();
      void patch(selected, { decision: { kind: "reject" } });
    } else if (e.key === "s" && selected) {
      // Accept the drafter's series match (or the closest indicator) for this figure.
      const entry = review.candidates.find((c) => c.id === selected)!;
      const indicator = entry.match?.slug ?? view.suggestions[selected]?.matches[0]?.slug;
      if (indicator) {
        e.preventDefault();
        void patch(selected, { decision: { kind: "series", indicator } });
      }
    } else if (e.key === "Enter" && selected) {
      e.preventDefault();
      document.getElementById("candidate-panel")?.querySelector<HTMLElement>("input, select, button")?.focus();
    }
  }

  async function discard() {
    if (!window.confirm("Discard this review? Nothing in content/ changes; the review is moved to the desk's done folder.")) return;
    setView(await call("DELETE", "/api/review"));
  }

  return (
    <div>
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <h2 className="text-lg font-semibold">{review.source ? `${review.source.title.zh} (${review.source.slug})` : "Corrections and withdrawals"}</h2>
        <span aria-live="polite" data-testid="left" className="rounded bg-amber-100 px-2 py-0.5 text-sm">
          {left} of {review.candidates.length} left to decide
        </span>
        <span className="text-sm text-stone-700" data-testid="problem-count">
          {real.length === 0 ? "no problems" : `${real.length} problem(s) to fix`}
        </span>
        <nav className="ml-auto flex gap-1" aria-label="Steps">
          {(
            [
              ["review", "Review"],
              ["published", "Correct or withdraw published"],
              ["publish", "Preview and publish"],
            ] as const
          ).map(([key, label]) => (
            <button key={key} aria-pressed={tab === key} onClick={() => setTab(key)} className={`rounded px-3 py-1 text-sm ${tab === key ? "bg-stone-800 text-white" : "bg-stone-200"}`}>
              {label}
            </button>
          ))}
          <button onClick={discard} className="rounded px-3 py-1 text-sm text-red-800 underline">
            Discard review
          </button>
        </nav>
      </div>
      {error && (
        <p role="alert" className="mb-2 rounded border border-red-300 bg-red-50 p-2 text-red-900">
          {error}
        </p>
      )}
      {general.length > 0 && tab !== "publish" && (
        <ul className="mb-2 list-disc rounded border border-amber-300 bg-amber-50 p-2 pl-6 text-sm" aria-label="Other problems">
          {general.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      )}
      {tab === "review" && (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,1.1fr)_minmax(0,1fr)]">
          <div>
            <table className="w-full border-collapse text-sm" aria-label="Candidate figures" onKeyDown={onTableKey}>
              <thead>
                <tr className="border-b border-stone-400 text-left">
                  <th className="p-1">As written</th>
                  <th className="p-1">Value</th>
                  <th className="p-1">Unit</th>
                  <th className="p-1">Period</th>
                  <th className="p-1">Decision</th>
                  <th className="p-1">Checks</th>
                </tr>
              </thead>
              <tbody>
                {review.candidates.map((c) => (
                  <tr
                    key={c.id}
                    ref={(el) => {
                      rowRefs.current[c.id] = el;
                    }}
                    tabIndex={0}
                    aria-selected={selected === c.id}
                    data-candidate-row={c.id}
                    onClick={() => setSelected(c.id)}
                    onFocus={() => setSelected(c.id)}
                    className={`cursor-pointer border-b border-stone-200 outline-none focus:ring-2 focus:ring-amber-600 ${selected === c.id ? "bg-amber-100" : c.decision ? "text-stone-500" : ""}`}
                  >
                    <td className="p-1 font-medium">{c.written}</td>
                    <td className="p-1 tabular-nums">{c.figure.value}</td>
                    <td className="p-1">{c.figure.unit}</td>
                    <td className="p-1">{c.figure.period}</td>
                    <td className="p-1">{decisionLabel(c, view)}</td>
                    <td className="p-1">{problemsOf[c.id]?.some((p) => p.kind !== "undecided") ? (
                        <span className="text-red-800">⚠ {problemsOf[c.id].length}</span>
                      ) : c.decision ? (
                        "✓"
                      ) : (
                        ""
                      )}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="mt-1 text-xs text-stone-600">Keys in the table: ↑/↓ or j/k move, s adds the figure to the proposed series, x marks it “not a figure”, Enter goes to its form.</p>
            {selected && (
              <CandidatePanel
                key={selected}
                view={view}
                entry={review.candidates.find((c) => c.id === selected)!}
                problems={problemsOf[selected] ?? []}
                patch={(body) => patch(selected, body)}
              />
            )}
            {review.leftOut.length > 0 && (
              <details className="mt-4 text-sm">
                <summary>{review.leftOut.length} numbers left out by the drafter</summary>
                <ul className="list-disc pl-6">
                  {review.leftOut.map((l, i) => (
                    <li key={i}>
                      {l.written}: {l.reason} — {l.quote}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
          <SourceText review={review} selected={selected} onSelect={setSelected} innerRef={textRef} />
        </div>
      )}
      {tab === "published" && <Amendments view={view} setView={setView} />}
      {tab === "publish" && <PublishPanel view={view} setView={setView} />}
    </div>
  );
}

/** The full text with each candidate's number marked; selecting a number selects its row. */
function SourceText({ review, selected, onSelect, innerRef }: { review: Review; selected: string | null; onSelect: (id: string) => void; innerRef: React.RefObject<HTMLDivElement | null> }) {
  const parts = useMemo(() => {
    const marks = review.candidates.filter((c) => c.span).sort((a, b) => a.span!.start - b.span!.start);
    const out: { text: string; id?: string }[] = [];
    let at = 0;
    for (const c of marks) {
      if (c.span!.start < at) continue;
      out.push({ text: review.text.slice(at, c.span!.start) });
      out.push({ text: review.text.slice(c.span!.start, c.span!.end), id: c.id });
      at = c.span!.end;
    }
    out.push({ text: review.text.slice(at) });
    return out;
  }, [review]);
  return (
    <div ref={innerRef} className="max-h-[75vh] overflow-y-auto whitespace-pre-wrap rounded border border-stone-300 bg-white p-3 leading-7" aria-label="Source text">
      {parts.map((p, i) =>
        p.id ? (
          <button
            key={i}
            type="button"
            data-candidate={p.id}
            aria-pressed={selected === p.id}
            onClick={() => onSelect(p.id!)}
            className={`rounded px-0.5 ${selected === p.id ? "bg-amber-400 font-semibold" : "bg-amber-100"} ${review.candidates.find((c) => c.id === p.id)?.decision ? "underline decoration-green-700" : ""}`}
          >
            {p.text}
          </button>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </div>
  );
}
