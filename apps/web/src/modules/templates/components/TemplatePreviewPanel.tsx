import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import type { BlueprintCheck, PlanBlueprint } from '@opsplan/domain';
import { Alert, Card, Col, Flex, Row, Skeleton, Spin, Statistic, Tag, Tree, Typography } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { HORIZON } from '../../budget/analysis/scenarioFigures';
import { formatAmount } from '../../budget/utils/formatAmount';
import type { TemplatePreview } from '../hooks/useTemplatePreview';
import { sumAmounts } from '../utils/decimals';
import { previewTree } from '../utils/previewTree';
import type { PreviewTreeNode } from '../utils/previewTree';
import { PreviewTimeline } from './PreviewTimeline';

// The budget page's charts, recharts and all, load only once there is a budget to draw.
const ScenarioCharts = lazy(() => import('../../budget/analysis/ScenarioCharts').then((m) => ({ default: m.ScenarioCharts })));

interface TemplatePreviewPanelProps {
  preview: TemplatePreview;
  currency: string;
}

/** The plan a template will create, as the choices stand: the cascade's top, the timeline, the departments and the budget. */
export function TemplatePreviewPanel({ preview, currency }: TemplatePreviewPanelProps) {
  const { t } = useTranslation();
  const { blueprint, updating } = preview;
  const title = (
    <Flex gap={8} align="center">
      {t('templates.preview.title')}
      {updating ? (
        <Typography.Text type="secondary" style={{ fontWeight: 'normal' }} data-testid="template-preview-updating">
          <Spin size="small" /> {t('templates.preview.updating')}
        </Typography.Text>
      ) : null}
    </Flex>
  );
  if (!blueprint) {
    return (
      <Card title={title} data-testid="template-preview">
        <Alert type="warning" showIcon title={t('templates.preview.invalid')} data-testid="template-preview-invalid" />
      </Card>
    );
  }
  return (
    <Flex vertical gap={16} data-testid="template-preview">
      <Card title={title}>
        <Flex vertical gap={12}>
          <Typography.Text strong data-testid="template-preview-plan">
            {t('templates.preview.plan', { year: blueprint.plan.year, name: blueprint.plan.name, start: blueprint.plan.startDate, end: blueprint.plan.endDate })}
          </Typography.Text>
          {blueprint.checks.length > 0 ? <Checks checks={blueprint.checks} /> : null}
          {blueprint.cycle ? <Typography.Text type="secondary">{t('templates.preview.cycle', { count: blueprint.cycle.length })}</Typography.Text> : null}
          <Typography.Text type="secondary">{t('templates.preview.tree')}</Typography.Text>
          <PreviewTree blueprint={blueprint} />
        </Flex>
      </Card>
      <Card title={t('templates.preview.timeline')}>
        <PreviewTimeline blueprint={blueprint} />
      </Card>
      <Card title={t('templates.preview.departments')}>
        <Departments blueprint={blueprint} />
      </Card>
      <Card title={t('templates.preview.budget')} extra={<Typography.Text type="secondary">{currency}</Typography.Text>}>
        <BudgetPreview blueprint={blueprint} preview={preview} currency={currency} />
      </Card>
    </Flex>
  );
}

function Checks({ checks }: { checks: BlueprintCheck[] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4}>
      {checks.map((check) => {
        const text =
          check.paybackMonth === null
            ? t('templates.preview.paybackNone', { months: check.months })
            : t(check.met ? 'templates.preview.paybackMet' : 'templates.preview.paybackLate', { month: check.paybackMonth, months: check.months });
        return (
          <Typography.Text key={check.kind} type={check.met ? 'success' : 'danger'} data-testid="template-check-payback" data-met={String(check.met)}>
            {check.met ? <CheckCircleFilled /> : <CloseCircleFilled />} {text} {check.met ? '✓' : '✗'}
          </Typography.Text>
        );
      })}
    </Flex>
  );
}

