import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export function NoAccess() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t('noAccess.title')}
      subTitle={t('noAccess.description')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('common.backToOverview')}
        </Button>
      }
      data-testid="no-access"
    />
  );
}
