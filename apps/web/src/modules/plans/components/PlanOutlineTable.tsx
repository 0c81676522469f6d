import { DragOutlined, HolderOutlined, PlusOutlined } from '@ant-design/icons';
import type { Level } from '@opsplan/domain';
import { Button, Dropdown, Flex, Progress, Table, theme, Tooltip, Typography } from 'antd';
import type { GetRef, TableColumnsType } from 'antd';
import { useMemo, useRef, useState } from 'react';
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
/** Fits the content area of a 1366-pixel laptop screen up to the department, which scrolls in. */
const COLUMN_WIDTHS = { title: 300, owner: 110, status: 100, progress: 150, kpi: 160, due: 132, department: 130, actions: 76 };
const TABLE_WIDTH = Object.values(COLUMN_WIDTHS).reduce((sum, width) => sum + width, 0);
/** While dragging, the body scrolls when the pointer is this close to its top or bottom edge. */
const AUTO_SCROLL_EDGE = 40;
const AUTO_SCROLL_STEP = 24;

interface DropHover {
  id: string;
  verdict: DropVerdict;
}

const sameHover = (a: DropHover | null, b: DropHover) =>
  a !== null && a.id === b.id && a.verdict.allowed === b.verdict.allowed && a.verdict.position === b.verdict.position;

/** Whether any row, or any row below it, passes `test`. */
function someRow(rows: readonly Row[], test: (row: Row) => boolean): boolean {
  return rows.some((row) => test(row) || (row.children !== undefined && someRow(row.children, test)));
}

/** A name on one line, cut with an ellipsis; the whole name on hover. */
const OneLine = ({ text }: { text: string }) => (
  <Typography.Text ellipsis title={text}>
    {text}
  </Typography.Text>
);

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

  // What a row says about how the work goes (status, progress, KPI) comes before who and when, so a
  // laptop screen shows it without scrolling sideways; the actions stay pinned at the right edge.
  const baseColumns: TableColumnsType<Row> = [
    {
      key: 'title',
      title: t('plan.outline.columns.title'),
      width: COLUMN_WIDTHS.title,
      fixed: 'left',
      render: (_, node) => (
        <Flex align="center" gap={4} style={{ minWidth: 0 }}>
          {moves?.canMove(node) ? (
            <HolderOutlined aria-hidden style={{ cursor: 'grab', color: token.colorTextTertiary }} data-testid={`drag-handle-${node.id}`} />
          ) : null}
          <NodeLevelTag level={node.level} />
          <Typography.Link onClick={() => onOpen(node)} ellipsis title={node.title} style={{ minWidth: 0, flex: '0 1 auto' }} data-testid={`node-title-${node.id}`}>
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
      width: COLUMN_WIDTHS.owner,
      ellipsis: true,
      render: (_, node) =>
        inline(
          'owner',
          node,
          node.owner ? (
            <OneLine text={node.owner.user.displayName} />
          ) : (
            <Typography.Text type="secondary">{t('node.unassigned')}</Typography.Text>
          ),
        ),
    },
    {
      key: 'status',
      title: t('plan.outline.columns.status'),
      width: COLUMN_WIDTHS.status,
      render: (_, node) => inline('status', node, <NodeStatusTag status={node.status} />),
    },
    {
      key: 'progress',
      title: t('plan.outline.columns.progress'),
      width: COLUMN_WIDTHS.progress,
      render: (_, node) =>
        inline('progress', node, <Progress percent={toPercent(node.progress)} size="small" status={node.status === 'off_track' ? 'exception' : 'normal'} format={percentText} />),
    },
    {
      key: 'kpi',
      title: t('plan.outline.columns.kpi'),
      width: COLUMN_WIDTHS.kpi,
      render: (_, node) =>
        node.kpi ? (
          <Flex align="center" gap={4} title={`${node.kpi.name}: ${kpiFigure(node.kpi.actual, null)} / ${kpiFigureText(t, node.kpi.target, node.kpi)}`}>
            <div style={{ flex: 'none' }}>{inline('kpiActual', node, <Typography.Text>{kpiFigure(node.kpi.actual, null)}</Typography.Text>)}</div>
            <Typography.Text ellipsis style={{ minWidth: 0 }}>
              / {kpiFigureText(t, node.kpi.target, node.kpi)}
            </Typography.Text>
          </Flex>
        ) : (
          '—'
        ),
    },
    {
      // The due date, with the start beside it in the cell's tooltip; the timeline shows both as bars.
      key: 'due',
      title: t('plan.outline.columns.due'),
      width: COLUMN_WIDTHS.due,
      render: (_, node) => (
        <div title={t('plan.outline.datesTooltip', { start: node.startDate ?? '—', due: node.dueDate ?? '—' })} data-testid={`outline-dates-${node.id}`}>
          {inline('dueDate', node, <Typography.Text type={node.overdue ? 'danger' : undefined}>{node.dueDate ?? '—'}</Typography.Text>)}
        </div>
      ),
    },
    {
      key: 'department',
      title: t('plan.outline.columns.department'),
      width: COLUMN_WIDTHS.department,
      ellipsis: true,
      render: (_, node) => (node.department ? <OneLine text={node.department.name} /> : '—'),
    },
    {
      key: 'actions',
      title: t('plan.outline.columns.actions'),
      width: COLUMN_WIDTHS.actions,
      fixed: 'right',
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
        const label = levels.length === 1 ? t('plan.outline.addLevel', { level: t(`node.levels.${levels[0]}`) }) : t('plan.outline.add');
        const button = (
          <Button
            size="small"
            type="text"
            icon={<PlusOutlined />}
            aria-label={t('plan.outline.addUnder', { action: label, title: node.title })}
            data-testid={`add-child-${node.id}`}
            onClick={levels.length === 1 ? () => onAdd(node, levels[0]) : undefined}
          />
        );
        return (
          <Flex align="center" gap={2}>
            {levels.length === 1 ? (
              <Tooltip title={label}>{button}</Tooltip>
            ) : (
              // The tooltip outside the menu: inside, it takes the click the menu opens on.
              <Tooltip title={label}>
                <Dropdown
                  trigger={['click']}
                  menu={{
                    items: levels.map((level) => ({ key: level, label: t('plan.outline.addLevel', { level: t(`node.levels.${level}`) }) })),
                    onClick: ({ key }) => onAdd(node, key as Level),
                  }}
                >
                  {button}
                </Dropdown>
              </Tooltip>
            )}
            {moveButton}
          </Flex>
        );
      },
    },
  ];
  // A viewer who may add and move nothing here (staff reading the plan) gets no empty column for it.
  const canMove = moves?.canMove;
  const anyActions = useMemo(() => someRow(rows, (row) => addableLevels(row).length > 0 || canMove?.(row) === true), [rows, addableLevels, canMove]);
  const shownColumns = anyActions ? baseColumns : baseColumns.filter((column) => column.key !== 'actions');
  // Cells, not rows, carry the drop highlight: the fixed title cell paints its own background over the row's.
  const columns = moves ? shownColumns.map((column) => ({ ...column, onCell: (node: Row) => ({ style: dropStyle(node) }) })) : shownColumns;

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
        scroll={{ x: anyActions ? TABLE_WIDTH : TABLE_WIDTH - COLUMN_WIDTHS.actions, y: TABLE_HEIGHT }}
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
