import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../session/hooks/useSession';
import { useViewer } from '../../session/hooks/useViewer';

export function UserMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const { signOut } = useSession();
  if (!viewer) return null;

  const items: MenuProps['items'] = [
    {
      key: 'who',
      type: 'group',
      label: viewer.user.email,
    },
    {
      key: 'profile',
      icon: <UserOutlined />,
      label: <span data-testid="profile-link">{t('shell.profile')}</span>,
    },
    { type: 'divider' },
    {
      key: 'sign-out',
      icon: <LogoutOutlined />,
      danger: true,
      label: <span data-testid="sign-out">{t('shell.signOut')}</span>,
    },
  ];

  const onClick: MenuProps['onClick'] = async ({ key }) => {
    if (key === 'profile') void navigate('/settings?tab=profile');
    if (key === 'sign-out') {
      await signOut();
      void navigate('/sign-in', { replace: true });
    }
  };

  return (
    <Dropdown menu={{ items, onClick: (info) => void onClick(info) }} trigger={['click']} placement="bottomRight">
      <Button type="text" data-testid="user-menu" aria-label={t('shell.userMenu')}>
        <Avatar size="small" style={{ background: '#1677ff' }}>
          {viewer.user.displayName.slice(0, 1).toUpperCase()}
        </Avatar>
        <span style={{ marginInlineStart: 8 }}>{viewer.user.displayName}</span>
      </Button>
    </Dropdown>
  );
}
