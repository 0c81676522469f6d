import { SaveOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanFieldsFragment } from '../../../gql/graphql';

// The dialog and the templates' strings load when it is first opened.
const SaveAsTemplateModal = lazy(() => import('./SaveAsTemplateModal').then((m) => ({ default: m.SaveAsTemplateModal })));

/** "Save as template" in the plan page's toolbar (plans.manage). */
export function SaveAsTemplateButton({ plan }: { plan: PlanFieldsFragment }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<SaveOutlined />} onClick={() => setOpen(true)} data-testid="plan-save-as-template">
        {t('plan.saveAsTemplate')}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <SaveAsTemplateModal plan={plan} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
