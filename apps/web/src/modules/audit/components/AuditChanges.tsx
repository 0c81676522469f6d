import { ArrowRightOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { AuditLogQuery } from '../../../gql/graphql';
import { useTranslation } from 'react-i18next';
import { readAuditField } from '../utils/auditLabels';

type Change = AuditLogQuery['auditLog']['items'][number]['changes'][number];

function AuditValueText({ entity, field, raw, label }: { entity: string; field: string; raw: string | null; label?: string | null }) {
  const { t, i18n } = useTranslation();
  // An id (an owner, a department, a plan item…) reads as the name the API found for it.
  if (label) return <span title={raw ?? undefined}>{label}</span>;
  const value = readAuditField(entity, field, raw);
  switch (value.kind) {
    case 'empty':
      return <Typography.Text type="secondary">—</Typography.Text>;
    case 'redacted':
      return <Typography.Text type="secondary">{t('audit.redacted')}</Typography.Text>;
    case 'boolean':
      return <>{value.value ? t('audit.yes') : t('audit.no')}</>;
    case 'code':
      return <>{i18n.exists(value.key) ? (t(value.key as 'audit.yes') as string) : value.text}</>;
    case 'text':
      return <>{value.text}</>;
  }
}

/** A field's name in words where the dictionary has them (audit.fields), else as the API sent it. */
function FieldName({ field }: { field: string }) {
  const { t, i18n } = useTranslation();
  const key = `audit.fields.${field}`;
  if (/^[a-zA-Z]+$/.test(field) && i18n.exists(key)) return <Typography.Text type="secondary">{t('audit.fieldLabel', { field: t(key as 'audit.yes') as string })}</Typography.Text>;
  return <Typography.Text code>{field}</Typography.Text>;
}

export function AuditChanges({ entity, changes }: { entity: string; changes: Change[] }) {
  if (changes.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0, overflowWrap: 'anywhere' }}>
      {changes.map((change) => (
        <li key={change.field} data-testid={`audit-change-${change.field}`}>
          <FieldName field={change.field} />{' '}
          <Typography.Text type="secondary">
            <AuditValueText entity={entity} field={change.field} raw={change.before} label={change.beforeLabel} />
          </Typography.Text>{' '}
          <ArrowRightOutlined aria-label="→" style={{ fontSize: 11 }} /> <AuditValueText entity={entity} field={change.field} raw={change.after} label={change.afterLabel} />
        </li>
      ))}
    </ul>
  );
}
