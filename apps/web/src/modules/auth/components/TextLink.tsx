import { theme } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A router link in antd's link colour, without pulling in Typography on the sign-in page. */
export function TextLink({ to, children, testId }: { to: string; children: ReactNode; testId?: string }) {
  const { token } = theme.useToken();
  return (
    <Link to={to} data-testid={testId} style={{ color: token.colorLink, textDecoration: 'none' }}>
      {children}
    </Link>
  );
}
