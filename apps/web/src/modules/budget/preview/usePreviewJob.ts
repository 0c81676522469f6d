import { startTransition, useEffect, useRef, useState } from 'react';
import { createPreviewEngine } from './previewEngine';
import type { PreviewEngine } from './previewEngine';
import type { JobOutcome, PreviewJob } from './runBudgetPreview';

/** A pause in typing before the worker starts: enough to skip keystrokes of one word, short enough to feel live. */
export const WORKER_DEBOUNCE_MS = 60;
/** On the main thread each run blocks input, so wait for a longer pause. */
export const MAIN_THREAD_DEBOUNCE_MS = 250;

/**
 * Runs a budget job off the main thread, the latest job winning. The outcome
 * of the last job done stays available while a newer one computes. Pass a
 * memoised job: a new object is new work.
 */
export function usePreviewJob<J extends PreviewJob>(job: J | null): { outcome: JobOutcome<J> | null; computing: boolean } {
  const engine = useRef<PreviewEngine | null>(null);
  const [done, setDone] = useState<{ job: J; outcome: JobOutcome<J> } | null>(null);

  useEffect(() => {
    if (!job) return;
    engine.current ??= createPreviewEngine();
    const current = engine.current;
    let cancel: (() => void) | null = null;
    const delay = typeof Worker === 'undefined' ? MAIN_THREAD_DEBOUNCE_MS : WORKER_DEBOUNCE_MS;
    const timer = setTimeout(() => {
      // A transition: rendering the new figures (tables, charts) yields to the next key typed.
      cancel = current.request(job, (outcome) => startTransition(() => setDone({ job, outcome })));
    }, delay);
    return () => {
      clearTimeout(timer);
      cancel?.();
    };
  }, [job]);

  useEffect(
    () => () => {
      engine.current?.dispose();
      engine.current = null;
    },
    [],
  );

  if (!job) return { outcome: null, computing: false };
  return { outcome: done?.outcome ?? null, computing: done?.job !== job };
}
