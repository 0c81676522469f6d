import { Button, Flex, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { parseTsv } from '../grid/gridModel';
import { cleanDecimal } from '../utils/decimalText';
import type { RevenueRow } from './draft';

interface SeasonalityModalProps {
  row: RevenueRow;
  onSave: (seasonality: string[]) => void;
  onClose: () => void;
}

const calendarMonth = (lang: string, month: number) => new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, month, 1));

/** A growth line's twelve seasonality factors, January to December; "No seasonality" removes the profile. */
export function SeasonalityModal({ row, onSave, onClose }: SeasonalityModalProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [factors, setFactors] = useState<string[]>(() => (row.seasonality.length === 12 ? [...row.seasonality] : Array.from({ length: 12 }, () => '1')));

  return (
    <Modal
      open
      title={`${t('budget.grid.seasonalityTitle')} · ${row.name}`}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex justify="space-between">
          <Button
            onClick={() => {
              onSave([]);
              onClose();
            }}
            data-testid="seasonality-clear"
          >
            {t('budget.grid.seasonalityClear')}
          </Button>
          <Flex gap={8}>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button
              type="primary"
              onClick={() => {
                onSave(factors.map((factor) => cleanDecimal(factor)));
                onClose();
              }}
              data-testid="seasonality-save"
            >
              {t('common.save')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{t('budget.grid.seasonalityHelp')}</Typography.Paragraph>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(6, 1fr)', gap: 8 }}>
        {factors.map((factor, month) => (
          <label key={month} style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {calendarMonth(lang, month)}
            </Typography.Text>
            <Input
              value={factor}
              onChange={(event) => setFactors((current) => current.map((f, i) => (i === month ? event.target.value : f)))}
              onPaste={(event) => {
                // Twelve factors copied from a spreadsheet row or column fill the months from this one on.
                const values = parseTsv(event.clipboardData.getData('text/plain')).flat();
                if (values.length < 2) return;
                event.preventDefault();
                setFactors((current) => current.map((f, i) => (i >= month && i - month < values.length ? values[i - month].trim() : f)));
              }}
              style={{ textAlign: 'right' }}
              data-testid={`seasonality-${month}`}
            />
          </label>
        ))}
      </div>
    </Modal>
  );
}
