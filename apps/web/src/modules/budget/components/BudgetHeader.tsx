import { DownloadOutlined, FileExcelOutlined, LockOutlined, SettingOutlined, UnlockOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Button, Card, Flex, Popconfirm, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../i18n/dates';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { LOCK_BUDGET_MUTATION, UNLOCK_BUDGET_MUTATION } from '../graphql/mutations/budgetLockMutations';
import { useBudgetFiles } from '../hooks/useBudgetFiles';
import type { ImportAnswer } from '../hooks/useBudgetFiles';
import { useRestoreLines } from '../hooks/useBudgetSave';
import { BudgetSettingsModal } from './BudgetSettingsModal';
import { ExportModal } from './ExportModal';
import { ImportModal } from './ImportModal';

interface BudgetHeaderProps {
  budget: BudgetFieldsFragment;
  /** Unsaved driver edits: locking, importing and the settings wait until they are saved or discarded. */
  dirty: boolean;
  onReload: () => Promise<unknown>;
}

/**
 * The budget's name, horizon, currency and lock state, with what the caller
 * may do with it as a whole: lock or unlock it for approval, export it,
 * download the template and import drivers. `access` from the API decides.
 */
export function BudgetHeader({ budget, dirty, onReload }: BudgetHeaderProps) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const { access } = budget;
  const files = useBudgetFiles(budget);
  const announce = useRestoreLines(budget.id);
  const [exporting, setExporting] = useState(false);
  const [importing, setImporting] = useState(false);
  const [settings, setSettings] = useState(false);
  const [lock, { loading: locking }] = useMutation(LOCK_BUDGET_MUTATION);
  const [unlock, { loading: unlocking }] = useMutation(UNLOCK_BUDGET_MUTATION);
  const locked = Boolean(budget.lockedAt);
  const reload = () => void onReload();

  const toggleLock = async () => {
    try {
      if (locked) await unlock({ variables: { id: budget.id, version: budget.version } });
      else await lock({ variables: { id: budget.id, version: budget.version } });
      void message.success(locked ? t('budget.header.unlockedDone') : t('budget.header.lockedDone'));
    } catch (error) {
      handleError(error, { onConflict: reload });
    }
  };

  const imported = (answer: ImportAnswer) => {
    announce(t('budget.excel.imported', { lines: answer.carriedOver?.lines ?? 0, actuals: answer.carriedOver?.actuals ?? 0 }), answer.batchId);
    reload();
  };

  const saveFirst = dirty ? t('budget.settings.saveFirst') : undefined;
  const importable = access.editDrivers;
  return (
    <Card size="small" data-testid="budget-header">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Flex vertical gap={4}>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="budget-title">
              {budget.name}
            </Typography.Title>
            {locked ? (
              <Tag icon={<LockOutlined />} color="gold" data-testid="budget-locked">
                {t('budget.header.lockedTag')}
              </Tag>
            ) : (
              <Tag data-testid="budget-draft">{t('budget.header.draftTag')}</Tag>
            )}
          </Flex>
          <Typography.Text type="secondary">
            {t('budget.header.horizon', { months: budget.horizonMonths, start: budget.startMonth })} · {t('budget.header.currency', { currency: budget.currency })}
            {locked && budget.lockedAt
              ? ` · ${t('budget.header.locked', { name: budget.lockedBy?.user.displayName ?? '—', date: formatDateTime(budget.lockedAt) })}`
              : ''}
          </Typography.Text>
        </Flex>
        <Flex gap={8} wrap>
          {access.editDrivers ? (
            <Tooltip title={saveFirst}>
              <Button icon={<SettingOutlined />} disabled={dirty} onClick={() => setSettings(true)} data-testid="budget-settings">
                {t('budget.header.settings')}
              </Button>
            </Tooltip>
          ) : null}
          {access.readAll ? (
            <Button icon={<FileExcelOutlined />} loading={files.busy === 'template'} onClick={() => void files.download('template')} data-testid="budget-template">
              {t('budget.excel.template')}
            </Button>
          ) : null}
          {importable ? (
            <Tooltip title={dirty ? t('budget.excel.saveFirst') : undefined}>
              <Button icon={<UploadOutlined />} disabled={dirty} onClick={() => setImporting(true)} data-testid="budget-import">
                {t('budget.excel.import')}
              </Button>
            </Tooltip>
          ) : null}
          {access.export ? (
            <Button icon={<DownloadOutlined />} onClick={() => setExporting(true)} data-testid="budget-export">
              {t('budget.excel.export')}
            </Button>
          ) : null}
          {access.lock ? (
            <Popconfirm
              title={locked ? t('budget.header.unlockConfirm') : t('budget.header.lockConfirm')}
              okText={locked ? t('budget.header.unlock') : t('budget.header.lock')}
              cancelText={t('common.cancel')}
              onConfirm={() => toggleLock()}
              disabled={dirty}
            >
              <Tooltip title={saveFirst}>
                <Button
                  type={locked ? 'default' : 'primary'}
                  icon={locked ? <UnlockOutlined /> : <LockOutlined />}
                  loading={locking || unlocking}
                  disabled={dirty}
                  data-testid={locked ? 'budget-unlock' : 'budget-lock'}
                >
                  {locked ? t('budget.header.unlock') : t('budget.header.lock')}
                </Button>
              </Tooltip>
            </Popconfirm>
          ) : null}
        </Flex>
      </Flex>
      <ExportModal
        open={exporting}
        downloading={files.busy === 'export'}
        onClose={() => setExporting(false)}
        onDownload={async (scenario) => {
          await files.download('export', scenario);
          setExporting(false);
        }}
      />
      {importable ? <ImportModal open={importing} busy={files.busy === 'import'} upload={files.upload} onImported={imported} onClose={() => setImporting(false)} /> : null}
      {access.editDrivers ? <BudgetSettingsModal budget={budget} open={settings} onClose={() => setSettings(false)} onReload={reload} /> : null}
    </Card>
  );
}
