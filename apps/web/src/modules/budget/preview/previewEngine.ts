import type { JobOutcome, PreviewJob, PreviewResponse } from './runBudgetPreview';

/**
 * Runs budget jobs, the latest request winning: a request made while the
 * engine is busy replaces any request still waiting, and the answer to a
 * request that has been overtaken is dropped. So however fast someone types,
 * at most one computation runs and one waits.
 */
export interface PreviewEngine {
  /** Calls `onDone` with the outcome unless a newer request or the returned cancel comes first. */
  request<J extends PreviewJob>(job: J, onDone: (outcome: JobOutcome<J>) => void): () => void;
  dispose(): void;
}

interface PendingRequest {
  id: number;
  job: PreviewJob;
  onDone: (outcome: PreviewResponse['outcome']) => void;
}

/** In a Web Worker where the browser has them; on the main thread otherwise (tests in jsdom, old browsers). */
export function createPreviewEngine(): PreviewEngine {
  if (typeof Worker === 'undefined') return mainThreadEngine();
  try {
    return workerEngine(new Worker(new URL('./budget.worker.ts', import.meta.url), { type: 'module' }));
  } catch {
    return mainThreadEngine();
  }
}

export function workerEngine(worker: Worker): PreviewEngine {
  let nextId = 1;
  let latest: PendingRequest | null = null;
  let inFlight: number | null = null;
  // Set when the worker cannot run (its script failed to load): the rest is computed here.
  let fallback: PreviewEngine | null = null;
  let cancelFallback: (() => void) | null = null;

  const send = () => {
    if (fallback || inFlight !== null || !latest) return;
    inFlight = latest.id;
    worker.postMessage({ id: latest.id, job: latest.job });
  };

  worker.onmessage = ({ data }: MessageEvent<PreviewResponse>) => {
    inFlight = null;
    if (latest && latest.id === data.id) {
      const { onDone } = latest;
      latest = null;
      onDone(data.outcome);
    }
    send();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    fallback = mainThreadEngine();
    inFlight = null;
    if (latest) cancelFallback = fallback.request(latest.job, latest.onDone);
  };

  return {
    request(job, onDone) {
      if (fallback) return fallback.request(job, onDone);
      const request: PendingRequest = { id: nextId++, job, onDone: onDone as PendingRequest['onDone'] };
      latest = request;
      send();
      return () => {
        if (latest === request) latest = null;
        cancelFallback?.();
      };
    },
    dispose() {
      latest = null;
      worker.terminate();
      fallback?.dispose();
    },
  };
}

/** The same work on the main thread, loaded only when needed so pages with a worker never download the engine twice. */
export function mainThreadEngine(): PreviewEngine {
  let latest = 0;
  let disposed = false;
  return {
    request(job, onDone) {
      const id = ++latest;
      let cancelled = false;
      void import('./runBudgetPreview').then(({ runJob }) => {
        if (cancelled || disposed || id !== latest) return;
        onDone(runJob(job) as JobOutcome<typeof job>);
      });
      return () => {
        cancelled = true;
      };
    },
    dispose() {
      disposed = true;
    },
  };
}
