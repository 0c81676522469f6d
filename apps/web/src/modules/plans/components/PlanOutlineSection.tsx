import { PlusOutlined } from '@ant-design/icons';
import type { Level, PlanActor } from '@opsplan/domain';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanNodeFieldsFragment } from '../../../gql/graphql';
import { useOutlineNodes } from '../hooks/useOutlineNodes';
import { addableChildLevels, canAddStrategy } from '../utils/nodeAccess';
import { filterChoices, hasFilters, matchesFilters, NO_FILTERS } from '../utils/outlineFilters';
import type { OutlineFilters } from '../utils/outlineFilters';
import { buildOutlineTree, filterTree, treeIds } from '../utils/outlineTree';
import type { OutlineRow } from '../utils/outlineTree';
import { NodeCreateModal } from './NodeCreateModal';
import type { NodeCreateTarget } from './NodeCreateModal';
import { NodeDrawer } from './NodeDrawer';
import type { PeopleAndDepartments } from './NodeFormFields';
import { OutlineFilterBar } from './OutlineFilterBar';
import { PlanOutlineTable } from './PlanOutlineTable';

interface PlanOutlineSectionProps extends PeopleAndDepartments {
  planId: string;
  /** Null when the viewer may not change this plan (e.g. it is archived). */
  actor: PlanActor | null;
}

type Row = OutlineRow<PlanNodeFieldsFragment>;

/** Open at first: strategies and objectives, so the projects leadership reviews are in view. */
const openByDefault = (node: PlanNodeFieldsFragment) => node.level === 'strategy' || node.level === 'objective';

export function PlanOutlineSection({ planId, actor, members, departments }: PlanOutlineSectionProps) {
  const { t } = useTranslation();
  const { nodes, loading, error, openSubtree, loadingIds, failedIds } = useOutlineNodes(planId);
  const [filters, setFilters] = useState<OutlineFilters>(NO_FILTERS);
  const [expandedKeys, setExpandedKeys] = useState<string[] | null>(null);
  const [creating, setCreating] = useState<NodeCreateTarget | null>(null);
  const [openNodeId, setOpenNodeId] = useState<string | null>(null);

  const byId = useMemo(() => new Map(nodes.map((node) => [node.id, node])), [nodes]);
  const tree = useMemo(() => buildOutlineTree(nodes), [nodes]);
  const filtering = hasFilters(filters);
  const rows = useMemo(() => (filtering ? filterTree(tree, (node) => matchesFilters(node, filters)) : tree), [filtering, filters, tree]);
  const choices = useMemo(() => filterChoices(nodes), [nodes]);
  // While filtering, every match is shown in place, so every branch on its path is open.
  const shownKeys = filtering ? treeIds(rows) : (expandedKeys ?? nodes.filter(openByDefault).map((node) => node.id));

  const onExpandRow = (row: Row) => {
    if (row.childCount > 0 && (row.children?.length ?? 0) === 0) openSubtree(row.id);
  };

  return (
    <Card
      title={t('plan.outline.title')}
      extra={
        canAddStrategy(actor) ? (
          <Button icon={<PlusOutlined />} onClick={() => setCreating({ level: 'strategy' })} data-testid="add-strategy">
            {t('plan.outline.addStrategy')}
          </Button>
        ) : null
      }
    >
      <OutlineFilterBar filters={filters} onChange={setFilters} owners={choices.owners} departments={choices.departments} />
      {error ? <Alert type="error" showIcon title={t('errors.loadFailed')} style={{ marginBottom: 12 }} /> : null}
      {failedIds.length > 0 ? <Alert type="warning" showIcon title={t('plan.outline.loadFailed')} style={{ marginBottom: 12 }} /> : null}
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
        addableLevels={(row) => addableChildLevels(actor, row, byId)}
        onAdd={(parent: Row, level: Level) => setCreating({ level, parent: { id: parent.id, title: parent.title } })}
        onOpen={(row) => setOpenNodeId(row.id)}
        emptyText={filtering ? t('plan.outline.emptyFiltered') : t('plan.outline.empty')}
      />
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
        onClose={() => setOpenNodeId(null)}
      />
    </Card>
  );
}
