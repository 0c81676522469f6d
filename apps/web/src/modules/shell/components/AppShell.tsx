import {
  ApartmentOutlined,
  AppstoreAddOutlined,
  AuditOutlined,
  BarChartOutlined,
  BranchesOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  FieldTimeOutlined,
  FundOutlined,
  PartitionOutlined,
  ProjectOutlined,
  RestOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Flex, Layout, Menu, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { NotificationBell } from '../../notifications/components/NotificationBell';
import { OrganizationSwitcher } from '../../organizations/components/OrganizationSwitcher';
import { FullPageSpinner } from '../../session/components/FullPageSpinner';
import { useViewer } from '../../session/hooks/useViewer';
import { useOrganizationEvents } from '../hooks/useOrganizationEvents';
import { activeNavKey, visibleNavItems } from '../utils/navigation';
import type { NavKey } from '../utils/navigation';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

const NAV_ICONS: Record<NavKey, ReactNode> = {
  overview: <DashboardOutlined />,
  dashboard: <BarChartOutlined />,
  plan: <PartitionOutlined />,
  department: <ProjectOutlined />,
  budget: <FundOutlined />,
  templates: <AppstoreAddOutlined />,
  cycles: <FieldTimeOutlined />,
  versions: <BranchesOutlined />,
  myWork: <CheckSquareOutlined />,
  members: <TeamOutlined />,
  departments: <ApartmentOutlined />,
  audit: <AuditOutlined />,
  recentlyDeleted: <RestOutlined />,
  settings: <SettingOutlined />,
};

export function AppShell() {
  const { t } = useTranslation();
  const location = useLocation();
  const { viewer } = useViewer();
  useOrganizationEvents();
  if (!viewer) return <FullPageSpinner />;

  const items = visibleNavItems(viewer.permissions).map((item) => ({
    key: item.key,
    icon: NAV_ICONS[item.key],
    label: (
      <Link to={item.path} data-testid={`nav-${item.key}`}>
        {t(`nav.${item.key}`)}
      </Link>
    ),
  }));
  const selected = activeNavKey(location.pathname);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider theme="light" breakpoint="lg" collapsedWidth={0} width={220} style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
        <Typography.Title level={4} style={{ padding: '16px 24px', margin: 0 }}>
          OpsPlan
        </Typography.Title>
        <nav aria-label={t('shell.navigation')}>
          <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={items} style={{ borderInlineEnd: 0 }} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', paddingInline: 24, borderBottom: '1px solid #f0f0f0', display: 'flex', alignItems: 'center' }}
        >
          <Flex align="center" gap={12} style={{ flex: 1, minWidth: 0 }}>
            <OrganizationSwitcher />
            {viewer.membership ? <Tag data-testid="current-role">{t(`roles.${viewer.membership.role}`)}</Tag> : null}
          </Flex>
          <Flex align="center" gap={12}>
            <NotificationBell />
            <LanguageSwitch />
            <UserMenu />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <main>
            <Suspense fallback={<FullPageSpinner />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
