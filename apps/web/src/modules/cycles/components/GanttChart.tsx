import type { StageStatus } from '@opsplan/domain';
import { useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  axisTicks,
  barGeometry,
  chartWidth,
  DEFAULT_ROW_LAYOUT,
  dependencyArrows,
  draggedDates,
  ganttScale,
  snapToDays,
  onAxis,
  todayX,
} from '../utils/ganttGeometry';
import type { DragMode } from '../utils/ganttGeometry';
import { STAGE_STATUS_FILL } from './stageStatus';

export interface GanttStage {
  id: string;
  name: string;
  status: StageStatus;
  startDate: string;
  dueDate: string;
  dependsOn: readonly string[];
  overdue: boolean;
}

interface GanttChartProps {
  stages: readonly GanttStage[];
  today: string;
  criticalPath: readonly string[];
  /** Whether this person may re-date the stage (the API's rule: cycles.manage, not approved). */
  canDrag: (stage: GanttStage) => boolean;
  onDatesChange: (stage: GanttStage, dates: { startDate: string; dueDate: string }) => void;
  onOpen: (stage: GanttStage) => void;
}

interface Drag {
  stage: GanttStage;
  mode: DragMode;
  startX: number;
  days: number;
}

const LABEL_WIDTH = 0;
const HANDLE = 8;

/**
 * The cycle's stages on a calendar: one bar per stage from its start to its
 * due day, arrows from each dependency, a line for today. Bars of the
 * critical path have a dark outline; overdue bars a red one. Dragging a bar
 * moves it, dragging its right edge moves the due date; both snap to whole
 * days and are saved on release. The stage list's edit form does the same
 * from the keyboard.
 */
