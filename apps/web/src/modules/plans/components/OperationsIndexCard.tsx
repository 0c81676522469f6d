import { useQuery } from '@apollo/client/react';
import { Card, Col, Flex, Progress, Row, Skeleton, Statistic, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OPERATIONS_INDEX_QUERY } from '../graphql/queries/operationsIndexQuery';
import { ABSENT, dimensionsForDisplay, formatIndex } from '../utils/operationsIndex';
import { percentText, toPercent } from '../utils/nodeDisplay';

/** Overall progress beside organisation × production × marketing; an absent dimension is shown, never counted as 0. */
export function OperationsIndexCard({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(OPERATIONS_INDEX_QUERY, { variables: { planId }, fetchPolicy: 'cache-and-network' });
  const index = data?.operationsIndex;

  if (!index) return <Card>{loading ? <Skeleton active paragraph={{ rows: 2 }} /> : null}</Card>;
  const rows = dimensionsForDisplay(index.dimensions, index.weakest);
  const weakest = rows.find((row) => row.weakest);

  return (
    <Card data-testid="operations-index">
      <Row gutter={[24, 16]} align="middle">
        <Col xs={24} md={6}>
          <Flex vertical align="center" gap={8}>
            <Progress type="circle" percent={toPercent(index.progress)} size={96} data-testid="plan-progress" />
            <Typography.Text type="secondary">{t('plan.overallProgress')}</Typography.Text>
          </Flex>
        </Col>
        <Col xs={24} md={6}>
          <Tooltip title={t('plan.index.help')}>
            <Statistic title={t('plan.index.title')} value={formatIndex(index.index)} data-testid="operations-index-value" />
          </Tooltip>
          {weakest ? (
            <Tag color="orange" style={{ marginTop: 8 }} data-testid="operations-weakest">
              {t('plan.index.weakest', { dimension: t(`node.dimensions.${weakest.dimension}`) })}
            </Tag>
          ) : index.index === null ? (
            <Typography.Text type="secondary">{t('plan.index.noneMeasured')}</Typography.Text>
          ) : null}
        </Col>
        <Col xs={24} md={12}>
          {rows.map((row) => (
            <Flex key={row.dimension} align="center" gap={12} data-testid={`dimension-${row.dimension}`}>
              <Typography.Text strong={row.weakest} style={{ width: 96, flex: 'none' }}>
                {t(`node.dimensions.${row.dimension}`)}
              </Typography.Text>
              {row.percent === null ? (
                <Typography.Text type="secondary">{ABSENT}</Typography.Text>
              ) : (
                <Progress
                  percent={row.percent}
                  size="small"
                  status={row.weakest ? 'exception' : 'normal'}
                  format={percentText}
                  style={{ flex: 1, margin: 0 }}
                />
              )}
            </Flex>
          ))}
        </Col>
      </Row>
    </Card>
  );
}
