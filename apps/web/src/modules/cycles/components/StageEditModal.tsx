import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CycleStageFieldsFragment } from '../../../gql/graphql';
import { useLayoutProblemText } from '../hooks/useLayoutProblemText';
import { useStageLabel } from '../hooks/useStageLabel';
import type { StageEdit } from '../hooks/useStageUpdate';
import { layoutProblem, problemField, withStage } from '../utils/stageLayout';
import type { LaidOutStage } from '../utils/stageLayout';

interface PeopleAndDepartments {
  members: readonly { id: string; active: boolean; user: { displayName: string } }[];
  departments: readonly { id: string; name: string }[];
}

interface StageEditModalProps extends PeopleAndDepartments {
  stage: CycleStageFieldsFragment | null;
  stages: readonly CycleStageFieldsFragment[];
  saving: boolean;
  onSave: (stage: CycleStageFieldsFragment, edit: StageEdit) => void;
  onClose: () => void;
}

interface Values {
  name: string;
  dates: [Dayjs, Dayjs];
  responsibleId?: string;
  ownerDepartmentId?: string;
  dependsOn: string[];
}

/** The keyboard way to do what the timeline's drag does, plus the stage's name, owner and links. */
export function StageEditModal({ stage, stages, members, departments, saving, onSave, onClose }: StageEditModalProps) {
  const { t } = useTranslation();
  const { stageLabel } = useStageLabel();
  const { problemText } = useLayoutProblemText();
  const [form] = Form.useForm<Values>();
  if (!stage) return null;
  const submit = (values: Values) => {
    const edit: StageEdit = {};
    const startDate = values.dates[0].format('YYYY-MM-DD');
    const dueDate = values.dates[1].format('YYYY-MM-DD');
    // Checked as the API will: no loop in the links, nothing due before a stage it depends on.
    const changed = withStage<LaidOutStage>(stages, { ...stage, name: values.name.trim(), startDate, dueDate, dependsOn: values.dependsOn });
    const problem = layoutProblem(changed);
    if (problem) {
      form.setFields([{ name: problemField(problem), errors: [problemText(problem, changed)] }]);
      return;
    }
    if (values.name.trim() !== stage.name) edit.name = values.name.trim();
    if (startDate !== stage.startDate) edit.startDate = startDate;
    if (dueDate !== stage.dueDate) edit.dueDate = dueDate;
    if (values.responsibleId && values.responsibleId !== stage.responsible?.id) edit.responsibleId = values.responsibleId;
    if (values.ownerDepartmentId && values.ownerDepartmentId !== stage.ownerDepartment?.id) edit.ownerDepartmentId = values.ownerDepartmentId;
    if ([...values.dependsOn].sort().join() !== [...stage.dependsOn].sort().join()) edit.dependsOn = values.dependsOn;
    if (Object.keys(edit).length === 0) onClose();
    else onSave(stage, edit);
  };
  return (
    <Modal open title={t('cycles.edit.title', { name: stageLabel(stage) })} okText={t('common.save')} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{
          name: stage.name,
          dates: [dayjs(stage.startDate), dayjs(stage.dueDate)],
          responsibleId: stage.responsible?.id,
          ownerDepartmentId: stage.ownerDepartment?.id,
          dependsOn: [...stage.dependsOn],
        }}
        // A changed date or link may settle a problem shown on the other field.
        onValuesChange={(changedValues: Partial<Values>) => {
          if ('dates' in changedValues || 'dependsOn' in changedValues) form.setFields([{ name: 'dates', errors: [] }, { name: 'dependsOn', errors: [] }]);
        }}
        onFinish={submit}
        data-testid="stage-edit-form"
      >
        <Form.Item name="name" label={t('cycles.fields.name')} rules={[{ required: true, whitespace: true, message: t('cycles.edit.nameRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="dates" label={t('cycles.fields.dates')} rules={[{ required: true, message: t('cycles.edit.datesRequired') }]} extra={t('cycles.edit.datesHelp')}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="responsibleId" label={t('cycles.fields.responsible')}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={members.filter((m) => m.active).map((m) => ({ value: m.id, label: m.user.displayName }))}
          />
        </Form.Item>
        <Form.Item name="ownerDepartmentId" label={t('cycles.fields.department')}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={departments.map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
        <Form.Item name="dependsOn" label={t('cycles.fields.dependsOn')}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={stages.flatMap((s, i) => (s.id === stage.id ? [] : [{ value: s.id, label: `${i + 1}. ${stageLabel(s)}` }]))}
            data-testid="stage-edit-depends-on"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
