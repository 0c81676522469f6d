import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CycleStageFieldsFragment } from '../../../gql/graphql';
import { ConflictAlert } from '../../plans/components/ConflictAlert';
import { useLayoutProblemText } from '../hooks/useLayoutProblemText';
import { useStageLabel } from '../hooks/useStageLabel';
import type { NewStage } from '../hooks/useStageLayout';
import { layoutProblem, NEW_STAGE_ID, problemField, withStage } from '../utils/stageLayout';
import type { LaidOutStage } from '../utils/stageLayout';

interface AddStageModalProps {
  open: boolean;
  /** The cycle's live stages: the new one may depend on any of them. */
  stages: readonly CycleStageFieldsFragment[];
  members: readonly { id: string; active: boolean; user: { displayName: string } }[];
  departments: readonly { id: string; name: string }[];
  /** The cycle's today, where a cycle with no stages starts. */
  today: string;
  saving: boolean;
  /** Someone changed the cycle's stages while this one was being added. */
  conflict: boolean;
  onAdd: (stage: NewStage) => Promise<boolean>;
  onReapply: () => Promise<boolean>;
  onDiscard: () => void;
  onClose: () => void;
}

interface Values {
  name: string;
  dates: [Dayjs, Dayjs];
  dependsOn?: string[];
  ownerDepartmentId?: string;
  responsibleId?: string;
  deliverables?: string[];
}

const ISO = 'YYYY-MM-DD';

/** A stage added at the end of the cycle, checked against the others' dates and links before it is sent. */
export function AddStageModal({ open, stages, members, departments, today, saving, conflict, onAdd, onReapply, onDiscard, onClose }: AddStageModalProps) {
  const { t } = useTranslation();
  const { stageLabel } = useStageLabel();
  const { problemText } = useLayoutProblemText();
  const [form] = Form.useForm<Values>();
  const lastDue = stages.reduce((latest, s) => (s.dueDate > latest ? s.dueDate : latest), '');
  const start = lastDue ? dayjs(lastDue).add(1, 'day') : dayjs(today);

  const submit = async (values: Values) => {
    const draft: LaidOutStage = {
      id: NEW_STAGE_ID,
      key: null,
      name: values.name.trim(),
      startDate: values.dates[0].format(ISO),
      dueDate: values.dates[1].format(ISO),
      dependsOn: values.dependsOn ?? [],
    };
    const problem = layoutProblem(withStage<LaidOutStage>(stages, draft));
    if (problem) {
      form.setFields([{ name: problemField(problem), errors: [problemText(problem, [...stages, draft])] }]);
      return;
    }
    const deliverables = [...new Set((values.deliverables ?? []).map((d) => d.trim()).filter((d) => d.length > 0))];
    const ok = await onAdd({
      name: draft.name,
      startDate: draft.startDate,
      dueDate: draft.dueDate,
      dependsOn: [...draft.dependsOn],
      ...(values.ownerDepartmentId ? { ownerDepartmentId: values.ownerDepartmentId } : {}),
      ...(values.responsibleId ? { responsibleId: values.responsibleId } : {}),
      ...(deliverables.length > 0 ? { deliverables } : {}),
    });
    if (ok) onClose();
  };

  return (
    <Modal
      open={open}
      title={t('cycles.layout.add')}
      okText={t('cycles.layout.add')}
      okButtonProps={{ disabled: conflict, 'data-testid': 'add-stage-submit' }}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={600}
    >
      {conflict ? (
        <ConflictAlert
          title={t('cycles.layout.conflict')}
          changes={[]}
          describe={(_, value) => String(value ?? '')}
          applying={saving}
          onReapply={() =>
            void onReapply().then((ok) => {
              if (ok) onClose();
            })
          }
          onDiscard={() => {
            onDiscard();
            onClose();
          }}
        />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ dates: [start, start.add(13, 'day')], dependsOn: [], deliverables: [] }}
        // A changed date or link may settle a problem shown on the other field.
        onValuesChange={(changed: Partial<Values>) => {
          if ('dates' in changed || 'dependsOn' in changed) form.setFields([{ name: 'dates', errors: [] }, { name: 'dependsOn', errors: [] }]);
        }}
        onFinish={(values) => void submit(values)}
        data-testid="add-stage-form"
      >
        <Form.Item name="name" label={t('cycles.fields.name')} rules={[{ required: true, whitespace: true, message: t('cycles.edit.nameRequired') }]}>
          <Input maxLength={200} data-testid="add-stage-name" />
        </Form.Item>
        <Form.Item name="dates" label={t('cycles.fields.dates')} rules={[{ required: true, message: t('cycles.edit.datesRequired') }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} data-testid="add-stage-dates" />
        </Form.Item>
        <Form.Item name="dependsOn" label={t('cycles.fields.dependsOn')} extra={t('cycles.layout.dependsOnHelp')}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={stages.map((s, i) => ({ value: s.id, label: `${i + 1}. ${stageLabel(s)}` }))}
            data-testid="add-stage-depends-on"
          />
        </Form.Item>
        <Form.Item name="ownerDepartmentId" label={t('cycles.fields.department')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={departments.map((d) => ({ value: d.id, label: d.name }))} data-testid="add-stage-department" />
        </Form.Item>
        <Form.Item name="responsibleId" label={t('cycles.fields.responsible')} extra={t('cycles.layout.responsibleHelp')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={members.filter((m) => m.active).map((m) => ({ value: m.id, label: m.user.displayName }))}
            data-testid="add-stage-responsible"
          />
        </Form.Item>
        <Form.Item name="deliverables" label={t('cycles.layout.deliverables')} extra={t('cycles.layout.deliverablesHelp')}>
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['\n']} data-testid="add-stage-deliverables" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
