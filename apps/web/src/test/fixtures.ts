import { permissionsOf } from '@opsplan/domain';
import type { Role } from '@opsplan/domain';
import type { AuthPayloadFieldsFragment, ViewerFieldsFragment } from '../gql/graphql';

export function viewerFixture(role: Role = 'admin', overrides: Partial<ViewerFieldsFragment> = {}): ViewerFieldsFragment {
  return {
    __typename: 'Viewer',
    user: { __typename: 'User', id: 'u1', email: 'li.wei@example.com', displayName: '李伟', locale: null },
    organization: {
      __typename: 'Organization',
      id: 'o1',
      name: '星河餐饮',
      currency: 'CNY',
      fiscalYearStartMonth: 1,
      version: 1,
    },
    membership: { __typename: 'Member', id: 'm1', role, active: true, version: 1, department: null },
    organizations: [{ __typename: 'OrganizationSummary', id: 'o1', name: '星河餐饮', role }],
    permissions: permissionsOf(role),
    ...overrides,
  };
}

export function authPayloadFixture(token: string, viewer: ViewerFieldsFragment = viewerFixture()): AuthPayloadFieldsFragment {
  return {
    __typename: 'AuthPayload',
    accessToken: token,
    accessTokenExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
    viewer,
  };
}
