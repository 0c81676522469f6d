import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { LettersList } from '../modules/versions/components/LettersList';
import { PLAN_VERSION_QUERY } from '../modules/versions/graphql/queries/planVersionsQuery';

function Letters() {
  const { t } = useTranslation();
  const { versionId = '' } = useParams();
  const { data, error } = useQuery(PLAN_VERSION_QUERY, { variables: { id: versionId } });
  const version = data?.planVersion;
  if (error && !data) return <Alert type="error" showIcon title={t('errors.loadFailed')} />;
  if (!version) return <Skeleton active />;
  return (
    <Flex vertical gap={16}>
      <Link to={`/versions?plan=${version.planId}`}>
        <ArrowLeftOutlined /> {t('letters.back')}
      </Link>
      <div>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('letters.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('letters.subtitle', { number: version.number, label: version.label })}</Typography.Text>
      </div>
      <LettersList versionId={version.id} />
    </Flex>
  );
}

export function LettersPage() {
  return (
    <RequirePermission permission="plans.read">
      <Letters />
    </RequirePermission>
  );
}
