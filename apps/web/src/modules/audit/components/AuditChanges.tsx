import { ArrowRightOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { AuditLogQuery } from '../../../gql/graphql';
import { useTranslation } from 'react-i18next';
import { readAuditValue } from '../utils/auditLabels';

type Change = AuditLogQuery['auditLog']['items'][number]['changes'][number];

function AuditValueText({ raw }: { raw: string | null }) {
  const { t } = useTranslation();
  const value = readAuditValue(raw);
  switch (value.kind) {
    case 'empty':
      return <Typography.Text type="secondary">—</Typography.Text>;
    case 'redacted':
      return <Typography.Text type="secondary">{t('audit.redacted')}</Typography.Text>;
    case 'boolean':
      return <>{value.value ? t('audit.yes') : t('audit.no')}</>;
    case 'text':
      return <>{value.text}</>;
  }
}

export function AuditChanges({ changes }: { changes: Change[] }) {
  if (changes.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {changes.map((change) => (
        <li key={change.field}>
          <Typography.Text code>{change.field}</Typography.Text>{' '}
          <Typography.Text type="secondary">
            <AuditValueText raw={change.before} />
          </Typography.Text>{' '}
          <ArrowRightOutlined aria-label="→" style={{ fontSize: 11 }} /> <AuditValueText raw={change.after} />
        </li>
      ))}
    </ul>
  );
}
