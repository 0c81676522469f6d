import { useState } from 'react';
import { readNodeConflict } from '../utils/nodeConflict';
import type { NodeConflictView } from '../utils/nodeConflict';

export interface PendingConflict<TFields> {
  /** The node as the other person left it. */
  current: NodeConflictView;
  /** What this person tried to save; sent again, with the new version, on re-apply. */
  fields: TFields;
}

/**
 * A write that sends the version it read. On CONFLICT it keeps the person's
 * changes and the other person's values, so they can compare and re-apply
 * instead of silently overwriting or losing their work.
 */
export function useVersionedWrite<TFields>(
  run: (fields: TFields, version: number) => Promise<unknown>,
  onOtherError: (error: unknown) => void,
) {
  const [conflict, setConflict] = useState<PendingConflict<TFields> | null>(null);

  const write = async (fields: TFields, version: number): Promise<boolean> => {
    try {
      await run(fields, version);
      setConflict(null);
      return true;
    } catch (error) {
      const current = readNodeConflict(error);
      if (current) setConflict({ current, fields });
      else onOtherError(error);
      return false;
    }
  };

  const reapply = () => (conflict ? write(conflict.fields, conflict.current.version) : Promise.resolve(false));
  const discard = () => setConflict(null);

  return { write, conflict, reapply, discard };
}
