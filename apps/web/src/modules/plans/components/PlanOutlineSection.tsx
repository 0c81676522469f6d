import { PlusOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import type { Level, PlanActor } from '@opsplan/domain';
import { Alert, Button, Card, Flex, Segmented, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanNodeRowFieldsFragment } from '../../../gql/graphql';
import { useNodeMove } from '../hooks/useNodeMove';
import { useOutlineInlineEdit } from '../hooks/useOutlineInlineEdit';
import type { MoveRequest } from '../hooks/useNodeMove';
import { useOutlineNodes } from '../hooks/useOutlineNodes';
import { usePlanReads } from '../hooks/usePlanReads';
import { PLAN_VIEWS, usePlanView } from '../hooks/usePlanView';
import type { PlanView } from '../hooks/usePlanView';
import { canMoveNode, dropAt, moveContext } from '../utils/moveTarget';
import { addableChildLevels, canAddStrategy } from '../utils/nodeAccess';
import { filterChoices, hasFilters, matchesFilters, NO_FILTERS } from '../utils/outlineFilters';
import type { OutlineFilters } from '../utils/outlineFilters';
import { buildOutlineTree, filterTree, treeIds } from '../utils/outlineTree';
import type { OutlineRow } from '../utils/outlineTree';
import { NodeCreateModal } from './NodeCreateModal';
import type { NodeCreateTarget } from './NodeCreateModal';
import { NodeDrawer } from './NodeDrawer';
import type { PeopleAndDepartments } from './NodeFormFields';
import { NodeMoveModal } from './NodeMoveModal';
import { NodeWriteConflict } from './NodeWriteConflict';
import { OutlineFilterBar } from './OutlineFilterBar';
import { PlanOutlineTable } from './PlanOutlineTable';
import type { OutlineMoves } from './PlanOutlineTable';
import { PlanTimeline } from './PlanTimeline';

interface PlanOutlineSectionProps extends PeopleAndDepartments {
  planId: string;
  /** The plan year's first and last day, which the timeline spans at least. */
  planYear: { start: string; end: string };
  /** Null when the viewer may not change this plan (e.g. it is archived). */
  actor: PlanActor | null;
}

type Row = OutlineRow<PlanNodeRowFieldsFragment>;


/**
 * The plan's nodes as an outline or as a timeline (the choice kept in the
 * URL), from the same read, with one node drawer for both.
 */
export function PlanOutlineSection({ planId, planYear, actor, members, departments }: PlanOutlineSectionProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const planReads = usePlanReads();
  const outline = useOutlineNodes(planId);
  const { nodes, byId, childrenInOutline, childrenLoaded, hasChildrenToLoad, partlyLoaded, objectivesClosed, loading, error } = outline;
  const { openSubtree, loadSubtree, loadingIds, failedIds } = outline;
  const [filters, setFilters] = useState<OutlineFilters>(NO_FILTERS);
  const [expandedKeys, setExpandedKeys] = useState<string[] | null>(null);
  const [creating, setCreating] = useState<NodeCreateTarget | null>(null);
  const [openNodeId, setOpenNodeId] = useState<string | null>(null);
  const [movingId, setMovingId] = useState<string | null>(null);
  const [view, chooseView] = usePlanView();

  const tree = useMemo(() => buildOutlineTree(nodes), [nodes]);
  const filtering = hasFilters(filters);
  const rows = useMemo(() => (filtering ? filterTree(tree, (node) => matchesFilters(node, filters)) : tree), [filtering, filters, tree]);
  const choices = useMemo(() => filterChoices(nodes), [nodes]);
  // Open at first: strategies, and objectives whose projects came with the outline (on a small plan), so the
  // projects leadership reviews are in view; on a large plan the objectives wait to be opened. Projects loaded
  // since (for the move dialog's tree, or on the timeline) do not open their objective in the outline.
  const openByDefault = (node: PlanNodeRowFieldsFragment) => node.level === 'strategy' || (node.level === 'objective' && childrenInOutline(node.id));
  // While filtering, every match is shown in place, so every branch on its path is open.
  const shownKeys = filtering ? treeIds(rows) : (expandedKeys ?? nodes.filter(openByDefault).map((node) => node.id));

  const onExpandRow = (row: Row) => {
    // Not only a row without children: after a plan has grown past the outline's limit, an objective may
    // show one project (from a subtree opened before) while its others are still to load.
    if (hasChildrenToLoad(row.id)) openSubtree(row.id);
  };

  const moveCtx = useMemo(() => moveContext(actor, nodes), [actor, nodes]);
  const reload = () => void client.refetchQueries({ include: planReads() });
  // After a move, the new parent is opened, so the moved node is seen in its new place.
  const reveal = ({ parentId }: MoveRequest) => {
    setMovingId(null);
    const parent = byId.get(parentId);
    // Below the outline's levels, the new parent's children come with its own subtree.
    if (parent && !childrenLoaded(parentId)) openSubtree(parentId);
    if (filtering) return;
    const path: string[] = [];
    for (let id: string | null = parentId; id !== null; id = byId.get(id)?.parentId ?? null) path.push(id);
    setExpandedKeys((keys) => {
      const open = keys ?? shownKeys;
      return [...open, ...path.filter((id) => !open.includes(id))];
    });
  };
  const mover = useNodeMove({ onMoved: reveal });
  const inline = useOutlineInlineEdit(actor, byId, members);
  // Stable while the viewer and the loaded nodes stay, so the table can tell once whether any row has actions.
  const canMove = useCallback((row: Row) => (actor ? canMoveNode(actor, row, byId) : false), [actor, byId]);
  const addableLevels = useCallback((row: Row) => addableChildLevels(actor, row, byId), [actor, byId]);
  const moves: OutlineMoves | undefined = actor
    ? {
        canMove,
        dropAt: (dragged, target, fraction) => dropAt(moveCtx, dragged, target, fraction),
        onDrop: (dragged, destination) => void mover.move({ node: dragged, ...destination }),
        onMoveRequest: (row) => setMovingId(row.id),
      }
    : undefined;
  const movingNode = movingId ? (byId.get(movingId) ?? null) : null;

  return (
    <Card
      title={view === 'timeline' ? t('plan.timeline.title') : t('plan.outline.title')}
      extra={
        <Flex gap={8} align="center" wrap>
          <Segmented<PlanView>
            aria-label={t('plan.views.label')}
            value={view}
            onChange={chooseView}
            options={PLAN_VIEWS.map((value) => ({ value, label: t(`plan.views.${value}`) }))}
            data-testid="plan-view-switch"
          />
          {view === 'outline' && canAddStrategy(actor) ? (
            <Button icon={<PlusOutlined />} onClick={() => setCreating({ level: 'strategy' })} data-testid="add-strategy">
              {t('plan.outline.addStrategy')}
            </Button>
          ) : null}
        </Flex>
      }
    >
      {view === 'outline' ? (
        <OutlineFilterBar filters={filters} onChange={setFilters} owners={choices.owners} departments={choices.departments} />
      ) : null}
      {/* Filters see loaded rows only: say so while some branch is still unopened. */}
      {view === 'outline' && filtering && partlyLoaded ? (
        <Typography.Paragraph type="secondary" data-testid="outline-filters-cover-loaded">
          {t('plan.outline.filtersCoverLoaded')}
        </Typography.Paragraph>
      ) : null}
      {error ? <Alert type="error" showIcon title={t('errors.loadFailed')} style={{ marginBottom: 12 }} /> : null}
      {view === 'outline' && failedIds.length > 0 ? <Alert type="warning" showIcon title={t('plan.outline.loadFailed')} style={{ marginBottom: 12 }} /> : null}
      {/* A conflicting drop; one from the move dialog shows in the dialog. */}
      {mover.conflict && !movingNode ? (
        <NodeWriteConflict
          node={mover.conflict.fields.node}
          conflict={mover.conflict}
          applying={mover.moving}
          reapply={mover.reapply}
          discard={mover.discard}
          onReload={reload}
          members={members}
          departments={departments}
        />
      ) : null}
      {/* An inline edit that met someone else's change. */}
      {inline.conflict ? (
        <NodeWriteConflict
          node={inline.conflict.fields.node}
          conflict={inline.conflict}
          applying={inline.applying}
          savedText={t('common.saved')}
          reapply={inline.reapply}
          discard={inline.discard}
          onReload={reload}
          members={members}
          departments={departments}
        />
      ) : null}
      {view === 'timeline' && objectivesClosed ? (
        <Typography.Paragraph type="secondary" data-testid="timeline-partly-loaded">
          {t('plan.timeline.partlyLoaded')}
        </Typography.Paragraph>
      ) : null}
      {view === 'timeline' ? (
        error ? null : (
          <PlanTimeline
            nodes={nodes}
            planYear={planYear}
            loading={loading}
            onOpen={setOpenNodeId}
            onShowOutline={() => chooseView('outline')}
            closedObjectives={{ isClosed: hasChildrenToLoad, loadingIds, onShow: openSubtree }}
          />
        )
      ) : (
        <>
          {loadingIds.length > 0 ? (
            <Flex justify="flex-end">
              <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>
            </Flex>
          ) : null}
          <PlanOutlineTable
            rows={rows}
            loading={loading}
            expandedKeys={shownKeys}
            onExpandedKeysChange={(keys) => {
              if (!filtering) setExpandedKeys(keys);
            }}
            onExpandRow={onExpandRow}
            addableLevels={addableLevels}
            onAdd={(parent: Row, level: Level) => setCreating({ level, parent: { id: parent.id, title: parent.title } })}
            onOpen={(row) => setOpenNodeId(row.id)}
            moves={moves}
            editing={actor ? inline.editing : undefined}
            emptyText={filtering ? t('plan.outline.emptyFiltered') : t('plan.outline.empty')}
          />
        </>
      )}
      <NodeCreateModal
        planId={planId}
        target={creating}
        onClose={() => setCreating(null)}
        members={members}
        departments={departments}
      />
      <NodeDrawer
        nodeId={openNodeId}
        byId={byId}
        actor={actor}
        members={members}
        departments={departments}
        onMove={setMovingId}
        onClose={() => setOpenNodeId(null)}
      />
      <NodeMoveModal
        node={movingNode}
        ctx={moveCtx}
        tree={tree}
        mover={mover}
        loadChildren={loadSubtree}
        onReload={reload}
        onClose={() => {
          setMovingId(null);
          mover.discard();
        }}
        members={members}
        departments={departments}
      />
    </Card>
  );
}