export function GanttChart({ stages, today, criticalPath, canDrag, onDatesChange, onOpen }: GanttChartProps) {
  const { t } = useTranslation();
  const [drag, setDrag] = useState<Drag | null>(null);
  const moved = useRef(false);
  const layout = DEFAULT_ROW_LAYOUT;
  const scale = ganttScale(stages, today);
  const width = chartWidth(scale) + LABEL_WIDTH;
  const height = layout.top + stages.length * layout.rowHeight + 8;
  const critical = new Set(criticalPath);
  const shown = stages.map((stage) => {
    if (!drag || drag.stage.id !== stage.id) return stage;
    return { ...stage, ...(draggedDates(stage, drag.mode, drag.days) ?? {}) };
  });
  const arrows = dependencyArrows(shown, scale, layout);
  const ticks = axisTicks(scale);
  // Only the links the path follows, not every link between two stages on it.
  const criticalLinks = new Set(criticalPath.slice(1).map((id, i) => `${criticalPath[i]}>${id}`));
  const criticalArrow = (from: string, to: string) => criticalLinks.has(`${from}>${to}`);

  const begin = (event: ReactPointerEvent<SVGElement>, stage: GanttStage, mode: DragMode) => {
    if (!canDrag(stage) || event.button !== 0) return;
    event.stopPropagation();
    (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    moved.current = false;
    setDrag({ stage, mode, startX: event.clientX, days: 0 });
  };
  const move = (event: ReactPointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    const days = snapToDays(event.clientX - drag.startX, scale.dayWidth);
    if (days !== 0) moved.current = true;
    if (days !== drag.days) setDrag({ ...drag, days });
  };
  const end = () => {
    if (!drag) return;
    const dates = draggedDates(drag.stage, drag.mode, drag.days);
    setDrag(null);
    if (dates) onDatesChange(drag.stage, dates);
  };

  return (
    <div style={{ overflowX: 'auto', border: '1px solid #f0f0f0', borderRadius: 8, background: '#fff' }}>
      <svg
        width={width}
        height={height}
        role="img"
        aria-label={t('cycles.gantt.label')}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={() => setDrag(null)}
        style={{ display: 'block', userSelect: 'none', touchAction: 'pan-y' }}
        data-testid="cycle-gantt"
      >
        <defs>
          <marker id="gantt-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 8 4 L 0 8 z" fill="#8c8c8c" />
          </marker>
          <marker id="gantt-arrow-critical" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 8 4 L 0 8 z" fill="#262626" />
          </marker>
        </defs>
        {stages.map((stage, row) => (
          <rect key={`row-${stage.id}`} x={0} y={layout.top + row * layout.rowHeight} width={width} height={layout.rowHeight} fill={row % 2 ? '#fafafa' : '#fff'} />
        ))}
        {ticks.weeks.map((tick) => (
          <line key={`w-${tick.date}`} x1={tick.x} x2={tick.x} y1={layout.top - 14} y2={height} stroke="#f0f0f0" />
        ))}
        {ticks.weeks.map((tick) => (
          <text key={`wl-${tick.date}`} x={tick.x + 2} y={layout.top - 4} fontSize={10} fill="#8c8c8c">
            {tick.date.slice(8)}
          </text>
        ))}
        {ticks.months.map((tick) => (
          <g key={`m-${tick.date}`}>
            <line x1={tick.x} x2={tick.x} y1={0} y2={height} stroke="#d9d9d9" />
            <text x={tick.x + 4} y={14} fontSize={12} fill="#595959">
              {tick.date.slice(0, 7)}
            </text>
          </g>
        ))}
        {arrows.map((arrow) => {
          const isCritical = criticalArrow(arrow.from, arrow.to);
          return (
            <path
              key={`${arrow.from}-${arrow.to}`}
              d={arrow.d}
              fill="none"
              stroke={isCritical ? '#262626' : '#bfbfbf'}
              strokeWidth={isCritical ? 1.5 : 1}
              markerEnd={`url(#${isCritical ? 'gantt-arrow-critical' : 'gantt-arrow'})`}
              data-testid="gantt-arrow"
            />
          );
        })}
        {shown.map((stage, row) => {
          const bar = barGeometry(stage, row, scale, layout);
          const draggable = canDrag(stage);
          const isCritical = critical.has(stage.id);
          const stroke = stage.overdue ? '#f5222d' : isCritical ? '#262626' : 'transparent';
          return (
            <g
              key={stage.id}
              tabIndex={0}
              role="link"
              aria-label={t('cycles.gantt.bar', { name: stage.name, start: stage.startDate, due: stage.dueDate, status: t(`cycles.statuses.${stage.status}`) })}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  onOpen(stage);
                }
              }}
              onClick={() => {
                if (!moved.current) onOpen(stage);
                moved.current = false;
              }}
              style={{ cursor: draggable ? 'grab' : 'pointer', outline: 'none' }}
              data-testid={`gantt-bar-${stage.id}`}
              data-status={stage.status}
              data-critical={isCritical ? 'true' : undefined}
              data-overdue={stage.overdue ? 'true' : undefined}
            >
              <title>{`${stage.name}: ${stage.startDate} → ${stage.dueDate}`}</title>
              <rect
                x={bar.x}
                y={bar.y}
                width={bar.width}
                height={bar.height}
                rx={4}
                fill={STAGE_STATUS_FILL[stage.status]}
                stroke={stroke}
                strokeWidth={stage.overdue || isCritical ? 2 : 0}
                strokeDasharray={stage.overdue && isCritical ? '4 2' : undefined}
                onPointerDown={(event) => begin(event, stage, 'move')}
              />
              <text x={bar.x + 6} y={bar.y + bar.height / 2 + 4} fontSize={11} fill="#262626" pointerEvents="none">
                {stage.name}
              </text>
              {draggable ? (
                <rect
                  x={bar.x + bar.width - HANDLE / 2}
                  y={bar.y}
                  width={HANDLE}
                  height={bar.height}
                  fill="transparent"
                  style={{ cursor: 'ew-resize' }}
                  onPointerDown={(event) => begin(event, stage, 'resize')}
                  data-testid={`gantt-handle-${stage.id}`}
                />
              ) : null}
            </g>
          );
        })}
        {onAxis(today, scale) ? (
          <>
            <line x1={todayX(today, scale)} x2={todayX(today, scale)} y1={layout.top - 16} y2={height} stroke="#1677ff" strokeWidth={2} data-testid="gantt-today" />
            <text x={todayX(today, scale) + 4} y={layout.top - 18} fontSize={11} fill="#1677ff">
              {t('cycles.gantt.today')}
            </text>
          </>
        ) : null}
      </svg>
    </div>
  );
}
