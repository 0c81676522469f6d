import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { dependencyRows, waitingOn } from '../utils/dependencies';
import type { KnownNode } from '../utils/dependencies';
import { NodeStatusTag } from './NodeTags';

interface NodeDependenciesProps {
  dependsOn: readonly string[];
  /** The nodes the page has loaded, to name each dependency and tell whether it is done. */
  byId: ReadonlyMap<string, KnownNode>;
}

/** "Depends on": what must finish first, each with its status, and how many are still open. */
export function NodeDependencies({ dependsOn, byId }: NodeDependenciesProps) {
  const { t } = useTranslation();
  if (dependsOn.length === 0) return null;
  const rows = dependencyRows(dependsOn, byId);
  const waiting = waitingOn(rows);
  return (
    <Flex vertical gap={4} data-testid="node-dependencies">
      <Flex gap={8} align="center">
        <Typography.Text strong>{t('node.dependsOn.title')}</Typography.Text>
        {waiting > 0 ? (
          <Tag color="warning" data-testid="dependencies-waiting">
            {t('node.dependsOn.waiting', { count: waiting })}
          </Tag>
        ) : null}
      </Flex>
      {rows.map((row) => (
        <Flex key={row.id} gap={8} align="center" data-testid={`dependency-${row.id}`}>
          {row.status ? <NodeStatusTag status={row.status} /> : null}
          {row.title !== null ? <Typography.Text>{row.title}</Typography.Text> : <Typography.Text type="secondary">{t('node.dependsOn.notLoaded')}</Typography.Text>}
        </Flex>
      ))}
    </Flex>
  );
}
