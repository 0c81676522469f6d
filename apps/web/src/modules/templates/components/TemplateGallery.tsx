import { useQuery } from '@apollo/client/react';
import type { TemplateProblem } from '@opsplan/domain';
import { Alert, Col, Empty, Flex, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanTemplateFieldsFragment } from '../../../gql/graphql';
import { useCan } from '../../session/hooks/useCan';
import { PLAN_TEMPLATES_QUERY } from '../graphql/queries/planTemplatesQuery';
import { useTemplateDelete } from '../hooks/useTemplateDelete';
import { exportableJson } from '../utils/templateBody';
import { ImportTemplateButton } from './ImportTemplateButton';
import { TemplateCard } from './TemplateCard';

/** Saves the template's JSON as a file named after its key. */
function downloadTemplate(template: PlanTemplateFieldsFragment): void {
  const url = URL.createObjectURL(new Blob([exportableJson(template.body)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${template.key}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Every template the organisation may use: the built-in ones first, then its own. */
export function TemplateGallery() {
  const { t } = useTranslation();
  const can = useCan();
  const canManage = can('plans.manage');
  const { data, loading, error, refetch } = useQuery(PLAN_TEMPLATES_QUERY, { fetchPolicy: 'cache-and-network' });
  const [importProblems, setImportProblems] = useState<TemplateProblem[]>([]);
  const { remove, deletingId } = useTemplateDelete(() => void refetch());
  const all = data?.planTemplates ?? [];
  const templates = [...all.filter((template) => template.builtIn), ...all.filter((template) => !template.builtIn)];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={16} style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('templates.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('templates.subtitle')}</Typography.Text>
        </div>
        {canManage ? <ImportTemplateButton onProblems={setImportProblems} /> : null}
      </Flex>
      {canManage ? null : (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('templates.card.useNotAllowed')} data-testid="templates-read-only" />
      )}
      {importProblems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setImportProblems([]) }}
          style={{ marginBottom: 16 }}
          title={t('templates.import.problemsTitle')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {importProblems.map((problem, index) => (
                <li key={`${problem.path}-${index}`} data-testid="template-import-problem">
                  {problem.path ? <Typography.Text code>{problem.path}</Typography.Text> : null} {problem.message}
                </li>
              ))}
            </ul>
          }
          data-testid="template-import-problems"
        />
      ) : null}
      {error && !data ? (
        <Alert type="error" showIcon title={t('errors.loadFailed')} />
      ) : loading && !data ? (
        <Skeleton active />
      ) : templates.length === 0 ? (
        <Empty description={t('templates.none')} />
      ) : (
        <Row gutter={[16, 16]}>
          {templates.map((template) => (
            <Col key={template.id} xs={24} md={12} xl={8}>
              <TemplateCard template={template} canManage={canManage} onExport={downloadTemplate} onDelete={(chosen) => void remove(chosen)} deleting={deletingId === template.id} />
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
