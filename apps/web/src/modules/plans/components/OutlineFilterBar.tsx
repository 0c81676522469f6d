import { STATUSES } from '@opsplan/domain';
import type { NodeStatus } from '@opsplan/domain';
import { Button, Checkbox, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OutlineFilters } from '../utils/outlineFilters';
import { hasFilters, NO_FILTERS } from '../utils/outlineFilters';

interface Option {
  value: string;
  label: string;
}

interface OutlineFilterBarProps {
  filters: OutlineFilters;
  onChange: (filters: OutlineFilters) => void;
  owners: Option[];
  departments: Option[];
}

export function OutlineFilterBar({ filters, onChange, owners, departments }: OutlineFilterBarProps) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }} data-testid="outline-filters">
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('plan.filters.department')}
        aria-label={t('plan.filters.department')}
        value={filters.departmentId}
        onChange={(departmentId?: string) => onChange({ ...filters, departmentId })}
        options={departments}
        style={{ minWidth: 160 }}
        data-testid="filter-department"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('plan.filters.owner')}
        aria-label={t('plan.filters.owner')}
        value={filters.ownerId}
        onChange={(ownerId?: string) => onChange({ ...filters, ownerId })}
        options={owners}
        style={{ minWidth: 160 }}
        data-testid="filter-owner"
      />
      <Select
        allowClear
        placeholder={t('plan.filters.status')}
        aria-label={t('plan.filters.status')}
        value={filters.status}
        onChange={(status?: NodeStatus) => onChange({ ...filters, status })}
        options={STATUSES.map((status) => ({ value: status, label: t(`node.statuses.${status}`) }))}
        style={{ minWidth: 140 }}
        data-testid="filter-status"
      />
      <Checkbox
        checked={filters.overdueOnly}
        onChange={(event) => onChange({ ...filters, overdueOnly: event.target.checked })}
        data-testid="filter-overdue"
      >
        {t('plan.filters.overdueOnly')}
      </Checkbox>
      {hasFilters(filters) ? (
        <Button type="link" onClick={() => onChange(NO_FILTERS)}>
          {t('plan.filters.clear')}
        </Button>
      ) : null}
    </Flex>
  );
}
