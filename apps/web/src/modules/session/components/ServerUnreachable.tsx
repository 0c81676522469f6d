import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../hooks/useSession';

// Plain Alert rather than Result: this sits on the sign-in path, where every kilobyte counts.
export function ServerUnreachable() {
  const { t } = useTranslation();
  const { retryRestore } = useSession();
  return (
    <div style={{ maxWidth: 480, margin: '20vh auto', padding: 16 }}>
      <Alert
        type="warning"
        showIcon
        title={t('session.unreachableTitle')}
        description={t('session.unreachableDescription')}
        action={
          <Button type="primary" onClick={retryRestore} data-testid="retry-restore">
            {t('common.retry')}
          </Button>
        }
      />
    </div>
  );
}
