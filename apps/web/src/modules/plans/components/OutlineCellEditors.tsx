import { STATUSES } from '@opsplan/domain';
import type { NodeStatus } from '@opsplan/domain';
import { DatePicker, Input, InputNumber, Select, Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDueDate, parseKpiActual, parsePercent } from '../utils/inlineEdit';
import type { Parsed } from '../utils/inlineEdit';
import { toDateText } from '../utils/nodeForm';

/** The small editors of the outline's cells. Each saves through `onSave`; Escape is the cell's. */
interface EditorProps<T> {
  /** The accessible name of the control, e.g. "Status of “Open store”". */
  label: string;
  onSave: (value: T) => void;
  onCancel: () => void;
  testId: string;
}

type ParseError = Extract<Parsed<unknown>, { ok: false }>['error'];

function useErrorText() {
  const { t } = useTranslation();
  return (error: ParseError | null) => (error ? t(`plan.outline.inline.errors.${error}`) : null);
}

/** A choice saves at once; leaving without one changes nothing. */
export function StatusEditor({ value, label, onSave, onCancel, testId }: EditorProps<NodeStatus> & { value: NodeStatus }) {
  const { t } = useTranslation();
  return (
    <Select<NodeStatus>
      size="small"
      autoFocus
      defaultOpen
      value={value}
      onChange={onSave}
      onBlur={onCancel}
      aria-label={label}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      options={STATUSES.map((status) => ({ value: status, label: t(`node.statuses.${status}`) }))}
      data-testid={testId}
    />
  );
}

export function OwnerEditor({ value, options, label, onSave, onCancel, testId }: EditorProps<string | null> & { value: string | null; options: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  return (
    <Select<string | undefined>
      size="small"
      autoFocus
      defaultOpen
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      value={value ?? undefined}
      placeholder={t('node.unassigned')}
      onChange={(owner) => onSave(owner ?? null)}
      onBlur={onCancel}
      aria-label={label}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      options={options}
      data-testid={testId}
    />
  );
}

/** A due date from the calendar, never before the start date; clearing it leaves the node without one. */
export function DueDateEditor({ value, startDate, label, onSave, onCancel, testId }: EditorProps<string | null> & { value: string | null; startDate: string | null }) {
  const start = startDate ? dayjs(startDate) : null;
  return (
    <DatePicker
      size="small"
      autoFocus
      defaultOpen
      value={value ? dayjs(value) : null}
      disabledDate={(day: Dayjs) => start !== null && day.isBefore(start, 'day')}
      onChange={(day) => {
        const parsed = parseDueDate(toDateText(day), startDate);
        if (parsed.ok) onSave(parsed.value);
      }}
      // Picking a day closes the calendar too, and may say so before the change: the save goes first, then this finds it busy.
      onOpenChange={(open) => {
        if (!open) setTimeout(onCancel);
      }}
      aria-label={label}
      style={{ width: '100%' }}
      data-testid={testId}
    />
  );
}

/** A typed value that saves on Enter or on leaving the field, once it is valid. */
function useTypedValue<I, T>(initial: I, parse: (input: I) => Parsed<T>, onSave: (value: T) => void) {
  const [input, setInput] = useState(initial);
  // The input number settles its value (rounds, clamps) just before its blur: the ref has it, the state not yet.
  const latest = useRef(initial);
  const [error, setError] = useState<ParseError | null>(null);
  const commit = () => {
    const parsed = parse(latest.current);
    if (parsed.ok) onSave(parsed.value);
    else setError(parsed.error);
  };
  const change = (next: I) => {
    latest.current = next;
    setInput(next);
    setError(null);
  };
  return { input, error, change, commit };
}

/** The node's own progress, a whole percentage. */
export function PercentEditor({ value, label, onSave, testId }: EditorProps<number> & { value: number }) {
  const errorText = useErrorText();
  const typed = useTypedValue<number | null, number>(Math.round(value), parsePercent, onSave);
  const error = errorText(typed.error);
  return (
    <Tooltip open={error !== null} title={error}>
      <InputNumber<number>
        size="small"
        autoFocus
        min={0}
        max={100}
        precision={0}
        suffix="%"
        value={typed.input}
        onChange={typed.change}
        onPressEnter={typed.commit}
        onBlur={typed.commit}
        status={error ? 'error' : undefined}
        aria-label={label}
        style={{ width: '100%' }}
        data-testid={testId}
      />
    </Tooltip>
  );
}

/** A KPI node's actual, a decimal string as the API stores it. */
export function KpiActualEditor({ value, unit, label, onSave, testId }: EditorProps<string> & { value: string | null; unit: string | null }) {
  const errorText = useErrorText();
  const typed = useTypedValue<string, string>(value ?? '', parseKpiActual, onSave);
  const error = errorText(typed.error);
  return (
    <Tooltip open={error !== null} title={error}>
      <Input
        size="small"
        autoFocus
        inputMode="decimal"
        value={typed.input}
        suffix={unit ?? undefined}
        onChange={(event) => typed.change(event.target.value)}
        onPressEnter={typed.commit}
        onBlur={typed.commit}
        status={error ? 'error' : undefined}
        aria-label={label}
        style={{ width: 120 }}
        data-testid={testId}
      />
    </Tooltip>
  );
}
