import { CheckCircleFilled } from '@ant-design/icons';
import { BUILT_IN_TEMPLATES, builtInTemplate } from '@opsplan/domain';
import { Card, Col, Form, Row, Skeleton, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDictionaryPart } from '../../../i18n/useDictionaryPart';
import { useLanguage } from '../../../i18n/useLanguage';
import { initialTemplateValues } from '../utils/templateForm';
import { TemplateParameterFields } from './TemplateParameterFields';

/** The form field holding the chosen built-in template's key; '' for none. */
export const ORGANIZATION_TEMPLATE_FIELD = 'templateKey';
/** Where the template's choices sit in the organisation form's values. */
export const ORGANIZATION_TEMPLATE_VALUES = 'template';

interface TemplateCardsProps {
  value?: string;
  onChange?: (key: string) => void;
}

/** None or one of the built-in templates, as selectable cards. */
function TemplateCards({ value = '', onChange }: TemplateCardsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const options = [
    { key: '', name: t('templates.organization.none'), description: t('templates.organization.noneHelp'), testId: 'org-template-none' },
    ...BUILT_IN_TEMPLATES.map((template) => ({ key: template.key, name: template.name[language], description: template.description[language], testId: `org-template-${template.key}` })),
  ];
  const choose = (key: string) => onChange?.(key);
  const onKey = (event: KeyboardEvent, key: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(key);
    }
  };
  return (
    <Row gutter={[8, 8]} role="radiogroup" aria-label={t('templates.organization.choose')}>
      {options.map((option) => {
        const selected = option.key === value;
        return (
          <Col key={option.key || 'none'} xs={24} sm={12}>
            <Card
              size="small"
              hoverable
              role="radio"
              aria-checked={selected}
              tabIndex={0}
              onClick={() => choose(option.key)}
              onKeyDown={(event) => onKey(event, option.key)}
              style={{ height: '100%', borderColor: selected ? '#1677ff' : undefined, boxShadow: selected ? '0 0 0 1px #1677ff' : undefined }}
              data-testid={option.testId}
              data-selected={String(selected)}
            >
              <Typography.Text strong>
                {selected ? <CheckCircleFilled style={{ color: '#1677ff', marginInlineEnd: 6 }} /> : null}
                {option.name}
              </Typography.Text>
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 12 }} ellipsis={{ rows: 3, tooltip: option.description }}>
                {option.description}
              </Typography.Paragraph>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}

/**
 * The create-organisation form's optional start: a built-in template and its
 * parameters. The API then creates the organisation and the template's plan
 * in one transaction. Lives inside the organisation's antd Form.
 */
export function OrganizationTemplateChoice({ problems }: { problems: Record<string, string> }) {
  const { t } = useTranslation();
  const ready = useDictionaryPart('templates');
  const language = useLanguage();
  const form = Form.useFormInstance();
  const chosen = Form.useWatch<string | undefined>(ORGANIZATION_TEMPLATE_FIELD, form);
  const template = chosen ? builtInTemplate(chosen) : undefined;
  if (!ready) return <Skeleton active paragraph={{ rows: 2 }} />;

  return (
    <>
      <Form.Item label={t('templates.organization.choose')} extra={t('templates.organization.help')}>
        <Form.Item name={ORGANIZATION_TEMPLATE_FIELD} noStyle>
          <TemplateCards
            onChange={(key) => {
              // Form.Item stores the key; the choices start again from the template's defaults.
              const next = key ? builtInTemplate(key) : undefined;
              form.setFieldValue(ORGANIZATION_TEMPLATE_VALUES, next ? initialTemplateValues(next, language) : undefined);
            }}
          />
        </Form.Item>
      </Form.Item>
      {template ? (
        <div data-testid="org-template-fields">
          <TemplateParameterFields key={template.key} template={template} prefix={ORGANIZATION_TEMPLATE_VALUES} problems={problems} planNamePlaceholder={template.name[language]} />
        </div>
      ) : null}
    </>
  );
}
