import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { CHECKLIST_ITEM_MAX_LENGTH, CHECKLIST_MAX_ITEMS } from '@opsplan/domain';
import { Button, Checkbox, Flex, Form, Input, Progress, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanNodeFieldsFragment } from '../../../gql/graphql';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { SET_NODE_CHECKLIST_MUTATION } from '../graphql/mutations/setNodeChecklistMutation';
import { useVersionedWrite } from '../hooks/useVersionedWrite';
import { checklistCount, editedChecklist, retick, tickItem } from '../utils/checklist';
import type { ChecklistItem, ChecklistTick } from '../utils/checklist';
import type { PeopleAndDepartments } from './NodeFormFields';
import { NodeWriteConflict } from './NodeWriteConflict';

interface NodeChecklistProps extends PeopleAndDepartments {
  node: PlanNodeFieldsFragment;
  /** May tick items off: the owner, or anyone who may report the node's progress (the API checks again). */
  canTick: boolean;
  /** May add, rename and remove items: whoever may update the node. */
  canEdit: boolean;
  /** Reads the node again, e.g. to drop this person's change after a conflict. */
  onReload: () => void;
}

/** What is saved: the whole list, and the tick it came from when it was one (to make again on a newer list). */
interface ChecklistWrite {
  items: ChecklistItem[];
  tick?: ChecklistTick;
}

interface EditValues {
  items: { text?: string; done?: boolean }[];
}

/**
 * The node's checklist in the drawer. A tick shows at once and is saved with
 * the version read (rolled back if the save fails); someone else's change in
 * between is shown like the drawer's other edits, and re-applying makes the
 * same tick on their list. Planners edit the items themselves in place.
 */
export function NodeChecklist({ node, canTick, canEdit, onReload, members, departments }: NodeChecklistProps) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<EditValues>();
  const [setChecklist, { loading }] = useMutation(SET_NODE_CHECKLIST_MUTATION);
  const [optimistic, setOptimistic] = useState<ChecklistItem[] | null>(null);
  const [editing, setEditing] = useState(false);
  const { write, conflict, discard } = useVersionedWrite(
    (change: ChecklistWrite, version: number) => setChecklist({ variables: { input: { id: node.id, version, checklist: change.items } } }),
    (error) => handleError(error, { form }),
  );
  const items = optimistic ?? node.checklist;
  const { done, total } = checklistCount(items);

  // A saved list comes back as the node's next version (the drawer then shows it afresh); a refused one rolls back.
  const save = async (change: ChecklistWrite, version: number): Promise<boolean> => {
    setOptimistic(change.items);
    const saved = await write(change, version);
    if (!saved) setOptimistic(null);
    return saved;
  };

  const tick = (index: number, checked: boolean) =>
    void save({ items: tickItem(items, index, checked), tick: { index, text: items[index].text, done: checked } }, node.version);

  const reapply = () => {
    if (!conflict) return Promise.resolve(false);
    const { current, fields } = conflict;
    const next = fields.tick && current.checklist ? retick(current.checklist, fields.tick) : fields.items;
    return save({ items: next, tick: fields.tick }, current.version);
  };

  const saveEdit = async (values: EditValues) => {
    if (await save({ items: editedChecklist(values.items) }, node.version)) {
      setEditing(false);
      void message.success(t('node.checklist.saved'));
    }
  };

  return (
    <Flex vertical gap={8} data-testid="node-checklist">
      <NodeWriteConflict
        node={node}
        conflict={conflict}
        applying={loading}
        reapply={reapply}
        discard={() => {
          discard();
          setOptimistic(null);
        }}
        onReload={onReload}
        members={members}
        departments={departments}
      />
      {total > 0 ? (
        <Flex gap={12} align="center">
          <Progress percent={Math.round((done / total) * 100)} size="small" showInfo={false} style={{ flex: 1, margin: 0 }} />
          <Typography.Text type="secondary" data-testid="checklist-progress">
            {t('node.checklist.progress', { done, total })}
          </Typography.Text>
        </Flex>
      ) : null}
      {editing ? (
        <Form<EditValues>
          form={form}
          name={`checklist-${node.id}`}
          initialValues={{ items: items.map((item) => ({ ...item })) }}
          onFinish={(values) => void saveEdit(values)}
          data-testid="checklist-form"
        >
          <Form.List name="items">
            {(rows, { add, remove }) => (
              <Flex vertical gap={4}>
                {rows.map((row, index) => (
                  <Flex key={row.key} gap={8} align="flex-start">
                    <Form.Item name={[row.name, 'done']} valuePropName="checked" style={{ marginBottom: 0 }}>
                      <Checkbox aria-label={t('node.fields.checklist')} />
                    </Form.Item>
                    <Form.Item
                      name={[row.name, 'text']}
                      style={{ flex: 1, marginBottom: 0 }}
                      rules={[{ required: true, whitespace: true, message: t('node.checklist.itemRequired') }, { max: CHECKLIST_ITEM_MAX_LENGTH }]}
                    >
                      <Input placeholder={t('node.checklist.itemPlaceholder')} data-testid={`checklist-text-${index}`} />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('node.checklist.remove', { text: (form.getFieldValue(['items', row.name, 'text']) as string | undefined) ?? '' })}
                      onClick={() => remove(row.name)}
                      data-testid={`checklist-remove-${index}`}
                    />
                  </Flex>
                ))}
                <Flex gap={8} justify="space-between" wrap>
                  <Button
                    icon={<PlusOutlined />}
                    disabled={rows.length >= CHECKLIST_MAX_ITEMS}
                    title={rows.length >= CHECKLIST_MAX_ITEMS ? t('node.checklist.tooMany', { max: CHECKLIST_MAX_ITEMS }) : undefined}
                    onClick={() => add({ text: '', done: false })}
                    data-testid="checklist-add"
                  >
                    {t('node.checklist.add')}
                  </Button>
                  <Flex gap={8}>
                    <Button
                      onClick={() => {
                        form.resetFields();
                        setEditing(false);
                      }}
                    >
                      {t('common.cancel')}
                    </Button>
                    <Button type="primary" htmlType="submit" loading={loading} data-testid="checklist-save">
                      {t('common.save')}
                    </Button>
                  </Flex>
                </Flex>
              </Flex>
            )}
          </Form.List>
        </Form>
      ) : (
        <>
          {total === 0 ? <Typography.Text type="secondary">{t('node.checklist.empty')}</Typography.Text> : null}
          {items.map((item, index) => (
            <Checkbox
              key={`${index}-${item.text}`}
              checked={item.done}
              disabled={!canTick || loading}
              onChange={(event) => tick(index, event.target.checked)}
              data-testid={`checklist-item-${index}`}
            >
              <Typography.Text delete={item.done} type={item.done ? 'secondary' : undefined}>
                {item.text}
              </Typography.Text>
            </Checkbox>
          ))}
          {canEdit ? (
            <Flex>
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="checklist-edit">
                {t('node.checklist.edit')}
              </Button>
            </Flex>
          ) : null}
        </>
      )}
    </Flex>
  );
}
