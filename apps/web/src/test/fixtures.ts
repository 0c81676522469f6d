import { permissionsOf } from '@opsplan/domain';
import type { Role } from '@opsplan/domain';
import type { AuthPayloadFieldsFragment, PlanNodeFieldsFragment, ViewerFieldsFragment } from '../gql/graphql';

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

/** A plan node as the outline reads it; `Title <id>`, on track at 40%, no owner, department or KPI unless given. */
export function planNodeFixture(
  id: string,
  parentId: string | null,
  level: PlanNodeFieldsFragment['level'],
  extra: Partial<PlanNodeFieldsFragment> = {},
): PlanNodeFieldsFragment {
  return {
    __typename: 'PlanNode',
    id,
    planId: 'plan-1',
    parentId,
    level,
    depth: 0,
    title: `Title ${id}`,
    description: null,
    status: 'on_track',
    progress: 40,
    ownProgress: 40,
    weight: 1,
    dimension: 'marketing',
    dimensionInherited: false,
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    overdue: false,
    childCount: 0,
    sortOrder: 0,
    version: 1,
    checklist: [],
    recurrence: null,
    dependsOn: [],
    owner: null,
    department: null,
    kpi: null,
    ...extra,
  };
}
