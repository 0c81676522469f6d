import { Alert, Button, Card, Flex, Popconfirm, Tag, Typography } from 'antd';
import type { BudgetResult } from '@opsplan/domain';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetFieldsFragment } from '../../../gql/graphql';
import { BudgetGrid } from '../grid/BudgetGrid';
import type { GridColumn } from '../grid/gridColumn';
import { problemMessages } from '../hooks/useBudgetDraft';
import type { BudgetDraftApi } from '../hooks/useBudgetDraft';
import { ConflictPanel } from './ConflictPanel';
import { blankRow } from './draft';
import type { DraftRows, LineKind, RevenueRow } from './draft';
import { PreviewStrip } from './PreviewStrip';
import { SeasonalityModal } from './SeasonalityModal';
import { useDriverColumns } from './useDriverColumns';
import type { SettingsRow } from './useDriverColumns';

interface DriversEditorProps {
  budget: BudgetFieldsFragment;
  editor: BudgetDraftApi;
  departments: readonly { id: string; name: string }[];
  preview: { result: BudgetResult | null; computing: boolean };
  saving: boolean;
  onSave: () => void;
}

/** Messages of one grid, keyed `${rowKey}:${column}` as the grid reads them. */
function messagesOf(all: ReadonlyMap<string, string>, kind: LineKind | 'settings'): Map<string, string> {
  const prefix = `${kind}:`;
  const mine = new Map<string, string>();
  for (const [id, text] of all) if (id.startsWith(prefix)) mine.set(id.slice(prefix.length), text);
  return mine;
}

function Section({ title, help, extra, children, testId }: { title: string; help?: string; extra?: ReactNode; children: ReactNode; testId: string }) {
  return (
    <Card size="small" title={title} extra={extra} data-testid={testId}>
      {help ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {help}
        </Typography.Paragraph>
      ) : null}
      {children}
    </Card>
  );
}

/**
 * The driver editor: revenue, costs, headcount, financing and the stretch
 * multipliers as spreadsheet-like grids over one draft, saved together.
 * What shows and what is editable follows the budget's `access`.
 */
