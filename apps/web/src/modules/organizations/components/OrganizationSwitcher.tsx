import { PlusOutlined } from '@ant-design/icons';
import type { Role } from '@opsplan/domain';
import { useMutation } from '@apollo/client/react';
import { Button, Divider, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { SWITCH_ORGANIZATION_MUTATION } from '../../session/graphql/mutations/switchOrganizationMutation';
import { useSession } from '../../session/hooks/useSession';
import { useViewer } from '../../session/hooks/useViewer';

interface OrganizationOption {
  value: string;
  label: string;
  role: Role;
}

export function OrganizationSwitcher() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const { enterOrganization } = useSession();
  const [switchOrganization, { loading }] = useMutation(SWITCH_ORGANIZATION_MUTATION);
  const handleError = useApiErrorHandler();
  if (!viewer) return null;

  const onChange = async (organizationId: string) => {
    if (organizationId === viewer.organization?.id) return;
    try {
      const { data } = await switchOrganization({ variables: { organizationId } });
      if (data) enterOrganization(data.switchOrganization);
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Select<string, OrganizationOption>
      data-testid="org-switcher"
      aria-label={t('shell.organizationSwitcher')}
      value={viewer.organization?.id}
      loading={loading}
      disabled={loading}
      style={{ minWidth: 200, maxWidth: 320 }}
      popupMatchSelectWidth={false}
      onChange={(value) => void onChange(value)}
      options={viewer.organizations.map((organization) => ({
        value: organization.id,
        label: organization.name,
        role: organization.role,
      }))}
      optionRender={(option) => (
        <span data-testid={`org-option-${option.value}`}>
          {option.label}
          <span style={{ color: 'rgba(0,0,0,0.45)', marginInlineStart: 8 }}>
            {t(`roles.${option.data.role}`)}
          </span>
        </span>
      )}
      popupRender={(menu) => (
        <>
          {menu}
          <Divider style={{ margin: '4px 0' }} />
          <Button
            type="text"
            block
            icon={<PlusOutlined />}
            style={{ textAlign: 'start' }}
            onClick={() => void navigate('/organizations/new')}
            data-testid="new-organization"
          >
            {t('shell.newOrganization')}
          </Button>
        </>
      )}
    />
  );
}
