import { Modal, Radio, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportScenario } from '../hooks/useBudgetFiles';

const SCENARIOS: readonly ExportScenario[] = ['all', 'responsibility', 'stretch', 'breakeven'];

interface ExportModalProps {
  open: boolean;
  downloading: boolean;
  onDownload: (scenario: ExportScenario) => void;
  onClose: () => void;
}

/** Which scenario to export: one sheet, or all three with the comparison sheet. */
export function ExportModal({ open, downloading, onDownload, onClose }: ExportModalProps) {
  const { t } = useTranslation();
  const [scenario, setScenario] = useState<ExportScenario>('all');
  return (
    <Modal
      open={open}
      title={t('budget.excel.exportTitle')}
      okText={t('budget.excel.download')}
      cancelText={t('common.cancel')}
      confirmLoading={downloading}
      onOk={() => onDownload(scenario)}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'budget-export-download' }}
    >
      <Radio.Group value={scenario} onChange={(event) => setScenario(event.target.value as ExportScenario)} aria-label={t('budget.excel.scenario')}>
        <Space direction="vertical">
          {SCENARIOS.map((value) => (
            <Radio key={value} value={value} data-testid={`budget-export-${value}`}>
              {t(`budget.excel.scenarios.${value}`)}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    </Modal>
  );
}
