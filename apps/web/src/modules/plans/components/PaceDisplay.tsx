import type { Health } from '@opsplan/domain';
import { Flex, Progress, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { toPercent } from '../utils/nodeDisplay';
import { HEALTH_COLORS, HEALTH_STROKES } from '../utils/pace';

/** Ahead, on pace, behind or unknown, with what it means on hover. */
export function HealthTag({ health }: { health: Health }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`pace.healthHelp.${health}`)}>
      <Tag color={HEALTH_COLORS[health]} data-testid={`health-${health}`}>
        {t(`pace.health.${health}`)}
      </Tag>
    </Tooltip>
  );
}

/** Progress as a bar, with a mark where the calendar says it should be by now. */
export function PaceBar({ progress, timeElapsed, health }: { progress: number; timeElapsed: number | null; health: Health }) {
  const { t } = useTranslation();
  const done = toPercent(progress);
  const elapsed = timeElapsed === null ? null : toPercent(timeElapsed);
  const label = elapsed === null ? t('pace.barNoDates', { progress: done }) : t('pace.bar', { progress: done, elapsed });
  return (
    <Tooltip title={label}>
      <Flex align="center" gap={8} style={{ minWidth: 180 }} aria-label={label} role="img">
        <div style={{ position: 'relative', flex: 1 }}>
          <Progress percent={done} showInfo={false} size="small" strokeColor={HEALTH_STROKES[health]} style={{ margin: 0 }} />
          {elapsed === null ? null : (
            <span style={{ position: 'absolute', top: 0, bottom: 0, left: `${elapsed}%`, width: 2, marginLeft: -1, background: '#262626' }} data-testid="elapsed-mark" />
          )}
        </div>
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap', fontSize: 12 }}>
          {elapsed === null ? `${done}%` : `${done}% / ${elapsed}%`}
        </Typography.Text>
      </Flex>
    </Tooltip>
  );
}
