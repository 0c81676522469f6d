import { computeBudget } from '@opsplan/domain';
import type { BudgetInput } from '@opsplan/domain';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bakeryBudget } from '../../analysis/__tests__/budgetFixture';
import type { PreviewRequest, PreviewResponse } from '../runBudgetPreview';
import { useBudgetPreview } from '../useBudgetPreview';

/** Stands in for the browser's Worker: the test decides when, and with what, it answers. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<PreviewResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: PreviewRequest[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.instances.push(this);
  }
  postMessage(message: PreviewRequest) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(id: number, outcome: PreviewResponse['outcome']) {
    act(() => this.onmessage?.({ data: { id, outcome } } as MessageEvent<PreviewResponse>));
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.instances = [];
});

describe('the budget preview on the main thread (no Worker, as in jsdom)', () => {
  it('computes exactly what computeBudget computes', async () => {
    expect(typeof Worker).toBe('undefined');
    const input = bakeryBudget();
    const { result } = renderHook(() => useBudgetPreview(input));
    expect(result.current.computing).toBe(true);
    await waitFor(() => expect(result.current.computing).toBe(false));
    expect(result.current.result).toEqual(computeBudget(input));
    expect(result.current.result?.responsibility.total.revenue).toBe('2566630.93');
    expect(result.current.problems).toEqual([]);
    expect(result.current.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('names the problems of a draft it cannot compute, and computes nothing', async () => {
    const input = bakeryBudget({ positions: [{ id: 'p', departmentId: 'shop', roleTitle: 'Baker', count: '-1', monthlySalary: '6500', onCostRate: '0.3' }] });
    const { result } = renderHook(() => useBudgetPreview(input));
    await waitFor(() => expect(result.current.computing).toBe(false));
    expect(result.current.result).toBeNull();
    expect(result.current.problems.map((p) => [p.path, p.code])).toEqual([['positions[0].count', 'negative']]);
  });

  it('computes only the latest of drafts typed in quick succession', async () => {
    const first = bakeryBudget();
    const second = bakeryBudget({ stretch: undefined, horizonMonths: 12 });
    const { result, rerender } = renderHook(({ input }) => useBudgetPreview(input), { initialProps: { input: first } });
    rerender({ input: second });
    await waitFor(() => expect(result.current.computing).toBe(false));
    expect(result.current.result?.responsibility.months).toHaveLength(12);
  });

  it('is idle without a draft', () => {
    const { result } = renderHook(() => useBudgetPreview(null));
    expect(result.current).toEqual({ result: null, problems: [], computing: false, elapsedMs: null });
  });
});

describe('the budget preview in a worker', () => {
  const outcome = (input: BudgetInput, elapsedMs: number): PreviewResponse['outcome'] => ({ result: computeBudget(input), problems: [], elapsedMs });

  it('starts a module worker and drops the answer to a draft that has been overtaken', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const a = bakeryBudget();
    const b = bakeryBudget({ horizonMonths: 12, stretch: undefined });
    const { result, rerender } = renderHook(({ input }) => useBudgetPreview(input), { initialProps: { input: a } });
    await waitFor(() => expect(FakeWorker.instances[0]?.posted).toHaveLength(1));
    const worker = FakeWorker.instances[0];
    expect(worker.options).toEqual({ type: 'module' });
    expect(worker.url.pathname).toMatch(/budget\.worker\.ts$/);
    expect(worker.posted[0].job).toEqual({ kind: 'scenarios', input: a });

    // The person types on while A computes: B waits, A's answer comes back and is dropped.
    rerender({ input: b });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(worker.posted).toHaveLength(1);
    worker.answer(worker.posted[0].id, outcome(a, 40));
    expect(result.current.result).toBeNull();
    expect(result.current.computing).toBe(true);

    // Then B goes to the worker, and its answer is shown.
    expect(worker.posted).toHaveLength(2);
    expect(worker.posted[1].job).toEqual({ kind: 'scenarios', input: b });
    worker.answer(worker.posted[1].id, outcome(b, 12));
    expect(result.current.computing).toBe(false);
    expect(result.current.elapsedMs).toBe(12);
    expect(result.current.result?.responsibility.months).toHaveLength(12);
  });

  it('keeps the last scenarios on screen while a newer draft computes, and stops the worker on unmount', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const a = bakeryBudget();
    const b = bakeryBudget({ horizonMonths: 12 });
    const { result, rerender, unmount } = renderHook(({ input }) => useBudgetPreview(input), { initialProps: { input: a } });
    await waitFor(() => expect(FakeWorker.instances[0]?.posted).toHaveLength(1));
    const worker = FakeWorker.instances[0];
    worker.answer(worker.posted[0].id, outcome(a, 30));
    expect(result.current.result?.responsibility.months).toHaveLength(24);
    rerender({ input: b });
    expect(result.current.computing).toBe(true);
    expect(result.current.result?.responsibility.months).toHaveLength(24);
    unmount();
    expect(worker.terminated).toBe(true);
  });
});
