import { useQuery } from '@apollo/client/react';
import { Alert, Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NextStepsCard } from '../modules/overview/components/NextStepsCard';
import { OVERVIEW_QUERY } from '../modules/overview/graphql/queries/overviewQuery';
import { useViewer } from '../modules/session/hooks/useViewer';

export function OverviewPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data, loading, error } = useQuery(OVERVIEW_QUERY, { fetchPolicy: 'cache-and-network' });
  if (!viewer?.organization) return null;
  const memberCount = data?.members.filter((member) => member.active).length;
  const departmentCount = data?.departments.length;

  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 0 }} data-testid="overview-organization-name">
        {viewer.organization.name}
      </Typography.Title>
      {error && !data ? <Alert type="error" showIcon title={t('errors.loadFailed')} style={{ marginBottom: 16 }} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={8}>
          <Card>
            <Statistic
              title={t('overview.yourRole')}
              value={viewer.membership ? t(`roles.${viewer.membership.role}`) : '—'}
              data-testid="overview-role"
            />
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card>
            {loading && !data ? (
              <Skeleton active paragraph={false} />
            ) : (
              <Statistic title={t('overview.members')} value={memberCount ?? '—'} data-testid="overview-member-count" />
            )}
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card>
            {loading && !data ? (
              <Skeleton active paragraph={false} />
            ) : (
              <Statistic title={t('overview.departments')} value={departmentCount ?? '—'} data-testid="overview-department-count" />
            )}
          </Card>
        </Col>
      </Row>
      {data ? <NextStepsCard memberCount={memberCount ?? 0} departmentCount={departmentCount ?? 0} /> : null}
    </>
  );
}
