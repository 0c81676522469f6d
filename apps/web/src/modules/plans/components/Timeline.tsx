import { Flex, theme, Tooltip, Typography } from 'antd';
import { Fragment, useMemo } from 'react';
import type { CSSProperties, KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { localToday } from '../utils/today';
import { monthLabelStep, timelineLayout } from '../utils/timelineLayout';
import type { TimelineInput, TimelineItem, TimelineRow } from '../utils/timelineLayout';

export interface TimelineLegendEntry {
  key: string;
  label: string;
  color: string;
}

interface TimelineProps<T extends TimelineItem> extends TimelineInput<T> {
  /** YYYY-MM-DD; the marker is drawn when it falls in the months shown. Where the user is, by default. */
  today?: string;
  barColor: (row: TimelineRow<T>) => string;
  /** What a bar's tooltip says. */
  describe?: (row: TimelineRow<T>) => ReactNode;
  /** More for a bar, e.g. an outline for something overdue. */
  barStyle?: (row: TimelineRow<T>) => CSSProperties | undefined;
  /** Shown after a row's title, e.g. tags. */
  titleExtra?: (row: TimelineRow<T>) => ReactNode;
  /** Makes titles and bars open the row. */
  onOpen?: (row: TimelineRow<T>) => void;
  legend?: readonly TimelineLegendEntry[];
  'data-testid'?: string;
}

const ROW_HEIGHT = 26;
const INDENT = 16;

/**
 * Rows as bars across months (a plain CSS grid: no chart library for this),
 * each bar filled to its progress when it has one, with a line for today.
 */
export function Timeline<T extends TimelineItem>({
  startDate,
  endDate,
  items,
  today = localToday(),
  barColor,
  describe,
  barStyle,
  titleExtra,
  onOpen,
  legend,
  'data-testid': testId,
}: TimelineProps<T>) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const language = useLanguage();
  const { months, rows, today: todayAt } = useMemo(() => timelineLayout({ startDate, endDate, items }, today), [startDate, endDate, items, today]);
  const monthName = useMemo(() => new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' }), [language]);
  const every = monthLabelStep(months.length);
  // In a list with more than one level, the top rows head the ones below them.
  const nested = rows.some((row) => (row.level ?? 0) > 0);
  const gridLines: CSSProperties = {
    backgroundImage: `linear-gradient(to right, ${token.colorBorderSecondary} 1px, transparent 1px)`,
    backgroundSize: `${100 / Math.max(months.length, 1)}% 100%`,
  };
  // Drawn in every row; the rows have no gap between them, so the pieces make one line.
  const todayLine =
    todayAt === null ? null : (
      <div
        aria-hidden
        style={{ position: 'absolute', top: 0, bottom: 0, left: `${todayAt}%`, width: 2, marginLeft: -1, background: token.colorTextSecondary, zIndex: 1 }}
      />
    );

  const open = (row: TimelineRow<T>) => (onOpen ? () => onOpen(row) : undefined);
  const onKey = (row: TimelineRow<T>) => (event: KeyboardEvent) => {
    if (!onOpen || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    onOpen(row);
  };

  return (
    <div style={{ overflowX: 'auto' }} data-testid={testId}>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(120px, 220px) 1fr', columnGap: 12, minWidth: 560, alignItems: 'stretch' }}>
        <span />
        <div style={{ position: 'relative', paddingBottom: 4 }}>
          <div style={{ display: 'grid', gridTemplateColumns: `repeat(${months.length}, 1fr)` }}>
            {months.map((month, index) => (
              <Flex key={month.key} vertical style={{ fontSize: 11, color: token.colorTextTertiary, whiteSpace: 'nowrap' }} data-testid="timeline-month">
                <span>{index % every === 0 ? monthName.format(new Date(Date.UTC(month.year, month.month - 1, 1))) : '\u00a0'}</span>
                <span>{index === 0 || month.month === 1 ? month.year : '\u00a0'}</span>
              </Flex>
            ))}
          </div>
          {todayAt === null ? null : (
            <div style={{ position: 'relative', height: 16 }}>
              <span
                style={{ position: 'absolute', left: `${todayAt}%`, transform: 'translateX(-50%)', fontSize: 11, lineHeight: '16px', color: token.colorTextSecondary, whiteSpace: 'nowrap' }}
                data-testid="timeline-today"
              >
                {t('plan.timeline.today')}
              </span>
            </div>
          )}
        </div>
        {rows.map((row) => {
          const color = barColor(row);
          const label = `${row.title} · ${row.startDate} – ${row.dueDate}`;
          return (
            <Fragment key={row.key}>
              <Flex align="center" gap={4} style={{ minWidth: 0, height: ROW_HEIGHT, paddingLeft: (row.level ?? 0) * INDENT }} data-testid={`timeline-row-${row.key}`}>
                {onOpen ? (
                  <Typography.Link onClick={open(row)} ellipsis style={{ minWidth: 0, fontWeight: nested && (row.level ?? 0) === 0 ? 600 : undefined }}>
                    {row.title}
                  </Typography.Link>
                ) : (
                  <Typography.Text ellipsis={{ tooltip: row.title }} style={{ minWidth: 0, fontWeight: nested && (row.level ?? 0) === 0 ? 600 : undefined }}>
                    {row.title}
                  </Typography.Text>
                )}
                {titleExtra?.(row)}
              </Flex>
              <div style={{ position: 'relative', height: ROW_HEIGHT, ...gridLines }}>
                {todayLine}
                {row.span ? (
                  <Tooltip title={describe ? describe(row) : label}>
                    <div
                      role={onOpen ? 'button' : undefined}
                      tabIndex={onOpen ? 0 : undefined}
                      aria-label={onOpen ? label : undefined}
                      onClick={open(row)}
                      onKeyDown={onOpen ? onKey(row) : undefined}
                      style={{
                        position: 'absolute',
                        left: `${row.span.left}%`,
                        width: `${row.span.width}%`,
                        top: 5,
                        bottom: 5,
                        minWidth: 2,
                        borderRadius: 4,
                        overflow: 'hidden',
                        background: row.progress === null || row.progress === undefined ? color : undefined,
                        cursor: onOpen ? 'pointer' : undefined,
                        ...barStyle?.(row),
                      }}
                      data-testid={`timeline-bar-${row.key}`}
                    >
                      {row.progress === null || row.progress === undefined ? null : (
                        <>
                          <div style={{ position: 'absolute', inset: 0, background: color, opacity: 0.3 }} />
                          <div
                            style={{ position: 'absolute', top: 0, bottom: 0, left: 0, width: `${Math.min(Math.max(row.progress, 0), 100)}%`, background: color }}
                            data-testid={`timeline-progress-${row.key}`}
                          />
                        </>
                      )}
                    </div>
                  </Tooltip>
                ) : null}
              </div>
            </Fragment>
          );
        })}
      </div>
      {legend && legend.length > 0 ? (
        <Flex gap={16} wrap style={{ marginTop: 8 }}>
          {legend.map((entry) => (
            <Flex key={entry.key} gap={6} align="center">
              <span style={{ display: 'inline-block', width: 12, height: 8, borderRadius: 2, background: entry.color }} />
              <Typography.Text type="secondary">{entry.label}</Typography.Text>
            </Flex>
          ))}
        </Flex>
      ) : null}
    </div>
  );
}
