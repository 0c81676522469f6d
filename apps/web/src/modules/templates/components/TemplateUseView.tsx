import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Flex, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../../i18n/useLanguage';
import { hasApiErrorCode } from '../../errors/utils/apiErrors';
import { PLAN_TEMPLATE_QUERY } from '../graphql/queries/planTemplateQuery';
import { inLanguage } from '../utils/localizedName';
import { readTemplateBody } from '../utils/templateBody';
import { TemplateUseForm } from './TemplateUseForm';

/** The page for creating a plan from one template: its form and live preview. */
export function TemplateUseView({ templateId }: { templateId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, loading, error } = useQuery(PLAN_TEMPLATE_QUERY, { variables: { id: templateId }, fetchPolicy: 'cache-and-network' });
  const template = data?.planTemplate;
  const read = useMemo(() => (template ? readTemplateBody(template.body) : null), [template]);

  const header = (
    <Flex vertical gap={4} style={{ marginBottom: 16 }}>
      <Link to="/templates" data-testid="template-use-back">
        <ArrowLeftOutlined /> {t('templates.use.back')}
      </Link>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {template ? t('templates.use.title', { name: inLanguage(template.name, language) }) : t('templates.title')}
      </Typography.Title>
      {template ? <Typography.Text type="secondary">{inLanguage(template.description, language)}</Typography.Text> : null}
    </Flex>
  );

  if (error && !data) {
    return (
      <>
        {header}
        <Alert type="error" showIcon title={hasApiErrorCode(error, 'NOT_FOUND') ? t('errors.NOT_FOUND') : t('errors.loadFailed')} />
      </>
    );
  }
  if (!template || !read) {
    return (
      <>
        {header}
        {loading ? <Skeleton active /> : null}
      </>
    );
  }
  return (
    <>
      {header}
      {read.ok ? (
        <TemplateUseForm key={template.id} templateId={template.id} template={read.template} />
      ) : (
        <Alert type="error" showIcon title={t('templates.unreadable', { problem: `${read.problem.path} ${read.problem.message}`.trim() })} />
      )}
    </>
  );
}
