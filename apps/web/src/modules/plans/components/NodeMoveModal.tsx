import { levelIndex } from '@opsplan/domain';
import { Button, Flex, Form, Modal, Select, TreeSelect, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanNodeRowFieldsFragment } from '../../../gql/graphql';
import type { useNodeMove } from '../hooks/useNodeMove';
import { currentSlot, deepestParentLevel, refuseParent, siblingsFor, slotSortOrder } from '../utils/moveTarget';
import type { MoveContext } from '../utils/moveTarget';
import type { OutlineRow } from '../utils/outlineTree';
import type { PeopleAndDepartments } from './NodeFormFields';
import { NodeWriteConflict } from './NodeWriteConflict';

type Row = OutlineRow<PlanNodeRowFieldsFragment>;

interface NodeMoveModalProps extends PeopleAndDepartments {
  /** The node to move; null keeps the dialog closed. */
  node: PlanNodeRowFieldsFragment | null;
  ctx: MoveContext<PlanNodeRowFieldsFragment>;
  /** The loaded outline, unfiltered. */
  tree: readonly Row[];
  mover: ReturnType<typeof useNodeMove>;
  /** Loads the children of a node the outline has not loaded yet (tasks under a project). */
  loadChildren: (id: string) => Promise<void>;
  onReload: () => void;
  onClose: () => void;
}

export function NodeMoveModal({ node, onClose, ...rest }: NodeMoveModalProps) {
  const { t } = useTranslation();
  return (
    <Modal open={node !== null} title={node ? t('node.move.title', { title: node.title }) : null} onCancel={onClose} footer={null} destroyOnHidden>
      {node ? <NodeMoveForm key={node.id} node={node} onClose={onClose} {...rest} /> : null}
    </Modal>
  );
}

/** A place among the new parent's children: before the sibling with this id, or END. */
const END = 'end';

interface MoveFormValues {
  newParentId: string;
  place: string;
}

interface ParentOption {
  value: string;
  title: string;
  disabled: boolean;
  isLeaf: boolean;
  children?: ParentOption[];
}

function NodeMoveForm({ node, ctx, tree, mover, loadChildren, onReload, onClose, members, departments }: NodeMoveModalProps & { node: PlanNodeRowFieldsFragment }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MoveFormValues>();

  const placesUnder = (parentId: string) => siblingsFor(ctx, parentId, node);
  const placeNow = placesUnder(node.parentId ?? '')[currentSlot(ctx, node)]?.id ?? END;
  const parentId = Form.useWatch('newParentId', form) ?? node.parentId ?? '';
  const place = Form.useWatch('place', form) ?? placeNow;

  // Only the levels that can hold the node are listed; deeper ones cannot be its parent.
  const deepest = deepestParentLevel(node.level);
  const options = useMemo(() => {
    const toOptions = (rows: readonly Row[]): ParentOption[] =>
      rows
        .filter((row) => levelIndex(row.level) <= deepest)
        .map((row) => {
          const mayHoldBelow = levelIndex(row.level) < deepest && row.childCount > 0;
          const children = mayHoldBelow && row.children && row.children.length > 0 ? toOptions(row.children) : undefined;
          return {
            value: row.id,
            title: `${t(`node.levels.${row.level}`)} · ${row.title}`,
            disabled: refuseParent(ctx, node, row.id) !== null,
            // Not a leaf and no children yet: the tree asks loadData for them when opened.
            isLeaf: !mayHoldBelow,
            children,
          };
        });
    return toOptions(tree);
  }, [ctx, deepest, node, t, tree]);

  const ancestors = useMemo(() => {
    const ids: string[] = [];
    for (let id = node.parentId; id !== null; id = ctx.byId.get(id)?.parentId ?? null) ids.unshift(id);
    return ids;
  }, [ctx, node]);

  const parent = ctx.byId.get(parentId);
  const siblings = placesUnder(parentId);
  // Children not loaded yet: only "last" is known to be right.
  const childrenKnown = parent !== undefined && (parent.childCount === 0 || ctx.children.has(parentId));
  const placeOptions = [
    ...(childrenKnown
      ? siblings.map((sibling, index) => ({
          value: sibling.id,
          label: index === 0 ? t('node.move.first') : t('node.move.after', { title: siblings[index - 1].title }),
        }))
      : []),
    { value: END, label: siblings.length > 0 && childrenKnown ? t('node.move.after', { title: siblings[siblings.length - 1].title }) : t('node.move.last') },
  ];
  const unchanged = parentId === node.parentId && place === placeNow;

  const onParentChange = (id: string) => {
    form.setFieldValue('place', id === node.parentId ? placeNow : END);
    const chosen = ctx.byId.get(id);
    if (chosen && chosen.childCount > 0 && !ctx.children.has(id)) void loadChildren(id).catch(() => undefined);
  };

  const onFinish = async (values: MoveFormValues) => {
    const slot = siblings.findIndex((sibling) => sibling.id === values.place);
    await mover.move({ node, parentId: values.newParentId, sortOrder: slot < 0 ? null : slotSortOrder(siblings, slot) });
  };

  return (
    <>
      <NodeWriteConflict
        node={mover.conflict?.fields.node ?? node}
        conflict={mover.conflict}
        applying={mover.moving}
        reapply={mover.reapply}
        discard={mover.discard}
        onReload={onReload}
        members={members}
        departments={departments}
      />
      <Typography.Paragraph type="secondary">{t('node.move.help')}</Typography.Paragraph>
      <Form<MoveFormValues>
        form={form}
        name="move-node"
        layout="vertical"
        requiredMark={false}
        initialValues={{ newParentId: node.parentId ?? undefined, place: placeNow }}
        onFinish={(values) => void onFinish(values)}
        data-testid="node-move-form"
      >
        <Form.Item<MoveFormValues> label={t('node.move.parent')} name="newParentId" extra={t('node.move.parentHelp')} rules={[{ required: true }]}>
          <TreeSelect<string>
            treeData={options}
            treeDefaultExpandedKeys={ancestors}
            loadData={({ value }) => (typeof value === 'string' ? loadChildren(value).catch(() => undefined) : Promise.resolve())}
            showSearch={{ treeNodeFilterProp: 'title' }}
            onChange={onParentChange}
            data-testid="node-move-parent"
          />
        </Form.Item>
        <Form.Item<MoveFormValues> label={t('node.move.position')} name="place" extra={unchanged ? t('node.move.unchanged') : undefined}>
          <Select options={placeOptions} data-testid="node-move-place" />
        </Form.Item>
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={mover.moving} disabled={unchanged} data-testid="node-move-submit">
            {t('node.move.submit')}
          </Button>
        </Flex>
      </Form>
    </>
  );
}
