import { useCallback, useEffect, useState } from "react";
import { call, DeskError, type DeskView } from "./api";
import { NewSource } from "./new-source";
import { ReviewScreen } from "./review";

/** The desk: a new source when no review is in progress, the review otherwise. */
export function App() {
  const [view, setView] = useState<DeskView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setView(await call("GET", "/api/review"));
      setError(null);
    } catch (e) {
      setError((e as DeskError).message);
    }
  }, []);
  useEffect(() => void load(), [load]);

  return (
    <div className="mx-auto max-w-[1400px] p-4">
      <header className="mb-4 flex items-baseline justify-between border-b border-stone-300 pb-2">
        <h1 className="text-xl font-semibold">
          Editors' desk {view && <span className="text-base font-normal text-stone-600">· {view.catalog.city.zh} {view.catalog.city.en}</span>}
        </h1>
        <span className="text-sm text-stone-600">Local tool: writes content/ on this computer</span>
      </header>
      {error && (
        <p role="alert" className="mb-4 whitespace-pre-wrap rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {error}
        </p>
      )}
      {view && !view.review && <NewSource view={view} onStarted={setView} />}
      {view?.review && <ReviewScreen view={view} setView={setView} />}
    </div>
  );
}
