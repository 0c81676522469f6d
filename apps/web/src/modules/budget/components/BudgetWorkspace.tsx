import { Flex, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetFieldsFragment } from '../../../gql/graphql';
import { HeadcountPlan } from '../analysis/HeadcountPlan';
import { PlanVsActual } from '../analysis/PlanVsActual';
import { ScenarioComparison } from '../analysis/ScenarioComparison';
import { DriversEditor } from '../drivers/DriversEditor';
import { useBudgetDraft } from '../hooks/useBudgetDraft';
import { useBudgetSave } from '../hooks/useBudgetSave';
import { useBudgetPreview } from '../preview/useBudgetPreview';
import { BudgetHeader } from './BudgetHeader';

interface BudgetWorkspaceProps {
  budget: BudgetFieldsFragment;
  departments: { id: string; name: string }[];
  reload: () => Promise<unknown>;
}

/**
 * One budget: its header, the driver editor and the analysis tabs, all over
 * the same draft, so the scenarios move with every edit before it is saved.
 */
export function BudgetWorkspace({ budget, departments, reload }: BudgetWorkspaceProps) {
  const { t } = useTranslation();
  const { access } = budget;
  const [saving, setSaving] = useState(false);
  const departmentIds = useMemo(() => departments.map((d) => d.id), [departments]);
  const editor = useBudgetDraft(budget, { departmentIds, validate: access.editDrivers || access.editRevenue || access.editPositions, paused: saving });
  const save = useBudgetSave(budget, editor, { reload, setSaving });
  // Only readers of the whole budget have the drivers the engine needs (salaries, revenue, financing).
  const preview = useBudgetPreview(access.readAll ? editor.input : null);

  const tabs = [
    {
      key: 'drivers',
      label: t('budget.tabs.drivers'),
      children: <DriversEditor budget={budget} editor={editor} departments={departments} preview={preview} saving={saving} onSave={() => void save()} />,
    },
    ...(access.readAll
      ? [
          {
            key: 'scenarios',
            label: t('budget.tabs.scenarios'),
            children: <ScenarioComparison input={editor.input} result={preview.result} currency={budget.currency} departments={departments} />,
          },
        ]
      : []),
    {
      key: 'headcount',
      label: t('budget.tabs.headcount'),
      children: <HeadcountPlan budget={budget} input={editor.input} result={preview.result} departments={departments} />,
    },
    ...(access.readAll
      ? [{ key: 'planVsActual', label: t('budget.tabs.planVsActual'), children: <PlanVsActual budget={budget} input={editor.input} departments={departments} /> }]
      : []),
  ];

  return (
    <Flex vertical gap={16} data-testid="budget-workspace">
      <BudgetHeader budget={budget} dirty={editor.dirty} onReload={reload} />
      <Tabs defaultActiveKey="drivers" items={tabs} />
    </Flex>
  );
}
