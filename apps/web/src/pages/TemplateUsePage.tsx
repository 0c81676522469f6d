import { useParams } from 'react-router';
import { useDictionaryPart } from '../i18n/useDictionaryPart';
import { FullPageSpinner } from '../modules/session/components/FullPageSpinner';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { TemplateUseView } from '../modules/templates/components/TemplateUseView';

function TemplateUse() {
  const { templateId = '' } = useParams();
  // The preview draws the budget page's charts, with their strings.
  const templates = useDictionaryPart('templates');
  const budget = useDictionaryPart('budget');
  if (!templates || !budget) return <FullPageSpinner />;
  return <TemplateUseView key={templateId} templateId={templateId} />;
}

export function TemplateUsePage() {
  return (
    <RequirePermission permission="plans.manage">
      <TemplateUse />
    </RequirePermission>
  );
}
