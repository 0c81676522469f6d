import { useMutation } from '@apollo/client/react';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanTemplateFieldsFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { DELETE_PLAN_TEMPLATE_MUTATION } from '../graphql/mutations/deletePlanTemplateMutation';
import { RESTORE_PLAN_TEMPLATE_MUTATION } from '../graphql/mutations/restorePlanTemplateMutation';
import { PLAN_TEMPLATES_QUERY } from '../graphql/queries/planTemplatesQuery';
import { inLanguage } from '../utils/localizedName';

/** Deletes one of the organisation's templates at once, with Undo in the message (a soft delete the API restores). */
export function useTemplateDelete(onConflict: () => void) {
  const { t } = useTranslation();
  const language = useLanguage();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const refetch = { refetchQueries: [PLAN_TEMPLATES_QUERY], awaitRefetchQueries: true };
  const [deleteTemplate] = useMutation(DELETE_PLAN_TEMPLATE_MUTATION, refetch);
  /** The template being deleted, so only its card shows it. */
  const [deletingId, setDeletingId] = useState<string | null>(null);
  const [restoreTemplate] = useMutation(RESTORE_PLAN_TEMPLATE_MUTATION, refetch);

  const undo = async (key: string, template: PlanTemplateFieldsFragment) => {
    message.destroy(key);
    try {
      await restoreTemplate({ variables: { id: template.id } });
      void message.success(t('templates.card.restored', { name: inLanguage(template.name, language) }));
    } catch (error) {
      handleError(error);
    }
  };

  const remove = async (template: PlanTemplateFieldsFragment) => {
    setDeletingId(template.id);
    try {
      await deleteTemplate({ variables: { input: { id: template.id, version: template.version } } });
    } catch (error) {
      handleError(error, { onConflict });
      return;
    } finally {
      setDeletingId(null);
    }
    const key = `template-deleted-${template.id}`;
    void message.open({
      key,
      type: 'success',
      duration: 10,
      content: (
        <span data-testid="template-deleted-message">
          {t('templates.card.deleted', { name: inLanguage(template.name, language) })}
          <Button type="link" size="small" onClick={() => void undo(key, template)} data-testid="template-delete-undo">
            {t('common.undo')}
          </Button>
        </span>
      ),
    });
  };

  return { remove, deletingId };
}
