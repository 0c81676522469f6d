import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AuditLogTable } from '../modules/audit/components/AuditLogTable';
import { RequirePermission } from '../modules/session/components/RequirePermission';

export function AuditLogPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="audit.read">
      <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 0 }}>
        {t('audit.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('audit.subtitle')}</Typography.Paragraph>
      <AuditLogTable />
    </RequirePermission>
  );
}
