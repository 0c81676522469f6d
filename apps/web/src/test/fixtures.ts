import { permissionsOf } from '@opsplan/domain';
import type { Role } from '@opsplan/domain';
import type { AuthPayloadFieldsFragment, PlanNodeFieldsFragment, PlanNodeRowFieldsFragment, ViewerFieldsFragment } from '../gql/graphql';

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

/** A plan node as the lists read it (PlanNodeRowFields); `Title <id>`, on track at 40%, no owner, department or KPI unless given. */
export function planNodeRowFixture(
  id: string,
  parentId: string | null,
  level: PlanNodeRowFieldsFragment['level'],
  extra: Partial<PlanNodeRowFieldsFragment> = {},
): PlanNodeRowFieldsFragment {
  return {
    __typename: 'PlanNode',
    id,
    planId: 'plan-1',
    parentId,
    level,
    depth: 0,
    title: `Title ${id}`,
    status: 'on_track',
    progress: 40,
    ownProgress: 40,
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    overdue: false,
    childCount: 0,
    sortOrder: 0,
    version: 1,
    checklist: [],
    recurrence: null,
    owner: null,
    department: null,
    kpi: null,
    ...extra,
  };
}

/** The whole node, as the drawer and every node write read it: the row's fields and the rest (no description, weight 1). */
export function planNodeFixture(
  id: string,
  parentId: string | null,
  level: PlanNodeFieldsFragment['level'],
  extra: Partial<PlanNodeFieldsFragment> = {},
): PlanNodeFieldsFragment {
  return {
    ...planNodeRowFixture(id, parentId, level),
    description: null,
    weight: 1,
    dimension: 'marketing',
    dimensionInherited: false,
    dependsOn: [],
    checklist: [],
    kpi: null,
    ...extra,
  };
}
