import { useMutation } from '@apollo/client/react';
import { Button, Card, Descriptions, Flex, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanningCycleFieldsFragment } from '../../../gql/graphql';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { UPDATE_PLANNING_CYCLE_MUTATION } from '../graphql/mutations/updatePlanningCycleMutation';
import { useStageLabel } from '../hooks/useStageLabel';

interface PlanningGroupCardProps {
  cycle: PlanningCycleFieldsFragment;
  canManage: boolean;
  members: readonly { id: string; active: boolean; user: { displayName: string } }[];
  onReload: () => void;
}

interface Values {
  leaderId?: string;
  deputyLeaderId?: string;
  memberIds: string[];
  retrospective: string;
}

/** The planning group (组长, 副组长, members) and the retrospective, with last cycle's beside it. */
export function PlanningGroupCard({ cycle, canManage, members, onReload }: PlanningGroupCardProps) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const { joinNames } = useStageLabel();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<Values>();
  const [update, { loading }] = useMutation(UPDATE_PLANNING_CYCLE_MUTATION);
  const options = members.filter((m) => m.active).map((m) => ({ value: m.id, label: m.user.displayName }));
  const nameOf = (member: { user: { displayName: string } } | null | undefined) => member?.user.displayName ?? t('cycles.nobody');

  const save = async (values: Values) => {
    try {
      await update({
        variables: {
          input: {
            id: cycle.id,
            version: cycle.version,
            leaderId: values.leaderId,
            deputyLeaderId: values.deputyLeaderId,
            memberIds: values.memberIds,
            retrospective: values.retrospective,
          },
        },
      });
      void message.success(t('common.saved'));
      setEditing(false);
    } catch (error) {
      handleError(error, { form, onConflict: onReload });
    }
  };

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('cycles.group.title')}
        extra={canManage && !editing ? <Button onClick={() => setEditing(true)} data-testid="edit-planning-group">{t('common.edit')}</Button> : null}
        data-testid="planning-group"
      >
        {editing ? (
          <Form
            form={form}
            layout="vertical"
            initialValues={{ leaderId: cycle.leader?.id, deputyLeaderId: cycle.deputyLeader?.id, memberIds: cycle.memberIds, retrospective: cycle.retrospective ?? '' }}
            onFinish={(values) => void save(values)}
          >
            <Form.Item name="leaderId" label={t('cycles.group.leader')}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={options} />
            </Form.Item>
            <Form.Item name="deputyLeaderId" label={t('cycles.group.deputy')}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={options} />
            </Form.Item>
            <Form.Item name="memberIds" label={t('cycles.group.members')}>
              <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={options} />
            </Form.Item>
            <Form.Item name="retrospective" label={t('cycles.retrospective.title')} extra={t('cycles.retrospective.help')}>
              <Input.TextArea rows={5} maxLength={20000} />
            </Form.Item>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit" loading={loading}>
                {t('common.save')}
              </Button>
              <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
            </Flex>
          </Form>
        ) : (
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'leader', label: t('cycles.group.leader'), children: nameOf(cycle.leader) },
              { key: 'deputy', label: t('cycles.group.deputy'), children: nameOf(cycle.deputyLeader) },
              {
                key: 'members',
                label: t('cycles.group.members'),
                children: cycle.members.length > 0 ? joinNames(cycle.members.map((m) => m.user.displayName)) : t('cycles.nobody'),
              },
              {
                key: 'retrospective',
                label: t('cycles.retrospective.title'),
                children: cycle.retrospective ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{cycle.retrospective}</Typography.Paragraph> : t('cycles.retrospective.none'),
              },
            ]}
          />
        )}
      </Card>
      <PreviousRetrospective text={cycle.previousRetrospective} />
    </Flex>
  );
}

/** What last year's cycle said to change; shown while creating and running this one. */
export function PreviousRetrospective({ text }: { text: string | null | undefined }) {
  const { t } = useTranslation();
  return (
    <Card title={t('cycles.retrospective.previous')} size="small" data-testid="previous-retrospective">
      {text ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{text}</Typography.Paragraph> : <Typography.Text type="secondary">{t('cycles.retrospective.noPrevious')}</Typography.Text>}
    </Card>
  );
}
