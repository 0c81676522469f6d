import { LoadingOutlined } from '@ant-design/icons';
import { theme } from 'antd';
import { useTranslation } from 'react-i18next';

// An icon rather than antd's Spin: this shows before the sign-in page, so it stays light.
export function FullPageSpinner() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="page-loading"
      style={{ display: 'grid', placeItems: 'center', minHeight: '60vh', color: token.colorPrimary, fontSize: 32 }}
    >
      <LoadingOutlined spin aria-hidden />
      <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        {t('common.loading')}
      </span>
    </div>
  );
}
