import { DragOutlined, HolderOutlined, PlusOutlined } from '@ant-design/icons';
import type { Level } from '@opsplan/domain';
import { Button, Dropdown, Flex, Progress, Table, theme, Tooltip, Typography } from 'antd';
import type { GetRef, TableColumnsType } from 'antd';
import { useRef, useState } from 'react';
import type { CSSProperties, DragEvent, HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanNodeRowFieldsFragment } from '../../../gql/graphql';
import type { OutlineInlineEditing } from '../hooks/useOutlineInlineEdit';
import type { InlineField } from '../utils/inlineEdit';
import type { DropVerdict, MoveDestination } from '../utils/moveTarget';
import type { OutlineRow } from '../utils/outlineTree';
import { kpiFigureText } from '../utils/budgetLink';
import { kpiFigure, percentText, toPercent } from '../utils/nodeDisplay';
import { ChecklistCountTag, NodeLevelTag, NodeStatusTag, OverdueTag, RecurrenceTag } from './NodeTags';
import { OutlineInlineCell } from './OutlineInlineCell';

type Row = OutlineRow<PlanNodeRowFieldsFragment>;

/** Moving rows by drag and drop or the "Move…" action; left out where the viewer may move nothing. */
export interface OutlineMoves {
  canMove: (row: Row) => boolean;
  /** The verdict for dropping `dragged` on `target`, `fraction` of the way down the target row. */
  dropAt: (dragged: Row, target: Row, fraction: number) => DropVerdict;
  onDrop: (dragged: Row, destination: MoveDestination) => void;
  /** The keyboard way: opens the move dialog. */
  onMoveRequest: (row: Row) => void;
}

interface PlanOutlineTableProps {
  rows: Row[];
  loading: boolean;
  expandedKeys: readonly string[];
  onExpandedKeysChange: (keys: string[]) => void;
  /** A row was opened: load what lies below it if the outline did not include it. */
  onExpandRow: (row: Row) => void;
  /** The levels the viewer may add under a row; none hides the action. */
  addableLevels: (row: Row) => Level[];
  onAdd: (parent: Row, level: Level) => void;
  onOpen: (row: Row) => void;
  moves?: OutlineMoves;
  /** Editing cells in place; left out, every cell is read-only. */
  editing?: OutlineInlineEditing;
  emptyText: string;
}

/** Rows are virtualised, so a plan with thousands of loaded tasks still scrolls smoothly. */
const TABLE_HEIGHT = 560;
const TABLE_WIDTH = 1420;
/** While dragging, the body scrolls when the pointer is this close to its top or bottom edge. */
const AUTO_SCROLL_EDGE = 40;
const AUTO_SCROLL_STEP = 24;

interface DropHover {
  id: string;
  verdict: DropVerdict;
}

const sameHover = (a: DropHover | null, b: DropHover) =>
  a !== null && a.id === b.id && a.verdict.allowed === b.verdict.allowed && a.verdict.position === b.verdict.position;

/** How far down the row (0 top … 1 bottom) the pointer is. jsdom has no layout: the middle then. */
function pointerFraction(event: DragEvent<HTMLElement>): number {
  const rect = event.currentTarget.getBoundingClientRect();
  const fraction = (event.clientY - rect.top) / rect.height;
  return Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0.5;
}

