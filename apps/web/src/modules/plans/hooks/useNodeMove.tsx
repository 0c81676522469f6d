import { useMutation } from '@apollo/client/react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanNodeRowFieldsFragment } from '../../../gql/graphql';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { MOVE_NODE_MUTATION } from '../graphql/mutations/moveNodeMutation';
import type { MoveDestination } from '../utils/moveTarget';
import { usePlanReads } from './usePlanReads';
import { useVersionedWrite } from './useVersionedWrite';

export interface MoveRequest extends MoveDestination {
  /** The node as this person read it; its old parent and place are where Undo puts it back. */
  node: PlanNodeRowFieldsFragment;
}

interface UseNodeMoveOptions {
  /** After every move that saved (a re-applied one too), e.g. to open the new parent. */
  onMoved?: (request: MoveRequest) => void;
}

/**
 * The move of a node, for the outline's drag and drop and the move dialog
 * alike: a versioned write (CONFLICT keeps the move to re-apply), a success
 * message with Undo, and the plan's reads refetched as other node writes do.
 */
export function useNodeMove({ onMoved }: UseNodeMoveOptions = {}) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const planReads = usePlanReads();
  const [moveNode, { loading }] = useMutation(MOVE_NODE_MUTATION, { refetchQueries: planReads });
  // The API's messages are not localised; a refused move is explained by the web's own text.
  const moveErrors = { messages: { BAD_USER_INPUT: t('node.move.refused') } };

  const undo = async (key: string, node: PlanNodeRowFieldsFragment, oldParentId: string, version: number) => {
    message.destroy(key);
    try {
      await moveNode({ variables: { input: { id: node.id, parentId: oldParentId, sortOrder: node.sortOrder, version } } });
      void message.success(t('node.move.undone'));
    } catch (error) {
      handleError(error, moveErrors);
    }
  };

  const announce = (node: PlanNodeRowFieldsFragment, version: number) => {
    const key = `node-moved-${node.id}`;
    const oldParentId = node.parentId;
    void message.open({
      key,
      type: 'success',
      duration: 10,
      content: (
        <span data-testid="node-moved-message">
          {t('node.move.moved', { title: node.title })}
          {/* Undo needs the old parent: a strategy has none, and never moves. */}
          {oldParentId ? (
            <Button type="link" size="small" onClick={() => void undo(key, node, oldParentId, version)} data-testid="node-move-undo">
              {t('common.undo')}
            </Button>
          ) : null}
        </span>
      ),
    });
  };

  const { write, conflict, reapply, discard } = useVersionedWrite(
    async (request: MoveRequest, version: number) => {
      const { data } = await moveNode({
        variables: { input: { id: request.node.id, parentId: request.parentId, sortOrder: request.sortOrder, version } },
      });
      if (data) announce(request.node, data.moveNode.version);
      onMoved?.(request);
    },
    (error) => handleError(error, moveErrors),
  );

  return {
    /** Moves the node from the version this person read; false when it did not save. */
    move: (request: MoveRequest) => write(request, request.node.version),
    moving: loading,
    conflict,
    reapply,
    discard,
  };
}