interface TreeItem {
  key: string;
  title: ReactNode;
  children: TreeItem[];
}

function PreviewTree({ blueprint }: { blueprint: PlanBlueprint }) {
  const { t } = useTranslation();
  const treeData = useMemo(() => {
    const toData = (node: PreviewTreeNode): TreeItem => ({
      key: node.key,
      title: (
        <span>
          <Tag variant="filled">{t(`node.levels.${node.level}`)}</Tag>
          {node.title}
        </span>
      ),
      children: node.children.map(toData),
    });
    return previewTree(blueprint).map(toData);
  }, [blueprint, t]);
  // Keyed by the template: a new template opens fully; parameters typed keep what the person folded.
  return <Tree key={blueprint.templateKey} treeData={treeData} defaultExpandAll selectable={false} blockNode data-testid="template-preview-tree" />;
}

function Departments({ blueprint }: { blueprint: PlanBlueprint }) {
  const { t } = useTranslation();
  const depth = (key: string | null, seen = 0): number => {
    const department = blueprint.departments.find((d) => d.key === key);
    return department && department.parentKey && seen < 10 ? 1 + depth(department.parentKey, seen + 1) : 0;
  };
  return (
    <Flex vertical gap={8} data-testid="template-preview-departments">
      {blueprint.departments.map((department) => (
        <Flex key={department.key} gap={8} wrap align="baseline" style={{ paddingInlineStart: depth(department.key) * 20 }}>
          <Typography.Text strong>{department.name}</Typography.Text>
          {department.roles.length > 0 ? (
            department.roles.map((role) => <Tag key={role}>{role}</Tag>)
          ) : (
            <Typography.Text type="secondary">{t('templates.preview.noRoles')}</Typography.Text>
          )}
        </Flex>
      ))}
    </Flex>
  );
}

function BudgetPreview({ blueprint, preview, currency }: { blueprint: PlanBlueprint; preview: TemplatePreview; currency: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const budget = blueprint.budget;
  if (!budget) return <Typography.Text type="secondary">{t('templates.preview.noBudget')}</Typography.Text>;
  const { financing, horizonMonths } = budget.input;
  const loans = financing.loans.length > 0 ? formatAmount(sumAmounts(financing.loans.map((loan) => loan.principal)), language) : t('templates.preview.noLoans');
  const result = preview.budget.result;
  const money = (value: string) => formatAmount(value, language);
  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={8}>
          <Statistic title={t('templates.preview.investment')} value={money(financing.initialInvestment)} data-testid="template-preview-investment" />
        </Col>
        <Col xs={12} md={8}>
          <Statistic title={t('templates.preview.ownFunds')} value={money(financing.ownFunds)} />
        </Col>
        <Col xs={12} md={8}>
          <Statistic title={t('templates.preview.loans')} value={loans} data-testid="template-preview-loans" />
        </Col>
        {result ? (
          <>
            <Col xs={12} md={8}>
              <Statistic title={t('templates.preview.revenue', { months: horizonMonths })} value={money(result.responsibility.total.revenue)} />
            </Col>
            <Col xs={12} md={8}>
              <Statistic
                title={t('templates.preview.netProfit', { months: horizonMonths })}
                value={money(result.responsibility.total.netProfit)}
                data-testid="template-preview-net-profit"
              />
            </Col>
          </>
        ) : null}
      </Row>
      {preview.budget.problems.length > 0 ? (
        <Alert type="warning" showIcon title={t('templates.preview.budgetProblems', { problem: preview.budget.problems[0].message })} />
      ) : null}
      <div data-testid="template-preview-chart">
        {result ? (
          <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
            <ScenarioCharts result={result} currency={currency} period={HORIZON} />
          </Suspense>
        ) : (
          <Typography.Text type="secondary">{t('templates.preview.computing')}</Typography.Text>
        )}
      </div>
    </Flex>
  );
}
