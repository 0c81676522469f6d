import { useMutation } from '@apollo/client/react';
import { Button, Form, Input, Modal, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PlanFieldsFragment } from '../../../gql/graphql';
import { useDictionaryPart } from '../../../i18n/useDictionaryPart';
import { useLanguage } from '../../../i18n/useLanguage';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { SAVE_PLAN_AS_TEMPLATE_MUTATION } from '../graphql/mutations/savePlanAsTemplateMutation';
import { PLAN_TEMPLATES_QUERY } from '../graphql/queries/planTemplatesQuery';
import { inLanguage } from '../utils/localizedName';

/** Lower-case letters, digits and dashes between them, as the templates' keys are. */
export const TEMPLATE_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KEY_MAX_LENGTH = 60;
const TEXT_MAX_LENGTH = 200;

interface SaveValues {
  key: string;
  nameZhCN: string;
  nameEn: string;
  descriptionZhCN?: string;
  descriptionEn?: string;
}

/** A key to start from: the plan's name when it is written in Latin letters ("Noodle shop 2027" → "noodle-shop-2027"). */
export function suggestedKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, KEY_MAX_LENGTH)
    .replace(/-+$/, '');
}

export function SaveAsTemplateModal({ plan, onClose }: { plan: PlanFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const ready = useDictionaryPart('templates');
  const language = useLanguage();
  const navigate = useNavigate();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<SaveValues>();
  const [save, { loading }] = useMutation(SAVE_PLAN_AS_TEMPLATE_MUTATION, { refetchQueries: [PLAN_TEMPLATES_QUERY] });

  const onFinish = async (values: SaveValues) => {
    const descriptionZhCN = values.descriptionZhCN?.trim() ?? '';
    const descriptionEn = values.descriptionEn?.trim() ?? '';
    try {
      const { data } = await save({
        variables: {
          input: {
            planId: plan.id,
            key: values.key.trim(),
            name: { zhCN: values.nameZhCN.trim(), en: values.nameEn.trim() },
            ...(descriptionZhCN || descriptionEn ? { description: { zhCN: descriptionZhCN || descriptionEn, en: descriptionEn || descriptionZhCN } } : {}),
          },
        },
      });
      if (!data) return;
      const key = `template-saved-${data.savePlanAsTemplate.id}`;
      void message.open({
        key,
        type: 'success',
        duration: 8,
        content: (
          <span data-testid="template-saved-message">
            {t('templates.save.saved', { name: inLanguage(data.savePlanAsTemplate.name, language) })}
            {/* The message lives outside the router, so the link navigates by hand. */}
            <Button
              type="link"
              size="small"
              onClick={() => {
                message.destroy(key);
                void navigate('/templates');
              }}
              data-testid="template-saved-open"
            >
              {t('templates.save.open')}
            </Button>
          </span>
        ),
      });
      onClose();
    } catch (error) {
      handleError(error, { form });
    }
  };

  return (
    <Modal
      open
      title={ready ? t('templates.save.title') : t('plan.saveAsTemplate')}
      onCancel={onClose}
      destroyOnHidden
      okText={ready ? t('templates.save.submit') : undefined}
      onOk={() => form.submit()}
      okButtonProps={{ loading, disabled: !ready, 'data-testid': 'save-template-submit' }}
      cancelText={t('common.cancel')}
    >
      {!ready ? (
        <Skeleton active />
      ) : (
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ key: suggestedKey(plan.name), nameZhCN: plan.name, nameEn: plan.name }}
          onFinish={(values) => void onFinish(values)}
          data-testid="save-template-form"
        >
          <Typography.Paragraph type="secondary">{t('templates.save.intro')}</Typography.Paragraph>
          <Form.Item
            label={t('templates.save.key')}
            name="key"
            extra={t('templates.save.keyHelp')}
            rules={[
              { required: true, message: t('templates.save.keyInvalid') },
              { pattern: TEMPLATE_KEY_PATTERN, message: t('templates.save.keyInvalid') },
              { max: KEY_MAX_LENGTH },
            ]}
          >
            <Input autoFocus data-testid="save-template-key" />
          </Form.Item>
          <Form.Item label={t('templates.save.nameZh')} name="nameZhCN" rules={[{ required: true, whitespace: true, message: t('templates.save.nameRequired') }, { max: TEXT_MAX_LENGTH }]}>
            <Input data-testid="save-template-name-zh" />
          </Form.Item>
          <Form.Item label={t('templates.save.nameEn')} name="nameEn" rules={[{ required: true, whitespace: true, message: t('templates.save.nameRequired') }, { max: TEXT_MAX_LENGTH }]}>
            <Input data-testid="save-template-name-en" />
          </Form.Item>
          <Form.Item label={t('templates.save.descriptionZh')} name="descriptionZhCN" rules={[{ max: 1000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} data-testid="save-template-description-zh" />
          </Form.Item>
          <Form.Item label={t('templates.save.descriptionEn')} name="descriptionEn" rules={[{ max: 1000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} data-testid="save-template-description-en" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
