import { NAME_MAX_LENGTH } from '@opsplan/domain';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { currencyOptions, monthOptions } from '../utils/organizationOptions';

/** Name, currency and fiscal-year start: shared by "create" and "settings". */
export function OrganizationFields({ autoFocus = false }: { autoFocus?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <Form.Item
        label={t('organization.name')}
        name="name"
        rules={[
          { required: true, whitespace: true, message: t('validation.organizationNameRequired') },
          { max: NAME_MAX_LENGTH },
        ]}
      >
        <Input autoFocus={autoFocus} autoComplete="organization" />
      </Form.Item>
      <Form.Item label={t('organization.currency')} name="currency" extra={t('organization.currencyHelp')}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={currencyOptions(language)} data-testid="currency-select" />
      </Form.Item>
      <Form.Item
        label={t('organization.fiscalYearStartMonth')}
        name="fiscalYearStartMonth"
        extra={t('organization.fiscalYearStartMonthHelp')}
      >
        <Select options={monthOptions(language)} data-testid="fiscal-month-select" />
      </Form.Item>
    </>
  );
}
