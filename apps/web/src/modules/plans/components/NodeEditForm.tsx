import { useMutation } from '@apollo/client/react';
import { NODE_DEPENDENCIES_MAX, NODE_DESCRIPTION_MAX_LENGTH, RECURRENCES, STATUSES } from '@opsplan/domain';
import { Button, Flex, Form, Input, Select } from 'antd';
import { useMemo } from 'react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { PlanNodeFieldsFragment } from '../../../gql/graphql';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { UPDATE_NODE_MUTATION } from '../graphql/mutations/updateNodeMutation';
import { useVersionedWrite } from '../hooks/useVersionedWrite';
import { dependencyChoices } from '../utils/dependencies';
import type { KnownNode } from '../utils/dependencies';
import { editValuesOf, nodeEditOf } from '../utils/nodeForm';
import type { NodeEdit, NodeFormValues } from '../utils/nodeForm';
import { NodeWriteConflict } from './NodeWriteConflict';
import { NodeFormFields } from './NodeFormFields';
import type { PeopleAndDepartments } from './NodeFormFields';
import { usePlanReads } from '../hooks/usePlanReads';

interface NodeEditFormProps extends PeopleAndDepartments {
  node: PlanNodeFieldsFragment;
  /** The plan's loaded nodes, to choose dependencies from. */
  planNodes: ReadonlyMap<string, KnownNode>;
  /** Reads the node again, e.g. to drop this person's changes after a conflict. */
  onReload: () => void;
}

export function NodeEditForm({ node, planNodes, members, departments, onReload }: NodeEditFormProps) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const [form] = Form.useForm<NodeFormValues>();
  const handleError = useApiErrorHandler();
  const planReads = usePlanReads();
  const [updateNode, { loading }] = useMutation(UPDATE_NODE_MUTATION, { refetchQueries: planReads });
  const { write, conflict, reapply, discard } = useVersionedWrite(
    (edit: NodeEdit, version: number) => updateNode({ variables: { input: { id: node.id, version, ...edit } } }),
    (error) => handleError(error, { form }),
  );

  const dependencyOptions = useMemo(
    () => dependencyChoices(node.id, planNodes.values(), node.dependsOn, t('node.dependsOn.notLoaded')).map(({ value, label, level }) => ({
      value,
      label: level ? `${t(`node.levels.${level}`)} · ${label}` : label,
    })),
    [node.id, node.dependsOn, planNodes, t],
  );

  const save = async (edit: NodeEdit, version: number) => {
    if (Object.keys(edit).length === 0) {
      void message.info(t('common.nothingToSave'));
      return;
    }
    if (await write(edit, version)) void message.success(t('common.saved'));
  };

  return (
    <>
      <NodeWriteConflict
        node={node}
        conflict={conflict}
        applying={loading}
        savedText={t('common.saved')}
        reapply={reapply}
        discard={discard}
        onReload={onReload}
        members={members}
        departments={departments}
      />
      <Form
        form={form}
        name={`edit-node-${node.id}`}
        layout="vertical"
        requiredMark={false}
        initialValues={editValuesOf(node, (text) => dayjs(text))}
        onFinish={(values) => void save(nodeEditOf(node, values), node.version)}
        data-testid="node-edit-form"
      >
        <NodeFormFields members={members} departments={departments} />
        <Form.Item<NodeFormValues> label={t('node.fields.status')} name="status">
          <Select options={STATUSES.map((status) => ({ value: status, label: t(`node.statuses.${status}`) }))} />
        </Form.Item>
        <Form.Item<NodeFormValues> label={t('node.fields.recurrence')} name="recurrence">
          <Select
            allowClear
            placeholder={t('node.fields.recurrenceNone')}
            options={RECURRENCES.map((recurrence) => ({ value: recurrence, label: t(`node.recurrences.${recurrence}`) }))}
            data-testid="node-recurrence"
          />
        </Form.Item>
        <Form.Item<NodeFormValues>
          label={t('node.fields.dependsOn')}
          name="dependsOn"
          extra={t('node.dependsOn.help')}
          rules={[{ type: 'array', max: NODE_DEPENDENCIES_MAX, message: t('node.dependsOn.tooMany', { max: NODE_DEPENDENCIES_MAX }) }]}
        >
          <Select
            mode="multiple"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('node.dependsOn.placeholder')}
            options={dependencyOptions}
            data-testid="node-depends-on"
          />
        </Form.Item>
        <Form.Item<NodeFormValues> label={t('node.fields.description')} name="description" rules={[{ max: NODE_DESCRIPTION_MAX_LENGTH }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Flex justify="flex-end">
          <Button type="primary" htmlType="submit" loading={loading} data-testid="node-save">
            {t('common.save')}
          </Button>
        </Flex>
      </Form>
    </>
  );
}
