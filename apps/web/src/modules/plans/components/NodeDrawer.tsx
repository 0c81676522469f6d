import { DeleteOutlined, DragOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import type { PlanActor } from '@opsplan/domain';
import { Alert, Button, Descriptions, Divider, Drawer, Flex, Popconfirm, Progress, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NodeDetailsQuery, PlanNodeFieldsFragment } from '../../../gql/graphql';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { DELETE_NODE_MUTATION } from '../graphql/mutations/deleteNodeMutation';
import { RESTORE_NODE_MUTATION } from '../graphql/mutations/restoreNodeMutation';
import { NODE_DETAILS_QUERY } from '../graphql/queries/nodeDetailsQuery';
import { canAct } from '../utils/nodeAccess';
import { canMoveNode } from '../utils/moveTarget';
import type { AccessNode } from '../utils/nodeAccess';
import { toPercent } from '../utils/nodeDisplay';
import { kpiFigureText, readsWholeBudget } from '../utils/budgetLink';
import { formsKey } from '../utils/formsKey';
import type { KnownNode } from '../utils/dependencies';
import { useViewer } from '../../session/hooks/useViewer';
import { CheckInPanel } from './CheckInPanel';
import { CommentsPanel } from './CommentsPanel';
import { KpiBudgetLink } from './KpiBudgetLink';
import { NodeChecklist } from './NodeChecklist';
import { NodeDependencies } from './NodeDependencies';
import { NodeEditForm } from './NodeEditForm';
import type { PeopleAndDepartments } from './NodeFormFields';
import { NodeLevelTag, NodeStatusTag, OverdueTag, RecurrenceTag } from './NodeTags';
import { ProgressForm } from './ProgressForm';
import { usePlanReads } from '../hooks/usePlanReads';

interface NodeDrawerProps extends PeopleAndDepartments {
  nodeId: string | null;
  /** The loaded outline: the departments above the node that the access rules look at, and the nodes it depends on. */
  byId: ReadonlyMap<string, AccessNode & KnownNode>;
  actor: PlanActor | null;
  /** Opens the move dialog for the node. */
  onMove: (nodeId: string) => void;
  onClose: () => void;
}

export function NodeDrawer({ nodeId, byId, actor, onMove, onClose, members, departments }: NodeDrawerProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(NODE_DETAILS_QUERY, {
    variables: { id: nodeId ?? '' },
    skip: nodeId === null,
    fetchPolicy: 'cache-and-network',
  });
  const node = data?.node.id === nodeId ? data?.node : undefined;

  return (
    <Drawer
      open={nodeId !== null}
      onClose={onClose}
      size={640}
      title={node ? node.title : t('node.drawerTitle')}
      destroyOnHidden
    >
      <div data-testid="node-drawer">
        {error && !node ? <Alert type="error" showIcon title={t('errors.loadFailed')} /> : null}
        {loading && !node ? <Skeleton active /> : null}
        {node && data ? (
          <NodeDetails
            node={node}
            data={data}
            byId={byId}
            actor={actor}
            members={members}
            departments={departments}
            onReload={() => void refetch()}
            onMove={() => onMove(node.id)}
            onDeleted={onClose}
          />
        ) : null}
      </div>
    </Drawer>
  );
}

interface NodeDetailsProps extends PeopleAndDepartments {
  node: PlanNodeFieldsFragment & { budgetCostEstimate?: string | null };
  data: NodeDetailsQuery;
  byId: ReadonlyMap<string, AccessNode & KnownNode>;
  actor: PlanActor | null;
  onReload: () => void;
  onMove: () => void;
  onDeleted: () => void;
}

function NodeDetails({ node, data, byId, actor, members, departments, onReload, onMove, onDeleted }: NodeDetailsProps) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const planReads = usePlanReads();
  const { viewer } = useViewer();
  const [deleteNode, { loading: deleting }] = useMutation(DELETE_NODE_MUTATION, { refetchQueries: planReads });
  const [restoreNode] = useMutation(RESTORE_NODE_MUTATION, { refetchQueries: planReads });
  const may = {
    update: canAct(actor, 'update', node, byId),
    progress: canAct(actor, 'progress', node, byId),
    checkIn: canAct(actor, 'check_in', node, byId),
    comment: canAct(actor, 'comment', node, byId),
    delete: canAct(actor, 'delete', node, byId),
    move: canMoveNode(actor, node, byId),
  };
  const people = { members, departments };
  // The edit form and checklist start from fields the lists do not read, which may lag behind the version: see formsKey.
  const startKey = formsKey(node);

  const undo = async (key: string) => {
    message.destroy(key);
    try {
      await restoreNode({ variables: { id: node.id } });
      void message.success(t('node.restored'));
    } catch (error) {
      handleError(error);
    }
  };

  const remove = async () => {
    try {
      await deleteNode({ variables: { input: { id: node.id, version: node.version } } });
      const key = `node-deleted-${node.id}`;
      void message.open({
        key,
        type: 'success',
        duration: 10,
        content: (
          <span data-testid="node-deleted-message">
            {t('node.deleted', { title: node.title })}
            <Button type="link" size="small" onClick={() => void undo(key)} data-testid="node-undo">
              {t('common.undo')}
            </Button>
          </span>
        ),
      });
      onDeleted();
    } catch (error) {
      handleError(error, { onConflict: onReload });
    }
  };

  return (
    <Flex vertical gap={8}>
      <Flex gap={4} wrap align="center">
        <NodeLevelTag level={node.level} />
        <NodeStatusTag status={node.status} />
        {node.recurrence ? <RecurrenceTag recurrence={node.recurrence} /> : null}
        {node.overdue ? <OverdueTag /> : null}
      </Flex>
      <Progress percent={toPercent(node.progress)} />
      {node.childCount > 0 ? <Typography.Text type="secondary">{t('node.rolledUp', { percent: toPercent(node.progress) })}</Typography.Text> : null}
      <Descriptions
        size="small"
        column={2}
        items={[
          { key: 'owner', label: t('node.fields.owner'), children: node.owner?.user.displayName ?? t('node.unassigned') },
          { key: 'department', label: t('node.fields.department'), children: node.department?.name ?? '—' },
          { key: 'start', label: t('node.fields.startDate'), children: node.startDate ?? '—' },
          { key: 'due', label: t('node.fields.dueDate'), children: node.dueDate ?? '—' },
          { key: 'weight', label: t('node.fields.weight'), children: node.weight },
          { key: 'dimension', label: t('node.fields.dimension'), children: t(`node.dimensions.${node.dimension}`) },
          ...(node.kpi
            ? [
                {
                  key: 'kpi',
                  label: node.kpi.name,
                  span: 2,
                  children: `${kpiFigureText(t, node.kpi.actual, { ...node.kpi, unit: null })} / ${kpiFigureText(t, node.kpi.target, node.kpi)} (${t('node.kpi.baseline')} ${kpiFigureText(t, node.kpi.baseline, { ...node.kpi, unit: null })})`,
                },
              ]
            : []),
        ]}
      />
      <KpiBudgetLink node={node} canLink={may.update && readsWholeBudget(actor)} currency={viewer?.organization?.currency} onReload={onReload} />
      <NodeDependencies dependsOn={node.dependsOn} byId={byId} />
      {node.description ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{node.description}</Typography.Paragraph> : null}
      {!may.update && !may.progress && !may.comment ? <Alert type="info" showIcon title={t('node.readOnly')} /> : null}

      {node.checklist.length > 0 || may.update ? (
        <>
          <Divider titlePlacement="start">{t('node.checklist.title')}</Divider>
          <NodeChecklist key={`checklist-${startKey}`} node={node} canTick={may.progress} canEdit={may.update} onReload={onReload} {...people} />
        </>
      ) : null}

      {may.progress ? (
        <>
          <Divider titlePlacement="start">{t('node.progressTitle')}</Divider>
          <ProgressForm key={`progress-${node.version}`} node={node} onReload={onReload} {...people} />
        </>
      ) : null}

      <Divider titlePlacement="start">{t('node.checkIns.title')}</Divider>
      <CheckInPanel
        key={`check-in-${node.version}`}
        node={node}
        checkIns={data.checkIns}
        canCheckIn={may.checkIn}
        onReload={onReload}
        {...people}
      />

      <Divider titlePlacement="start">{t('node.comments.title')}</Divider>
      <CommentsPanel nodeId={node.id} comments={data.comments} canComment={may.comment} />

      {may.update ? (
        <>
          <Divider titlePlacement="start">{t('node.editTitle')}</Divider>
          <NodeEditForm key={`edit-${startKey}`} node={node} planNodes={byId} onReload={onReload} {...people} />
        </>
      ) : null}

      {may.move || may.delete ? (
        <Flex justify="flex-end" gap={8} style={{ marginTop: 16 }}>
          {may.move ? (
            <Button icon={<DragOutlined />} onClick={onMove} data-testid="node-move">
              {t('plan.outline.move')}
            </Button>
          ) : null}
          {may.delete ? (
            <Popconfirm
              title={t('node.deleteConfirm', { title: node.title })}
              description={t('node.deleteHelp')}
              okText={t('common.delete')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => remove()}
            >
              <Button danger icon={<DeleteOutlined />} loading={deleting} data-testid="node-delete">
                {t('node.delete')}
              </Button>
            </Popconfirm>
          ) : null}
        </Flex>
      ) : null}
    </Flex>
  );
}
