import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSettled } from '../useSettled';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('charts catching up once typing pauses', () => {
  it('gives the first value at once, and a new one only after it has held for the delay', () => {
    const { result, rerender } = renderHook(({ value }) => useSettled(value, 400), { initialProps: { value: 'a' } });
    expect(result.current).toBe('a');
    rerender({ value: 'b' });
    act(() => vi.advanceTimersByTime(300));
    rerender({ value: 'c' });
    act(() => vi.advanceTimersByTime(300));
    // "b" never held for 400 ms; "c" has held for 300.
    expect(result.current).toBe('a');
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe('c');
  });
});
