import { runJob } from './runBudgetPreview';
import type { PreviewRequest, PreviewResponse } from './runBudgetPreview';

// The budget engine off the main thread: a 1,000-line budget takes tens of
// milliseconds to compute, which would otherwise be felt as input lag.
interface PreviewWorkerScope {
  onmessage: ((event: MessageEvent<PreviewRequest>) => void) | null;
  postMessage(message: PreviewResponse): void;
}

const scope = self as unknown as PreviewWorkerScope;

scope.onmessage = ({ data }) => {
  scope.postMessage({ id: data.id, outcome: runJob(data.job) });
};
