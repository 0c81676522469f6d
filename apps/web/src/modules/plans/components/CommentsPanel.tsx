import { useMutation } from '@apollo/client/react';
import { COMMENT_MAX_LENGTH } from '@opsplan/domain';
import { Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommentFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../i18n/dates';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { ADD_COMMENT_MUTATION } from '../graphql/mutations/addCommentMutation';

interface CommentsPanelProps {
  nodeId: string;
  comments: CommentFieldsFragment[];
  canComment: boolean;
}

export function CommentsPanel({ nodeId, comments, canComment }: CommentsPanelProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ body: string }>();
  const handleError = useApiErrorHandler();
  const [addComment, { loading }] = useMutation(ADD_COMMENT_MUTATION, { refetchQueries: ['NodeDetails'] });

  const onFinish = async ({ body }: { body: string }) => {
    try {
      await addComment({ variables: { input: { nodeId, body: body.trim() } } });
      form.resetFields();
    } catch (error) {
      handleError(error, { form });
    }
  };

  return (
    <Flex vertical gap={12} data-testid="node-comments">
      {comments.length === 0 ? <Typography.Text type="secondary">{t('node.comments.empty')}</Typography.Text> : null}
      {comments.map((comment) => (
        <div key={comment.id} data-testid={`comment-${comment.id}`}>
          <Flex gap={8} align="baseline">
            <Typography.Text strong>{comment.author?.user.displayName ?? t('node.comments.removedAuthor')}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(comment.createdAt)}
            </Typography.Text>
          </Flex>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{comment.body}</Typography.Paragraph>
        </div>
      ))}
      {canComment ? (
        <Form form={form} name={`comment-${nodeId}`} requiredMark={false} onFinish={(values) => void onFinish(values)}>
          <Form.Item
            name="body"
            rules={[{ required: true, whitespace: true, message: t('node.comments.required') }, { max: COMMENT_MAX_LENGTH }]}
          >
            <Input.TextArea
              placeholder={t('node.comments.placeholder')}
              aria-label={t('node.comments.title')}
              autoSize={{ minRows: 2, maxRows: 6 }}
              data-testid="comment-input"
            />
          </Form.Item>
          <Flex justify="flex-end">
            <Button htmlType="submit" loading={loading} data-testid="comment-submit">
              {t('node.comments.submit')}
            </Button>
          </Flex>
        </Form>
      ) : null}
    </Flex>
  );
}