export function PlanOutlineTable({
  rows,
  loading,
  expandedKeys,
  onExpandedKeysChange,
  onExpandRow,
  addableLevels,
  onAdd,
  onOpen,
  moves,
  editing,
  emptyText,
}: PlanOutlineTableProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const table = useRef<GetRef<typeof Table<Row>>>(null);
  const [dragged, setDragged] = useState<Row | null>(null);
  const [hover, setHover] = useState<DropHover | null>(null);

  const endDrag = () => {
    setDragged(null);
    setHover(null);
  };

  // Only an allowed drop is highlighted: a line above or below the row, or the row itself for "into".
  const dropStyle = (row: Row): CSSProperties | undefined => {
    if (!hover || hover.id !== row.id || !hover.verdict.allowed) return undefined;
    const line = (y: number) => `inset 0 ${y}px 0 ${token.colorPrimary}`;
    switch (hover.verdict.position) {
      case 'before':
        return { boxShadow: line(2) };
      case 'after':
        return { boxShadow: line(-2) };
      case 'inside':
        return { background: token.controlItemBgActive, boxShadow: `${line(1)}, ${line(-1)}` };
    }
  };

  const dragProps = (node: Row): HTMLAttributes<HTMLElement> => {
    if (!moves) return {};
    // A row being edited does not drag, so selecting text in its editor does not start a move.
    const movable = moves.canMove(node) && editing?.active?.nodeId !== node.id;
    return {
      draggable: movable,
      style: dragged?.id === node.id ? { opacity: 0.5 } : undefined,
      onDragStart: (event) => {
        if (!movable) return;
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', node.title);
        setDragged(node);
      },
      onDragOver: (event) => {
        if (!dragged) return;
        const next = { id: node.id, verdict: moves.dropAt(dragged, node, pointerFraction(event)) };
        if (next.verdict.allowed) {
          event.preventDefault(); // lets the drop happen; without it the browser shows "not allowed"
          event.dataTransfer.dropEffect = 'move';
        } else {
          event.dataTransfer.dropEffect = 'none';
        }
        if (!sameHover(hover, next)) setHover(next);
      },
      onDragLeave: (event) => {
        if (hover?.id === node.id && !event.currentTarget.contains(event.relatedTarget as Node | null)) setHover(null);
      },
      onDrop: (event) => {
        if (!dragged) return;
        event.preventDefault();
        const verdict = moves.dropAt(dragged, node, pointerFraction(event));
        endDrag();
        if (verdict.allowed) moves.onDrop(dragged, { parentId: verdict.parentId, sortOrder: verdict.sortOrder });
      },
      onDragEnd: endDrag,
    };
  };

  // The body is a virtual list that scrolls itself, so the browser does not scroll it while dragging.
  const autoScroll = (event: DragEvent<HTMLElement>) => {
    if (!dragged || !table.current) return;
    const holder = table.current.nativeElement.querySelector<HTMLElement>('.ant-table-tbody-virtual-holder');
    if (!holder) return;
    const rect = holder.getBoundingClientRect();
    if (event.clientY < rect.top + AUTO_SCROLL_EDGE) table.current.scrollTo({ top: Math.max(0, holder.scrollTop - AUTO_SCROLL_STEP) });
    else if (event.clientY > rect.bottom - AUTO_SCROLL_EDGE) table.current.scrollTo({ top: holder.scrollTop + AUTO_SCROLL_STEP });
  };

  const inline = (field: InlineField, node: Row, display: ReactNode) =>
    editing ? (
      <OutlineInlineCell field={field} node={node} editing={editing}>
        {display}
      </OutlineInlineCell>
    ) : (
      display
    );

  const baseColumns: TableColumnsType<Row> = [
    {
      key: 'title',
      title: t('plan.outline.columns.title'),
      width: 340,
      fixed: 'left',
      render: (_, node) => (
        <Flex align="center" gap={4} style={{ minWidth: 0 }}>
          {moves?.canMove(node) ? (
            <HolderOutlined aria-hidden style={{ cursor: 'grab', color: token.colorTextTertiary }} data-testid={`drag-handle-${node.id}`} />
          ) : null}
          <NodeLevelTag level={node.level} />
          <Typography.Link
            onClick={() => onOpen(node)}
            ellipsis
            style={{ maxWidth: node.recurrence || node.checklist.length > 0 ? 170 : 260 }}
            data-testid={`node-title-${node.id}`}
          >
            {node.title}
          </Typography.Link>
          {node.recurrence ? <RecurrenceTag recurrence={node.recurrence} compact /> : null}
          {node.checklist.length > 0 ? <ChecklistCountTag items={node.checklist} /> : null}
          {node.overdue ? <OverdueTag /> : null}
        </Flex>
      ),
    },
    {
      key: 'owner',
      title: t('plan.outline.columns.owner'),
      width: 130,
      render: (_, node) =>
        inline('owner', node, node.owner?.user.displayName ?? <Typography.Text type="secondary">{t('node.unassigned')}</Typography.Text>),
    },
    {
      key: 'department',
      title: t('plan.outline.columns.department'),
      width: 130,
      render: (_, node) => node.department?.name ?? '—',
    },
    {
      key: 'dates',
      title: t('plan.outline.columns.dates'),
      width: 230,
      render: (_, node) => (
        <Flex align="center" gap={4}>
          <Typography.Text type={node.overdue ? 'danger' : undefined} style={{ whiteSpace: 'nowrap' }}>
            {node.startDate ?? '—'} →
          </Typography.Text>
          <div style={{ flex: 1, minWidth: 0 }}>
            {inline('dueDate', node, <Typography.Text type={node.overdue ? 'danger' : undefined}>{node.dueDate ?? '—'}</Typography.Text>)}
          </div>
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('plan.outline.columns.status'),
      width: 110,
      render: (_, node) => inline('status', node, <NodeStatusTag status={node.status} />),
    },
    {
      key: 'progress',
      title: t('plan.outline.columns.progress'),
      width: 160,
      render: (_, node) =>
        inline('progress', node, <Progress percent={toPercent(node.progress)} size="small" status={node.status === 'off_track' ? 'exception' : 'normal'} format={percentText} />),
    },
    {
      key: 'kpi',
      title: t('plan.outline.columns.kpi'),
      width: 170,
      render: (_, node) =>
        node.kpi ? (
          <Flex align="center" gap={4} title={node.kpi.name}>
            <div style={{ minWidth: 0 }}>{inline('kpiActual', node, <Typography.Text>{kpiFigure(node.kpi.actual, null)}</Typography.Text>)}</div>
            <Typography.Text style={{ whiteSpace: 'nowrap' }}>/ {kpiFigureText(t, node.kpi.target, node.kpi)}</Typography.Text>
          </Flex>
        ) : (
          '—'
        ),
    },
    {
      key: 'actions',
      title: t('plan.outline.columns.actions'),
      width: 150,
      render: (_, node) => {
        const levels = addableLevels(node);
        const moveButton = moves?.canMove(node) ? (
          <Tooltip title={t('plan.outline.move')}>
            <Button
              size="small"
              type="text"
              icon={<DragOutlined />}
              aria-label={t('plan.outline.moveNamed', { title: node.title })}
              data-testid={`move-node-${node.id}`}
              onClick={() => moves.onMoveRequest(node)}
            />
          </Tooltip>
        ) : null;
        if (levels.length === 0) return moveButton;
        const button = (
          <Button size="small" type="link" icon={<PlusOutlined />} data-testid={`add-child-${node.id}`} onClick={levels.length === 1 ? () => onAdd(node, levels[0]) : undefined}>
            {levels.length === 1 ? t('plan.outline.addLevel', { level: t(`node.levels.${levels[0]}`) }) : t('plan.outline.add')}
          </Button>
        );
        return (
          <Flex align="center" gap={2}>
            {levels.length === 1 ? (
              button
            ) : (
              <Dropdown
                trigger={['click']}
                menu={{
                  items: levels.map((level) => ({ key: level, label: t(`node.levels.${level}`) })),
                  onClick: ({ key }) => onAdd(node, key as Level),
                }}
              >
                {button}
              </Dropdown>
            )}
            {moveButton}
          </Flex>
        );
      },
    },
  ];
  // Cells, not rows, carry the drop highlight: the fixed title cell paints its own background over the row's.
  const columns = moves ? baseColumns.map((column) => ({ ...column, onCell: (node: Row) => ({ style: dropStyle(node) }) })) : baseColumns;

  return (
    // A row that scrolled out of the virtual list during a drag cannot report the drag's end; the next plain mouse move does.
    <div onDragOver={autoScroll} onMouseMove={dragged ? (event) => event.buttons === 0 && endDrag() : undefined}>
      <Table<Row>
        ref={table}
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        size="small"
        virtual
        scroll={{ x: TABLE_WIDTH, y: TABLE_HEIGHT }}
        onRow={(node) => ({ 'data-testid': `outline-row-${node.id}`, ...dragProps(node) }) as HTMLAttributes<HTMLElement>}
        expandable={{
          expandedRowKeys: [...expandedKeys],
          onExpandedRowsChange: (keys) => onExpandedKeysChange(keys.map(String)),
          onExpand: (expanded, node) => {
            if (expanded) onExpandRow(node);
          },
        }}
        locale={{ emptyText }}
        data-testid="plan-outline"
      />
    </div>
  );
}
