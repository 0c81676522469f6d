import { Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanNodeRowFieldsFragment } from '../../../gql/graphql';
import type { OutlineInlineEditing } from '../hooks/useOutlineInlineEdit';
import { isEditable, sameCell } from '../utils/inlineEdit';
import type { InlineChange, InlineField } from '../utils/inlineEdit';
import { DueDateEditor, KpiActualEditor, OwnerEditor, PercentEditor, StatusEditor } from './OutlineCellEditors';
import { OutlineEditableCell } from './OutlineEditableCell';

interface OutlineInlineCellProps {
  field: InlineField;
  node: PlanNodeRowFieldsFragment;
  editing: OutlineInlineEditing;
  /** The cell as everyone reads it. */
  children: ReactNode;
}

/** One field of an outline row, editable in place when the viewer may change it. */
export function OutlineInlineCell({ field, node, editing, children }: OutlineInlineCellProps) {
  const { t } = useTranslation();
  const access = editing.accessOf(node);
  const cell = { nodeId: node.id, field };
  const label = t(`plan.outline.inline.labels.${field}`, { title: node.title });
  const testId = `inline-${field}-${node.id}`;
  const save = (change: InlineChange) => editing.save(node, change);
  const common = { label, onCancel: editing.cancel, testId: `${testId}-input` };

  // A figure the person may report on, but not here: say where it comes from.
  if (field === 'progress' && (access.progress === 'rollUp' || access.progress === 'kpi')) {
    // A KPI node with children reports its actual, but its progress is still their roll-up.
    const why = node.childCount > 0 ? t('node.rollsUp', { count: node.childCount }) : t('plan.outline.inline.followsKpi');
    return (
      <Tooltip title={why}>
        <div data-testid={`${testId}-read-only`}>{children}</div>
      </Tooltip>
    );
  }

  const editor = () => {
    switch (field) {
      case 'status':
        return <StatusEditor {...common} value={node.status} onSave={(value) => save({ field, value })} />;
      case 'progress':
        return <PercentEditor {...common} value={node.ownProgress} onSave={(value) => save({ field, value })} />;
      case 'kpiActual':
        return <KpiActualEditor {...common} value={node.kpi?.actual ?? null} unit={node.kpi?.unit ?? null} onSave={(value) => save({ field, value })} />;
      case 'owner':
        return <OwnerEditor {...common} value={node.owner?.id ?? null} options={editing.ownerOptions} onSave={(value) => save({ field, value })} />;
      case 'dueDate':
        return <DueDateEditor {...common} value={node.dueDate} startDate={node.startDate} onSave={(value) => save({ field, value })} />;
    }
  };

  return (
    <OutlineEditableCell
      label={label}
      editable={isEditable(access, field)}
      active={sameCell(editing.active, cell)}
      saving={sameCell(editing.saving, cell)}
      onActivate={() => editing.activate(cell)}
      onCancel={editing.cancel}
      editor={editor}
      testId={testId}
    >
      {children}
    </OutlineEditableCell>
  );
}
