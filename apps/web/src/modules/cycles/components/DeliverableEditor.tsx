import { DeleteOutlined, DownloadOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Input, List, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleStageQuery } from '../../../gql/graphql';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { readNodeConflict } from '../../plans/utils/nodeConflict';
import { ADD_ATTACHMENT_MUTATION, REMOVE_ATTACHMENT_MUTATION, UPDATE_DELIVERABLE_MUTATION } from '../graphql/mutations/deliverableMutations';
import { ATTACHMENT_CONTENT_QUERY } from '../graphql/queries/attachmentContentQuery';
import { CYCLE_STAGE_QUERY } from '../graphql/queries/cycleStageQuery';
import { useStageLabel } from '../hooks/useStageLabel';
import { base64ToBlob, fitsAttachmentLimit, formatBytes, readFileAsBase64, saveBlob } from '../utils/attachments';
import { richTextToReact } from '../utils/richText';

type Deliverable = CycleStageQuery['cycleStage']['deliverables'][number];

interface DeliverableEditorProps {
  deliverable: Deliverable;
  /** The person may work on the stage now (decideStageAction 'edit'). */
  editable: boolean;
}

/**
 * One deliverable: its text, shown safely formatted and edited as plain text,
 * and its attachments (at most 180 KB each). Saving names the version read;
 * when someone saved first, their text is shown and this person's is kept.
 */
export function DeliverableEditor({ deliverable, editable }: DeliverableEditorProps) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const client = useApolloClient();
  const { deliverableLabel } = useStageLabel();
  const [draft, setDraft] = useState<string | null>(null);
  const [theirs, setTheirs] = useState<{ body: string; version: number } | null>(null);
  const refetchStage = { refetchQueries: [CYCLE_STAGE_QUERY], awaitRefetchQueries: true };
  // Saving may start the stage (a new status and version), like attaching: read it again, or Submit names a stale version.
  const [save, { loading: saving }] = useMutation(UPDATE_DELIVERABLE_MUTATION, refetchStage);
  const [attach, { loading: attaching }] = useMutation(ADD_ATTACHMENT_MUTATION, refetchStage);
  const [remove] = useMutation(REMOVE_ATTACHMENT_MUTATION, refetchStage);

  const write = async (body: string, version: number) => {
    try {
      await save({ variables: { input: { id: deliverable.id, body, version } } });
      setDraft(null);
      setTheirs(null);
      void message.success(t('common.saved'));
    } catch (error) {
      const current = readNodeConflict(error) as unknown as { body?: string; version: number } | null;
      if (current) setTheirs({ body: current.body ?? '', version: current.version });
      else handleError(error);
    }
  };

  const upload = async (file: File) => {
    if (!fitsAttachmentLimit(file.size)) {
      void message.error(t('cycles.deliverables.tooLarge', { size: formatBytes(file.size) }));
      return;
    }
    try {
      const contentBase64 = await readFileAsBase64(file);
      await attach({ variables: { input: { deliverableId: deliverable.id, filename: file.name, contentType: file.type || 'application/octet-stream', contentBase64 } } });
      void message.success(t('cycles.deliverables.attached', { name: file.name }));
    } catch (error) {
      handleError(error);
    }
  };

  const download = async (id: string) => {
    try {
      const { data } = await client.query({ query: ATTACHMENT_CONTENT_QUERY, variables: { id }, fetchPolicy: 'network-only' });
      if (!data) return;
      const content = data.attachmentContent;
      saveBlob(base64ToBlob(content.contentBase64, content.contentType), content.filename);
    } catch (error) {
      handleError(error);
    }
  };

  return (
    <Card size="small" title={deliverableLabel(deliverable.name)} data-testid={`deliverable-${deliverable.id}`}>
      {theirs ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('cycles.deliverables.conflict')}
          description={
            <Flex vertical gap={8}>
              <div style={{ maxHeight: 200, overflow: 'auto', background: '#fafafa', padding: 8 }}>{richTextToReact(theirs.body)}</div>
              <Flex gap={8}>
                <Button size="small" type="primary" loading={saving} onClick={() => void write(draft ?? '', theirs.version)}>
                  {t('node.conflict.reapply')}
                </Button>
                <Button
                  size="small"
                  onClick={() => {
                    setTheirs(null);
                    setDraft(null);
                    void client.refetchQueries({ include: [CYCLE_STAGE_QUERY] });
                  }}
                >
                  {t('node.conflict.discard')}
                </Button>
              </Flex>
            </Flex>
          }
        />
      ) : null}
      {draft !== null ? (
        <Flex vertical gap={8}>
          <Input.TextArea
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            autoSize={{ minRows: 6, maxRows: 20 }}
            maxLength={100_000}
            aria-label={deliverableLabel(deliverable.name)}
            data-testid="deliverable-body"
          />
          <Typography.Text type="secondary">{t('cycles.deliverables.formatHelp')}</Typography.Text>
          <Flex gap={8}>
            <Button type="primary" loading={saving} onClick={() => void write(draft, deliverable.version)} data-testid="deliverable-save">
              {t('common.save')}
            </Button>
            <Button onClick={() => setDraft(null)}>{t('common.cancel')}</Button>
          </Flex>
        </Flex>
      ) : (
        <Flex vertical gap={8}>
          <div className="deliverable-body" data-testid="deliverable-view">
            {deliverable.body.trim() ? richTextToReact(deliverable.body) : <Typography.Text type="secondary">{t('cycles.deliverables.empty')}</Typography.Text>}
          </div>
          {editable ? (
            <div>
              <Button onClick={() => setDraft(deliverable.body)} data-testid="deliverable-edit">
                {t('common.edit')}
              </Button>
            </div>
          ) : null}
        </Flex>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('cycles.deliverables.attachments')}
      </Typography.Title>
      <List
        size="small"
        dataSource={deliverable.attachments}
        locale={{ emptyText: t('cycles.deliverables.noAttachments') }}
        renderItem={(file) => (
          <List.Item
            actions={[
              <Button key="download" size="small" icon={<DownloadOutlined />} onClick={() => void download(file.id)} aria-label={t('cycles.deliverables.download', { name: file.filename })}>
                {t('cycles.deliverables.downloadShort')}
              </Button>,
              ...(editable
                ? [
                    <Button
                      key="remove"
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('cycles.deliverables.remove', { name: file.filename })}
                      onClick={() => void remove({ variables: { id: file.id } }).catch((error: unknown) => handleError(error))}
                    />,
                  ]
                : []),
            ]}
          >
            <PaperClipOutlined /> {file.filename} <Typography.Text type="secondary">({formatBytes(file.size)})</Typography.Text>
          </List.Item>
        )}
      />
      {editable ? (
        <Upload
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<PaperClipOutlined />} loading={attaching} style={{ marginTop: 8 }} data-testid="deliverable-attach">
            {t('cycles.deliverables.attach')}
          </Button>
        </Upload>
      ) : null}
    </Card>
  );
}
