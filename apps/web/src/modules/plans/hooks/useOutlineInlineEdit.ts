import { useMutation } from '@apollo/client/react';
import type { PlanActor } from '@opsplan/domain';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { DepartmentsQuery, PlanNodeRowFieldsFragment } from '../../../gql/graphql';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { UPDATE_NODE_MUTATION } from '../graphql/mutations/updateNodeMutation';
import { UPDATE_PROGRESS_MUTATION } from '../graphql/mutations/updateProgressMutation';
import { inlineAccessOf, inlineWriteOf, NO_INLINE_ACCESS, sameCell } from '../utils/inlineEdit';
import type { InlineAccess, InlineCell, InlineChange, InlineWrite } from '../utils/inlineEdit';
import type { AccessNode } from '../utils/nodeAccess';
import { usePlanReads } from './usePlanReads';
import { useVersionedWrite } from './useVersionedWrite';

/** A saved (or conflicting) inline write: the node as this person read it, and what they sent. */
export interface InlineWriteRequest {
  node: PlanNodeRowFieldsFragment;
  write: InlineWrite;
}

/** What the outline table needs to edit cells in place; one cell at a time is active. */
export interface OutlineInlineEditing {
  accessOf: (node: PlanNodeRowFieldsFragment) => InlineAccess;
  /** Who may own a node: the active members. */
  ownerOptions: { value: string; label: string }[];
  active: InlineCell | null;
  saving: InlineCell | null;
  activate: (cell: InlineCell) => void;
  cancel: () => void;
  /** Saves the change; the editor closes once it saved, or on a conflict (shown above the table). */
  save: (node: PlanNodeRowFieldsFragment, change: InlineChange) => void;
}

/**
 * Inline edits of the outline: status, progress or KPI actual, owner and due
 * date, through the same versioned mutations as the drawer's forms, refetching
 * the plan's reads as every node write does.
 */
export function useOutlineInlineEdit(actor: PlanActor | null, byId: ReadonlyMap<string, AccessNode>, members: DepartmentsQuery['members']) {
  const handleError = useApiErrorHandler();
  const planReads = usePlanReads();
  const [updateNode, nodeWrite] = useMutation(UPDATE_NODE_MUTATION, { refetchQueries: planReads });
  const [updateProgress, progressWrite] = useMutation(UPDATE_PROGRESS_MUTATION, { refetchQueries: planReads });
  const [active, setActive] = useState<InlineCell | null>(null);
  const [saving, setSaving] = useState<InlineCell | null>(null);
  // Set when a write fails for a reason other than a conflict.
  const failed = useRef(false);
  // The blur that follows an Enter, or a picker closing after its choice, must not save twice or cancel the save.
  const busy = useRef(false);

  const { write, conflict, reapply, discard } = useVersionedWrite(
    ({ node, write: { mutation, fields } }: InlineWriteRequest, version: number) =>
      mutation === 'updateNode'
        ? updateNode({ variables: { input: { id: node.id, version, ...fields } } })
        : updateProgress({ variables: { input: { id: node.id, version, ...fields } } }),
    (error) => {
      failed.current = true;
      handleError(error);
    },
  );

  const accessOf = useCallback((node: PlanNodeRowFieldsFragment) => (actor ? inlineAccessOf(actor, node, byId) : NO_INLINE_ACCESS), [actor, byId]);

  const ownerOptions = useMemo(
    () => members.filter((member) => member.active).map((member) => ({ value: member.id, label: member.user.displayName })),
    [members],
  );

  const save = (node: PlanNodeRowFieldsFragment, change: InlineChange) => {
    const cell = { nodeId: node.id, field: change.field };
    if (busy.current) return;
    const request = inlineWriteOf(node, change, accessOf(node));
    if (!request) {
      setActive((current) => (sameCell(current, cell) ? null : current));
      return;
    }
    setSaving(cell);
    busy.current = true;
    failed.current = false;
    void write({ node, write: request }, node.version).then((saved) => {
      busy.current = false;
      setSaving(null);
      // A conflict closes the editor too: the alert above the table offers the re-apply.
      // Another error leaves it open, so the person can correct the value or press Escape.
      if (saved || !failed.current) setActive((current) => (sameCell(current, cell) ? null : current));
    });
  };

  return {
    editing: {
      accessOf,
      ownerOptions,
      active,
      saving,
      activate: (cell: InlineCell) => {
        if (!busy.current) setActive(cell);
      },
      cancel: () => {
        if (!busy.current) setActive(null);
      },
      save,
    } satisfies OutlineInlineEditing,
    conflict,
    applying: nodeWrite.loading || progressWrite.loading,
    reapply,
    discard,
  };
}
