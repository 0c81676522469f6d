import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useVersionedWrite } from '../useVersionedWrite';

class FakeGraphQLErrors extends Error {
  constructor(readonly errors: { message: string; extensions?: Record<string, unknown> }[]) {
    super('graphql');
  }
}

const conflictAt = (version: number) =>
  new FakeGraphQLErrors([{ message: 'changed', extensions: { code: 'CONFLICT', current: { id: 'n1', version, ownProgress: 55 } } }]);

describe('a versioned write that meets a conflict', () => {
  it('keeps my change and their values, then re-applies mine with their version', async () => {
    const run = vi.fn<(fields: { progress: number }, version: number) => Promise<unknown>>();
    run.mockRejectedValueOnce(conflictAt(4)).mockResolvedValueOnce({});
    const onOtherError = vi.fn();
    const { result } = renderHook(() => useVersionedWrite(run, onOtherError));

    let saved = true;
    await act(async () => {
      saved = await result.current.write({ progress: 70 }, 3);
    });
    expect(saved).toBe(false);
    expect(result.current.conflict).toEqual({ current: { id: 'n1', version: 4, ownProgress: 55 }, fields: { progress: 70 } });
    expect(onOtherError).not.toHaveBeenCalled();

    await act(async () => {
      saved = await result.current.reapply();
    });
    expect(saved).toBe(true);
    expect(run).toHaveBeenLastCalledWith({ progress: 70 }, 4);
    expect(result.current.conflict).toBeNull();
  });

  it('hands every other error to the usual handler', async () => {
    const failure = new FakeGraphQLErrors([{ message: 'no', extensions: { code: 'FORBIDDEN' } }]);
    const onOtherError = vi.fn();
    const { result } = renderHook(() => useVersionedWrite(() => Promise.reject(failure), onOtherError));
    await act(async () => {
      await result.current.write({}, 1);
    });
    expect(onOtherError).toHaveBeenCalledWith(failure);
    expect(result.current.conflict).toBeNull();
  });

  it('lets the person discard their change', async () => {
    const { result } = renderHook(() => useVersionedWrite(() => Promise.reject(conflictAt(2)), vi.fn()));
    await act(async () => {
      await result.current.write({}, 1);
    });
    expect(result.current.conflict).not.toBeNull();
    act(() => result.current.discard());
    expect(result.current.conflict).toBeNull();
  });
});
