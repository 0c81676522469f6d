import { DeleteOutlined, DownloadOutlined, RocketOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Statistic, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PlanTemplateFieldsFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { inLanguage } from '../utils/localizedName';
import { readTemplateBody } from '../utils/templateBody';
import { summarizeTemplate } from '../utils/templateSummary';

/** Objectives named on a card; the rest are counted. */
const OBJECTIVES_SHOWN = 3;

interface TemplateCardProps {
  template: PlanTemplateFieldsFragment;
  /** May create plans from it and delete the organisation's own (plans.manage). */
  canManage: boolean;
  onExport: (template: PlanTemplateFieldsFragment) => void;
  onDelete: (template: PlanTemplateFieldsFragment) => void;
  deleting: boolean;
}

export function TemplateCard({ template, canManage, onExport, onDelete, deleting }: TemplateCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const read = useMemo(() => readTemplateBody(template.body), [template.body]);
  const summary = read.ok ? summarizeTemplate(read.template) : null;
  const useLink = `/templates/${encodeURIComponent(template.id)}/use`;

  const actions = [
    canManage ? (
      <Button key="use" type="primary" icon={<RocketOutlined />} disabled={!read.ok} onClick={() => void navigate(useLink)} data-testid={`template-use-${template.key}`}>
        {t('templates.card.use')}
      </Button>
    ) : (
      // People who cannot create plans see why, instead of a button that fails.
      <Tooltip key="use" title={t('templates.card.useNotAllowed')}>
        <Button icon={<RocketOutlined />} disabled data-testid={`template-use-disabled-${template.key}`}>
          {t('templates.card.use')}
        </Button>
      </Tooltip>
    ),
    <Button key="export" icon={<DownloadOutlined />} onClick={() => onExport(template)} data-testid={`template-export-${template.key}`}>
      {t('templates.card.export')}
    </Button>,
    !template.builtIn && canManage ? (
      <Button key="delete" danger icon={<DeleteOutlined />} loading={deleting} onClick={() => onDelete(template)} data-testid={`template-delete-${template.key}`}>
        {t('templates.card.delete')}
      </Button>
    ) : null,
  ].filter(Boolean);

  return (
    <Card
      title={
        <Flex gap={8} align="center" wrap>
          <span>{inLanguage(template.name, language)}</span>
          <Tag color={template.builtIn ? 'blue' : 'green'}>{template.builtIn ? t('templates.builtIn') : t('templates.own')}</Tag>
        </Flex>
      }
      style={{ height: '100%', display: 'flex', flexDirection: 'column' }}
      styles={{ body: { flex: 1 } }}
      data-testid={`template-card-${template.key}`}
    >
      <Flex vertical gap={12} style={{ height: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {inLanguage(template.description, language)}
        </Typography.Paragraph>
        {summary ? (
          <>
            <Flex justify="space-between" gap={8} data-testid={`template-summary-${template.key}`}>
              <Statistic title={t('templates.card.levels')} value={summary.levels} />
              <Statistic title={t('templates.card.departments')} value={summary.departments} />
              <Statistic title={t('templates.card.kpis')} value={summary.kpis} />
              <Statistic title={t('templates.card.months')} value={summary.months} />
            </Flex>
            {summary.objectives.length > 0 ? (
              <div>
                <Typography.Text type="secondary">{t('templates.card.objectives')}</Typography.Text>
                <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                  {summary.objectives.slice(0, OBJECTIVES_SHOWN).map((objective) => (
                    <li key={objective.en}>{objective[language]}</li>
                  ))}
                </ul>
                {summary.objectives.length > OBJECTIVES_SHOWN ? (
                  <Typography.Text type="secondary">{t('templates.card.more', { count: summary.objectives.length })}</Typography.Text>
                ) : null}
              </div>
            ) : null}
          </>
        ) : (
          <Alert type="warning" showIcon title={t('templates.unreadable', { problem: read.ok ? '' : `${read.problem.path} ${read.problem.message}`.trim() })} />
        )}
        <Flex gap={8} wrap style={{ marginTop: 'auto' }}>
          {actions}
        </Flex>
      </Flex>
    </Card>
  );
}
