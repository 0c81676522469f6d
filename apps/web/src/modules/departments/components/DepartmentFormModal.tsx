import { useMutation } from '@apollo/client/react';
import { NAME_MAX_LENGTH } from '@opsplan/domain';
import { Button, Flex, Form, Input, Modal, Select, Switch, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DepartmentFieldsFragment, DepartmentsQuery } from '../../../gql/graphql';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { CREATE_DEPARTMENT_MUTATION } from '../graphql/mutations/createDepartmentMutation';
import { UPDATE_DEPARTMENT_MUTATION } from '../graphql/mutations/updateDepartmentMutation';
import { DEPARTMENTS_QUERY } from '../graphql/queries/departmentsQuery';
import { departmentAndDescendantIds, departmentTreeOptions } from '../utils/departmentTree';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';

interface DepartmentValues {
  name: string;
  parentId?: string;
  managerId?: string;
  isHr: boolean;
}

interface DepartmentFormModalProps {
  open: boolean;
  /** The department being edited; absent when creating one. */
  department?: DepartmentFieldsFragment;
  /** Parent to preselect when adding a sub-department. */
  defaultParentId?: string;
  departments: DepartmentFieldsFragment[];
  members: DepartmentsQuery['members'];
  onClose: () => void;
  onConflict: () => void;
}

export function DepartmentFormModal({
  open,
  department,
  defaultParentId,
  departments,
  members,
  onClose,
  onConflict,
}: DepartmentFormModalProps) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const [form] = Form.useForm<DepartmentValues>();
  const handleError = useApiErrorHandler();
  const [createDepartment, { loading: creating }] = useMutation(CREATE_DEPARTMENT_MUTATION, {
    refetchQueries: [DEPARTMENTS_QUERY],
  });
  const [updateDepartment, { loading: updating }] = useMutation(UPDATE_DEPARTMENT_MUTATION, {
    refetchQueries: [DEPARTMENTS_QUERY],
  });

  const initialValues: DepartmentValues = {
    name: department?.name ?? '',
    parentId: department ? (department.parentId ?? undefined) : defaultParentId,
    managerId: department?.manager?.id,
    isHr: department?.isHr ?? false,
  };

  // A department cannot move under itself or one of its own sub-departments.
  const blocked = department ? departmentAndDescendantIds(departments, department.id) : new Set<string>();

  const onFinish = async (values: DepartmentValues) => {
    const fields = {
      name: values.name.trim(),
      parentId: values.parentId ?? null,
      managerId: values.managerId ?? null,
      isHr: values.isHr,
    };
    try {
      if (department) {
        await updateDepartment({ variables: { input: { id: department.id, version: department.version, ...fields } } });
      } else {
        await createDepartment({ variables: { input: fields } });
      }
      void message.success(t('common.saved'));
      onClose();
    } catch (error) {
      handleError(error, {
        form,
        onConflict: () => {
          onConflict();
          onClose();
        },
      });
    }
  };

  return (
    <Modal
      open={open}
      title={department ? t('departments.editTitle') : t('departments.createTitle')}
      onCancel={onClose}
      footer={null}
      // Destroyed when hidden, so each opening starts from these initial values.
      destroyOnHidden
    >
      <Form
        form={form}
        name="department"
        layout="vertical"
        requiredMark={false}
        initialValues={initialValues}
        onFinish={onFinish}
      >
        <Form.Item
          label={t('departments.name')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('validation.departmentNameRequired') }, { max: NAME_MAX_LENGTH }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Form.Item label={t('departments.parent')} name="parentId" extra={t('departments.parentHelp')}>
          <TreeSelect
            allowClear
            treeDefaultExpandAll
            placeholder={t('departments.noParent')}
            treeData={departmentTreeOptions(departments, blocked)}
            data-testid="department-parent"
          />
        </Form.Item>
        <Form.Item label={t('departments.manager')} name="managerId">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('departments.noManager')}
            options={members
              .filter((member) => member.active)
              .map((member) => ({ value: member.id, label: member.user.displayName }))}
            data-testid="department-manager"
          />
        </Form.Item>
        <Form.Item label={t('departments.isHr')} name="isHr" valuePropName="checked" extra={t('departments.isHrHelp')}>
          <Switch data-testid="department-is-hr" />
        </Form.Item>
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={creating || updating} data-testid="department-submit">
            {t('common.save')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
