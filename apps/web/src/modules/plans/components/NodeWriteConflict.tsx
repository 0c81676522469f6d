import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { useConflictDescriber } from '../hooks/useConflictDescriber';
import type { PendingConflict } from '../hooks/useVersionedWrite';
import { conflictChanges, nodeValuesOf } from '../utils/nodeConflict';
import type { NodeForConflict } from '../utils/nodeConflict';
import { ConflictAlert } from './ConflictAlert';
import type { PeopleAndDepartments } from './NodeFormFields';

interface NodeWriteConflictProps<TFields> extends PeopleAndDepartments {
  /** The node as this person read it: the drawer's whole node, or a list row, whose unread fields are not compared. */
  node: NodeForConflict;
  conflict: PendingConflict<TFields> | null;
  applying: boolean;
  /** Shown when the re-applied write saves; leave it out when the write announces itself (a move, with its Undo). */
  savedText?: string;
  reapply: () => Promise<boolean>;
  discard: () => void;
  /** Reads the node again after the person drops their own changes. */
  onReload: () => void;
}

/** The conflict alert of a node form: the other person's values, re-apply or discard. Nothing while there is no conflict. */
export function NodeWriteConflict<TFields>({ node, conflict, applying, savedText, reapply, discard, onReload, members, departments }: NodeWriteConflictProps<TFields>) {
  const message = useMessageApi();
  const describe = useConflictDescriber({ members, departments });
  if (!conflict) return null;
  return (
    <ConflictAlert
      changes={conflictChanges(nodeValuesOf(node), conflict.current)}
      describe={describe}
      applying={applying}
      onReapply={() => void reapply().then((saved) => saved && savedText !== undefined && void message.success(savedText))}
      onDiscard={() => {
        discard();
        onReload();
      }}
    />
  );
}
