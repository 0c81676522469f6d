import { useDictionaryPart } from '../i18n/useDictionaryPart';
import { FullPageSpinner } from '../modules/session/components/FullPageSpinner';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { TemplateGallery } from '../modules/templates/components/TemplateGallery';

function Templates() {
  // The templates' strings are a chunk of their own (i18n.ts).
  if (!useDictionaryPart('templates')) return <FullPageSpinner />;
  return <TemplateGallery />;
}

export function TemplatesPage() {
  return (
    <RequirePermission permission="plans.read">
      <Templates />
    </RequirePermission>
  );
}
