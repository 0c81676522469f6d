import { Tabs, Typography } from 'antd';
import type { TabsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { OrganizationSettingsForm } from '../modules/organizations/components/OrganizationSettingsForm';
import { ProfileForm } from '../modules/profile/components/ProfileForm';
import { useCan } from '../modules/session/hooks/useCan';

type SettingsTab = 'organization' | 'profile';

/**
 * Organisation settings for those who may manage the organisation; the
 * profile tab for everyone (reached from the user menu).
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [searchParams, setSearchParams] = useSearchParams();
  const canManage = can('organization.manage');

  const items: TabsProps['items'] = [];
  if (canManage) {
    items.push({ key: 'organization', label: t('settings.organizationTab'), children: <OrganizationSettingsForm /> });
  }
  items.push({ key: 'profile', label: t('settings.profileTab'), children: <ProfileForm /> });

  const requested = searchParams.get('tab');
  const active: SettingsTab = requested === 'profile' || !canManage ? 'profile' : 'organization';

  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {canManage ? t('settings.title') : t('settings.profileTitle')}
      </Typography.Title>
      <Tabs
        activeKey={active}
        items={items}
        onChange={(key) => setSearchParams(key === 'profile' ? { tab: 'profile' } : {}, { replace: true })}
      />
    </>
  );
}