export function DriversEditor({ budget, editor, departments, preview, saving, onSave }: DriversEditorProps) {
  const { t } = useTranslation();
  const { access } = budget;
  const { draft, changeset, dirty, setRows, setSettings } = editor;
  const canEdit = (access.editDrivers || access.editRevenue || access.editPositions) && !saving;
  // Revenue lines: every reader of the whole budget sees them; the owner of the open sales forecast sees and edits them.
  const seesRevenue = access.readAll || access.editRevenue;
  const [seasonalityKey, setSeasonalityKey] = useState<string | null>(null);
  const onSeasonality = useCallback((row: RevenueRow) => setSeasonalityKey(row.key), []);
  const columns = useDriverColumns({
    startMonth: draft.startMonth,
    horizonMonths: draft.horizonMonths,
    departments,
    seeSalaries: access.seeSalaries,
    readAll: access.readAll,
    editDrivers: access.editDrivers && !saving,
    editRevenue: access.editRevenue && !saving,
    editPositions: access.editPositions && !saving,
    onSeasonality,
  });

  const messages = useMemo(
    () => problemMessages(editor.problems, editor.serverProblems, (problem) => t(`budget.problems.${problem.code}`)),
    [editor.problems, editor.serverProblems, t],
  );
  const problemsOf = useMemo(
    () => ({
      revenue: messagesOf(messages, 'revenue'),
      cost: messagesOf(messages, 'cost'),
      position: messagesOf(messages, 'position'),
      loan: messagesOf(messages, 'loan'),
      settings: messagesOf(messages, 'settings'),
    }),
    [messages],
  );

  // A department manager adds lines to their own department; finance to the first one.
  const defaultDepartment = access.departmentId ?? departments[0]?.id ?? '';
  const newRow = <K extends LineKind>(kind: K) => () => blankRow(kind, draft, defaultDepartment);
  const change =
    <K extends LineKind>(kind: K) =>
    (rows: DraftRows[K][]) =>
      setRows(kind, rows);
  const remove =
    <K extends LineKind>(kind: K) =>
    (row: DraftRows[K]) =>
      setRows(
        kind,
        (draft.lines[kind] as DraftRows[K][]).filter((r) => r.key !== row.key),
      );
  /** The grid of one kind of line, editable with the caller's right for that kind. */
  const lineGrid = <K extends LineKind>(kind: K, label: string, editable: boolean, maxHeight?: number) => (
    <BudgetGrid<DraftRows[K]>
      label={label}
      testId={`grid-${kind}`}
      rows={draft.lines[kind] as DraftRows[K][]}
      columns={columns[kind] as unknown as GridColumn<DraftRows[K]>[]}
      readOnly={!editable || saving}
      problems={problemsOf[kind]}
      onChange={change(kind)}
      newRow={editable ? newRow(kind) : undefined}
      onRemove={editable ? remove(kind) : undefined}
      maxHeight={maxHeight}
    />
  );

  const settingsRows = useMemo<SettingsRow[]>(
    () => (draft.financing && draft.stretch ? [{ key: 'settings', financing: draft.financing, stretch: draft.stretch }] : []),
    [draft.financing, draft.stretch],
  );
  const changeSettings = (rows: SettingsRow[]) => {
    if (rows[0]) setSettings(rows[0].financing, rows[0].stretch);
  };

  useEffect(() => {
    if (!dirty) return;
    // The browser's own "leave page?" prompt while edits are unsaved.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's' && canEdit) {
      event.preventDefault();
      if (dirty) onSave();
    }
  };

  const unsaved = changeset.added + changeset.changed + changeset.deleted + (changeset.financing ? 1 : 0) + (changeset.stretch ? 1 : 0);
  const seasonalityRow = draft.lines.revenue.find((row) => row.key === seasonalityKey);

  return (
    <Flex vertical gap={16} onKeyDown={onKeyDown} data-testid="budget-drivers">
      {!access.readAll ? (
        <Alert type="info" showIcon title={access.editPositions ? t('budget.manager.hrNote') : t('budget.manager.note')} data-testid="budget-manager-note" />
      ) : null}
      {!access.readAll && access.editRevenue ? <Alert type="info" showIcon title={t('budget.manager.revenueNote')} data-testid="budget-revenue-note" /> : null}
      {budget.lockedAt ? <Alert type="warning" showIcon title={t('budget.draft.locked')} data-testid="budget-locked-note" /> : null}

      {canEdit || saving ? (
        <Flex justify="space-between" align="center" wrap gap={8} data-testid="budget-save-bar">
          {dirty ? (
            <Tag color="orange" data-testid="budget-unsaved">
              {t('budget.draft.unsaved', { count: unsaved })}
            </Tag>
          ) : (
            <Typography.Text type="secondary">{t('budget.draft.allSaved')}</Typography.Text>
          )}
          <Flex gap={8}>
            <Popconfirm title={t('budget.draft.discardConfirm')} okText={t('budget.draft.discard')} cancelText={t('common.cancel')} onConfirm={editor.discard} disabled={!dirty}>
              <Button disabled={!dirty || saving} data-testid="budget-discard">
                {t('budget.draft.discard')}
              </Button>
            </Popconfirm>
            <Button type="primary" onClick={onSave} loading={saving} disabled={!dirty} data-testid="budget-save">
              {t('budget.draft.save')}
            </Button>
          </Flex>
        </Flex>
      ) : null}

      <ConflictPanel
        conflicts={editor.conflicts}
        settingsConflict={editor.settingsConflict}
        columns={columns}
        onResolve={editor.resolve}
        onResolveSettings={editor.resolveSettings}
      />

      {access.readAll ? (
        <PreviewStrip result={preview.result} computing={preview.computing} problemCount={editor.problems.length} currency={budget.currency} dirty={dirty} />
      ) : null}

      {canEdit ? <Typography.Text type="secondary">{t('budget.grid.keyboardHelp')}</Typography.Text> : null}

      {seesRevenue ? (
        <Section title={t('budget.sections.revenue')} help={t('budget.sections.revenueHelp')} testId="budget-section-revenue">
          {lineGrid('revenue', t('budget.sections.revenue'), access.editRevenue)}
        </Section>
      ) : null}

      <Section title={t('budget.sections.cost')} help={t('budget.sections.costHelp')} testId="budget-section-cost">
        {lineGrid('cost', t('budget.sections.cost'), access.editDrivers)}
      </Section>

      <Section title={t('budget.sections.positions')} help={t('budget.sections.positionsHelp')} testId="budget-section-positions">
        {lineGrid('position', t('budget.sections.positions'), access.editPositions)}
      </Section>

      {access.readAll && settingsRows.length > 0 ? (
        <Section title={t('budget.sections.financing')} testId="budget-section-financing">
          <Flex vertical gap={16}>
            <BudgetGrid
              label={t('budget.sections.financing')}
              testId="grid-financing"
              rows={settingsRows}
              columns={columns.financing}
              readOnly={!access.editDrivers || saving}
              problems={problemsOf.settings}
              onChange={changeSettings}
              maxHeight={120}
            />
            <div>
              <Typography.Title level={5}>{t('budget.sections.loans')}</Typography.Title>
              {lineGrid('loan', t('budget.sections.loans'), access.editDrivers, 240)}
            </div>
          </Flex>
        </Section>
      ) : null}

      {access.readAll && settingsRows.length > 0 ? (
        <Section title={t('budget.sections.stretch')} help={t('budget.sections.stretchHelp')} testId="budget-section-stretch">
          <BudgetGrid
            label={t('budget.sections.stretch')}
            testId="grid-stretch"
            rows={settingsRows}
            columns={columns.stretch}
            readOnly={!access.editDrivers || saving}
            problems={problemsOf.settings}
            onChange={changeSettings}
            maxHeight={120}
          />
        </Section>
      ) : null}

      {seasonalityRow ? (
        <SeasonalityModal
          row={seasonalityRow}
          onClose={() => setSeasonalityKey(null)}
          onSave={(seasonality) =>
            setRows(
              'revenue',
              draft.lines.revenue.map((row) => (row.key === seasonalityRow.key ? { ...row, seasonality } : row)),
            )
          }
        />
      ) : null}
    </Flex>
  );
}
