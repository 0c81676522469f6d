import { Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Nothing to show: an executive's organisation has no departments, or the viewer is in none. */
export function NoDepartment({ canPickAny }: { canPickAny: boolean }) {
  const { t } = useTranslation();
  return (
    <Card data-testid="no-department">
      <Empty
        description={
          <Flex vertical gap={4} align="center">
            <Typography.Text strong>{t(canPickAny ? 'departmentView.noDepartmentsTitle' : 'departmentView.notInDepartmentTitle')}</Typography.Text>
            <Typography.Text type="secondary">{t(canPickAny ? 'departmentView.noDepartmentsHelp' : 'departmentView.notInDepartmentHelp')}</Typography.Text>
          </Flex>
        }
      />
    </Card>
  );
}
