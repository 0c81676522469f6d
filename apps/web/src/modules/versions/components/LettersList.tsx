import { CheckCircleOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Empty, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResponsibilityLettersQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../i18n/dates';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { useViewer } from '../../session/hooks/useViewer';
import { ACKNOWLEDGE_LETTER_MUTATION } from '../graphql/mutations/planVersionMutations';
import { RESPONSIBILITY_LETTERS_QUERY } from '../graphql/queries/planVersionsQuery';
import { useLetterPdf } from '../hooks/useLetterPdf';

type Letter = ResponsibilityLettersQuery['responsibilityLetters'][number];

function LetterCard({ letter, isOwner }: { letter: Letter; isOwner: boolean }) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const { download, downloading } = useLetterPdf();
  const [acknowledge, { loading }] = useMutation(ACKNOWLEDGE_LETTER_MUTATION);
  return (
    <Card
      data-testid={`letter-${letter.id}`}
      title={
        <Flex gap={8} align="center" wrap>
          <span>{letter.ownerName}</span>
          <Tag>{t(`letters.kinds.${letter.kind}`)}</Tag>
          {letter.departments.map((d) => (
            <Tag key={d.id} color="blue">
              {d.name}
            </Tag>
          ))}
        </Flex>
      }
      extra={
        <Flex gap={8}>
          <Button icon={<FilePdfOutlined />} loading={downloading === letter.id} onClick={() => void download(letter)} data-testid="letter-pdf">
            {t('letters.pdf')}
          </Button>
          {isOwner && !letter.acknowledgedAt ? (
            <Button
              type="primary"
              icon={<CheckCircleOutlined />}
              loading={loading}
              data-testid="letter-acknowledge"
              onClick={() =>
                void acknowledge({ variables: { id: letter.id } })
                  .then(() => message.success(t('letters.acknowledged')))
                  .catch((error: unknown) => handleError(error))
              }
            >
              {t('letters.acknowledge')}
            </Button>
          ) : null}
        </Flex>
      }
    >
      {letter.acknowledgedAt ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="letter-acknowledged"
          title={t('letters.acknowledgedBy', { name: letter.acknowledgedBy?.displayName ?? letter.ownerName, time: formatDateTime(letter.acknowledgedAt) })}
        />
      ) : (
        <Typography.Paragraph type="secondary">{t('letters.notAcknowledged')}</Typography.Paragraph>
      )}
      {letter.departments.some((d) => d.budgetEnvelope !== null || d.standardHeadcount !== null) ? (
        <Descriptions
          size="small"
          column={2}
          style={{ marginBottom: 12 }}
          items={letter.departments.flatMap((d) => [
            { key: `${d.id}-budget`, label: t('letters.budget', { department: d.name }), children: d.budgetEnvelope ?? '—' },
            { key: `${d.id}-headcount`, label: t('letters.headcount', { department: d.name }), children: d.standardHeadcount ?? '—' },
          ])}
        />
      ) : null}
      <Table
        rowKey="nodeId"
        size="small"
        pagination={false}
        dataSource={letter.items}
        locale={{ emptyText: t('letters.noItems') }}
        scroll={{ x: 640 }}
        columns={[
          { title: t('versions.fields.level'), key: 'level', width: 90, render: (_, item) => t(`node.levels.${item.level}`) },
          { title: t('versions.fields.title'), dataIndex: 'title', key: 'title' },
          {
            title: t('letters.target'),
            key: 'kpi',
            render: (_, item) =>
              item.kpi ? `${item.kpi.name}: ${item.kpi.baseline} → ${item.kpi.target}${item.kpi.unit ? ` ${item.kpi.unit}` : ''}` : '—',
          },
          { title: t('versions.fields.department'), key: 'department', render: (_, item) => item.departmentName ?? '—' },
          { title: t('versions.fields.dueDate'), key: 'due', width: 110, render: (_, item) => item.dueDate ?? '—' },
        ]}
      />
    </Card>
  );
}

/** A version's target-responsibility letters: every one for executives, one's own for anyone else. */
export function LettersList({ versionId }: { versionId: string }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data, loading, error } = useQuery(RESPONSIBILITY_LETTERS_QUERY, { variables: { versionId }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <Alert type="error" showIcon title={t('errors.loadFailed')} />;
  if (loading && !data) return <Skeleton active />;
  const letters = data?.responsibilityLetters ?? [];
  if (letters.length === 0) return <Empty description={t('letters.empty')} />;
  return (
    <Flex vertical gap={16} data-testid="letters">
      {letters.map((letter) => (
        <LetterCard key={letter.id} letter={letter} isOwner={letter.owner?.id === viewer?.membership?.id} />
      ))}
    </Flex>
  );
}
