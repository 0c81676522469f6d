import { DIMENSIONS, NODE_TITLE_MAX_LENGTH, NODE_WEIGHT_MAX } from '@opsplan/domain';
import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DepartmentsQuery } from '../../../gql/graphql';
import type { NodeFormValues } from '../utils/nodeForm';

export interface PeopleAndDepartments {
  members: DepartmentsQuery['members'];
  departments: DepartmentsQuery['departments'];
}

/** The fields a node is created and edited with (title, owner, department, dates, weight, dimension). */
export function NodeFormFields({ members, departments }: PeopleAndDepartments) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item<NodeFormValues>
        label={t('node.fields.title')}
        name="title"
        rules={[{ required: true, whitespace: true, message: t('node.validation.titleRequired') }, { max: NODE_TITLE_MAX_LENGTH }]}
      >
        <Input data-testid="node-title-input" />
      </Form.Item>
      <Form.Item<NodeFormValues> label={t('node.fields.owner')} name="ownerId">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('node.unassigned')}
          options={members.filter((member) => member.active).map((member) => ({ value: member.id, label: member.user.displayName }))}
          data-testid="node-owner"
        />
      </Form.Item>
      <Form.Item<NodeFormValues> label={t('node.fields.department')} name="departmentId">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('node.inheritedFromParent')}
          options={departments.map((department) => ({ value: department.id, label: department.name }))}
          data-testid="node-department"
        />
      </Form.Item>
      <Form.Item<NodeFormValues> label={t('node.fields.startDate')} name="startDate">
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item<NodeFormValues>
        label={t('node.fields.dueDate')}
        name="dueDate"
        dependencies={['startDate']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value: NodeFormValues['dueDate']) => {
              const start = getFieldValue('startDate') as NodeFormValues['startDate'];
              return !value || !start || !value.isBefore(start, 'day')
                ? Promise.resolve()
                : Promise.reject(new Error(t('node.validation.dueBeforeStart')));
            },
          }),
        ]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item<NodeFormValues> label={t('node.fields.weight')} name="weight" extra={t('node.fields.weightHelp')}>
        <InputNumber min={0} max={NODE_WEIGHT_MAX} step={1} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item<NodeFormValues> label={t('node.fields.dimension')} name="dimension">
        <Select
          allowClear
          placeholder={t('node.fields.dimensionInherited')}
          options={DIMENSIONS.map((dimension) => ({ value: dimension, label: t(`node.dimensions.${dimension}`) }))}
        />
      </Form.Item>
    </>
  );
}
