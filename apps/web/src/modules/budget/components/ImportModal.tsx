import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Spin, Table, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_MAX_BYTES } from '../hooks/useBudgetFiles';
import type { ImportAnswer } from '../hooks/useBudgetFiles';

interface ImportModalProps {
  open: boolean;
  busy: boolean;
  upload: (file: Blob, dryRun: boolean) => Promise<ImportAnswer | null>;
  /** After a real import: its batch (Undo restores the lines it replaced). */
  onImported: (answer: ImportAnswer) => void;
  onClose: () => void;
}

type Problem = ImportAnswer['problems'][number];

/**
 * Import of the drivers template: the file is checked first (a dry run);
 * every problem is listed by sheet, row and column, or the counts of what
 * would replace the current lines are shown with a button to import them.
 */
export function ImportModal({ open, busy, upload, onImported, onClose }: ImportModalProps) {
  const { t } = useTranslation();
  const picker = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<ImportAnswer | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const close = () => {
    setFile(null);
    setChecked(null);
    setRefusal(null);
    onClose();
  };

  const choose = async (chosen: File | undefined) => {
    if (picker.current) picker.current.value = '';
    if (!chosen) return;
    setChecked(null);
    setFile(null);
    if (!/\.xlsx$/i.test(chosen.name)) {
      setRefusal(t('budget.excel.notXlsx'));
      return;
    }
    if (chosen.size > IMPORT_MAX_BYTES) {
      setRefusal(t('budget.excel.tooLarge'));
      return;
    }
    setRefusal(null);
    setFile(chosen);
    setChecked(await upload(chosen, true));
  };

  const confirm = async () => {
    if (!file) return;
    const answer = await upload(file, false);
    if (answer?.imported) {
      onImported(answer);
      close();
    } else if (answer) {
      setChecked(answer);
    }
  };

  const ready = checked !== null && checked.problems.length === 0;
  return (
    <Modal
      open={open}
      title={t('budget.excel.importTitle')}
      onCancel={close}
      width={760}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" disabled={!ready} loading={busy && ready} onClick={() => void confirm()} data-testid="budget-import-confirm">
            {t('budget.excel.confirm')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('budget.excel.importHelp')}
        </Typography.Paragraph>
        <div>
          <input
            ref={picker}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            style={{ display: 'none' }}
            onChange={(event) => void choose(event.target.files?.[0])}
            data-testid="budget-import-file"
          />
          <Button icon={<UploadOutlined />} onClick={() => picker.current?.click()} disabled={busy}>
            {t('budget.excel.chooseFile')}
          </Button>
          {file ? <Typography.Text style={{ marginInlineStart: 12 }}>{file.name}</Typography.Text> : null}
        </div>
        {refusal ? <Alert type="error" showIcon title={refusal} /> : null}
        {busy && !checked ? (
          <Flex gap={8} align="center">
            <Spin size="small" />
            <Typography.Text type="secondary">{t('budget.excel.checking')}</Typography.Text>
          </Flex>
        ) : null}
        {checked && checked.problems.length > 0 ? (
          <>
            <Alert type="error" showIcon title={t('budget.excel.problemsTitle', { count: checked.problems.length })} data-testid="budget-import-problems" />
            <Table<Problem>
              size="small"
              rowKey={(problem) => `${problem.sheet}:${problem.row}:${problem.column}:${problem.reason}`}
              dataSource={checked.problems}
              pagination={checked.problems.length > 10 ? { pageSize: 10 } : false}
              columns={[
                { key: 'sheet', title: t('budget.excel.sheet'), dataIndex: 'sheet', width: 140 },
                { key: 'row', title: t('budget.excel.row'), dataIndex: 'row', width: 70, align: 'right', render: (row: number) => (row > 0 ? row : '') },
                { key: 'column', title: t('budget.excel.column'), dataIndex: 'column', width: 140 },
                { key: 'reason', title: t('budget.excel.reason'), dataIndex: 'reason' },
              ]}
            />
          </>
        ) : null}
        {ready ? <Alert type="success" showIcon title={t('budget.excel.ready', checked.counts)} data-testid="budget-import-ready" /> : null}
      </Flex>
    </Modal>
  );
}
