import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `delayMs`. Values are compared by
 * their JSON, so a form's values rebuilt on every render do not restart the wait.
 */
export function useSettledValue<T>(value: T, delayMs: number): { settled: T; pending: boolean } {
  const text = JSON.stringify(value);
  const [settled, setSettled] = useState<{ text: string; value: T }>({ text, value });
  useEffect(() => {
    if (text === settled.text) return;
    const timer = setTimeout(() => setSettled({ text, value: JSON.parse(text) as T }), delayMs);
    return () => clearTimeout(timer);
  }, [text, settled.text, delayMs]);
  return { settled: settled.value, pending: text !== settled.text };
}
