import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RecentlyDeletedTable } from '../modules/recently-deleted/components/RecentlyDeletedTable';
import { RequirePermission } from '../modules/session/components/RequirePermission';

export function RecentlyDeletedPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="plans.manage">
      <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 0 }}>
        {t('recentlyDeleted.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('recentlyDeleted.subtitle')}</Typography.Paragraph>
      <RecentlyDeletedTable />
    </RequirePermission>
  );
}
