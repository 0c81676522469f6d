import { useEffect, useState } from 'react';

/** How long the figures must stay the same before the charts redraw. */
export const CHART_SETTLE_MS = 400;

/**
 * `value` once it has stopped changing for `delayMs` (the first value at
 * once). The charts follow the preview through this: redrawing recharts
 * takes tens of milliseconds on the main thread, too long to do on every key
 * while someone types, so they catch up when typing pauses. Tables, which are
 * cheap, follow every change.
 */
export function useSettled<T>(value: T, delayMs = CHART_SETTLE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
