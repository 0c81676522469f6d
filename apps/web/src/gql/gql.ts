/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditLog($first: Int!, $after: String, $entity: String) {\n    auditLog(first: $first, after: $after, entity: $entity) {\n      nextCursor\n      items {\n        id\n        entity\n        entityId\n        action\n        createdAt\n        actor {\n          id\n          displayName\n          email\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  fragment DepartmentFields on Department {\n    id\n    name\n    parentId\n    sortOrder\n    memberCount\n    version\n    manager {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.DepartmentFieldsFragmentDoc,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.CreateDepartmentDocument,
    "\n  mutation DeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.DeleteDepartmentDocument,
    "\n  mutation RestoreDepartment($id: ID!) {\n    restoreDepartment(id: $id) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.RestoreDepartmentDocument,
    "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.UpdateDepartmentDocument,
    "\n  query Departments {\n    departments {\n      ...DepartmentFields\n    }\n    members {\n      id\n      active\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    role\n    email\n    expiresAt\n    acceptedAt\n    revokedAt\n    createdAt\n    department {\n      id\n      name\n    }\n    invitedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      token\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n": typeof types.CreateInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organizationName\n      role\n      inviterName\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  fragment MemberFields on Member {\n    id\n    role\n    active\n    joinedAt\n    version\n    user {\n      id\n      email\n      displayName\n    }\n    department {\n      id\n      name\n    }\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...MemberFields\n    }\n  }\n": typeof types.UpdateMemberDocument,
    "\n  query Members {\n    members(includeInactive: true) {\n      ...MemberFields\n    }\n    departments {\n      id\n      name\n      parentId\n      sortOrder\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query MyWork {\n    myWork {\n      ...PlanNodeFields\n    }\n  }\n": typeof types.MyWorkDocument,
    "\n  fragment OrganizationFields on Organization {\n    id\n    name\n    currency\n    fiscalYearStartMonth\n    createdAt\n    version\n  }\n": typeof types.OrganizationFieldsFragmentDoc,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationFields\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  query Organization {\n    organization {\n      ...OrganizationFields\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  query Overview {\n    members {\n      id\n      active\n    }\n    departments {\n      id\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  fragment CheckInFields on NodeCheckIn {\n    id\n    nodeId\n    progress\n    kpiActual\n    confidence\n    note\n    createdAt\n    author {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CheckInFieldsFragmentDoc,
    "\n  fragment CommentFields on NodeComment {\n    id\n    nodeId\n    body\n    createdAt\n    author {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  fragment PlanFields on Plan {\n    id\n    year\n    name\n    status\n    progress\n    version\n  }\n": typeof types.PlanFieldsFragmentDoc,
    "\n  fragment PlanNodeFields on PlanNode {\n    id\n    planId\n    parentId\n    level\n    depth\n    title\n    description\n    status\n    progress\n    ownProgress\n    weight\n    dimension\n    dimensionInherited\n    startDate\n    dueDate\n    overdue\n    childCount\n    sortOrder\n    version\n    owner {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    department {\n      id\n      name\n    }\n    kpi {\n      name\n      unit\n      baseline\n      target\n      actual\n      direction\n      progress\n    }\n  }\n": typeof types.PlanNodeFieldsFragmentDoc,
    "\n  mutation AddCheckIn($input: AddCheckInInput!) {\n    addCheckIn(input: $input) {\n      ...CheckInFields\n    }\n  }\n": typeof types.AddCheckInDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation CreateNode($input: CreateNodeInput!) {\n    createNode(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n": typeof types.CreateNodeDocument,
    "\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n": typeof types.CreatePlanDocument,
    "\n  mutation DeleteNode($input: DeleteNodeInput!) {\n    deleteNode(input: $input) {\n      id\n      title\n      parentId\n      version\n    }\n  }\n": typeof types.DeleteNodeDocument,
    "\n  mutation RestoreNode($id: ID!) {\n    restoreNode(id: $id) {\n      ...PlanNodeFields\n    }\n  }\n": typeof types.RestoreNodeDocument,
    "\n  mutation UpdateNode($input: UpdateNodeInput!) {\n    updateNode(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n": typeof types.UpdateNodeDocument,
    "\n  mutation UpdatePlanStatus($input: UpdatePlanStatusInput!) {\n    updatePlanStatus(input: $input) {\n      ...PlanFields\n    }\n  }\n": typeof types.UpdatePlanStatusDocument,
    "\n  mutation UpdateProgress($input: UpdateProgressInput!) {\n    updateProgress(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n": typeof types.UpdateProgressDocument,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      ...PlanNodeFields\n    }\n    checkIns(nodeId: $id) {\n      ...CheckInFields\n    }\n    comments(nodeId: $id) {\n      ...CommentFields\n    }\n  }\n": typeof types.NodeDetailsDocument,
    "\n  query NodeSubtree($id: ID!) {\n    nodeSubtree(id: $id) {\n      ...PlanNodeFields\n    }\n  }\n": typeof types.NodeSubtreeDocument,
    "\n  query OperationsIndex($planId: ID!, $nodeId: ID) {\n    operationsIndex(planId: $planId, nodeId: $nodeId) {\n      index\n      progress\n      weakest\n      dimensions {\n        dimension\n        progress\n      }\n    }\n  }\n": typeof types.OperationsIndexDocument,
    "\n  query PlanOutline($planId: ID!, $depth: Int!) {\n    planOutline(planId: $planId, depth: $depth) {\n      ...PlanNodeFields\n    }\n  }\n": typeof types.PlanOutlineDocument,
    "\n  query Plans {\n    plans {\n      ...PlanFields\n    }\n  }\n": typeof types.PlansDocument,
    "\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      email\n      displayName\n      locale\n    }\n    organization {\n      id\n      name\n      currency\n      fiscalYearStartMonth\n      version\n    }\n    membership {\n      id\n      role\n      active\n      version\n      department {\n        id\n        name\n      }\n    }\n    organizations {\n      id\n      name\n      role\n    }\n    permissions\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SwitchOrganizationDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      email\n      displayName\n      locale\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  subscription OrganizationEvents {\n    organizationEvents {\n      entity\n      entityId\n      action\n      actorId\n    }\n  }\n": typeof types.OrganizationEventsDocument,
};
const documents: Documents = {
    "\n  query AuditLog($first: Int!, $after: String, $entity: String) {\n    auditLog(first: $first, after: $after, entity: $entity) {\n      nextCursor\n      items {\n        id\n        entity\n        entityId\n        action\n        createdAt\n        actor {\n          id\n          displayName\n          email\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.SignUpDocument,
    "\n  fragment DepartmentFields on Department {\n    id\n    name\n    parentId\n    sortOrder\n    memberCount\n    version\n    manager {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.DepartmentFieldsFragmentDoc,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n": types.CreateDepartmentDocument,
    "\n  mutation DeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id) {\n      id\n      name\n    }\n  }\n": types.DeleteDepartmentDocument,
    "\n  mutation RestoreDepartment($id: ID!) {\n    restoreDepartment(id: $id) {\n      ...DepartmentFields\n    }\n  }\n": types.RestoreDepartmentDocument,
    "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n": types.UpdateDepartmentDocument,
    "\n  query Departments {\n    departments {\n      ...DepartmentFields\n    }\n    members {\n      id\n      active\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.DepartmentsDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    role\n    email\n    expiresAt\n    acceptedAt\n    revokedAt\n    createdAt\n    department {\n      id\n      name\n    }\n    invitedBy {\n      id\n      displayName\n    }\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      ...AuthPayloadFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      token\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n": types.CreateInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organizationName\n      role\n      inviterName\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n": types.InvitationsDocument,
    "\n  fragment MemberFields on Member {\n    id\n    role\n    active\n    joinedAt\n    version\n    user {\n      id\n      email\n      displayName\n    }\n    department {\n      id\n      name\n    }\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...MemberFields\n    }\n  }\n": types.UpdateMemberDocument,
    "\n  query Members {\n    members(includeInactive: true) {\n      ...MemberFields\n    }\n    departments {\n      id\n      name\n      parentId\n      sortOrder\n    }\n  }\n": types.MembersDocument,
    "\n  query MyWork {\n    myWork {\n      ...PlanNodeFields\n    }\n  }\n": types.MyWorkDocument,
    "\n  fragment OrganizationFields on Organization {\n    id\n    name\n    currency\n    fiscalYearStartMonth\n    createdAt\n    version\n  }\n": types.OrganizationFieldsFragmentDoc,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationFields\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  query Organization {\n    organization {\n      ...OrganizationFields\n    }\n  }\n": types.OrganizationDocument,
    "\n  query Overview {\n    members {\n      id\n      active\n    }\n    departments {\n      id\n    }\n  }\n": types.OverviewDocument,
    "\n  fragment CheckInFields on NodeCheckIn {\n    id\n    nodeId\n    progress\n    kpiActual\n    confidence\n    note\n    createdAt\n    author {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.CheckInFieldsFragmentDoc,
    "\n  fragment CommentFields on NodeComment {\n    id\n    nodeId\n    body\n    createdAt\n    author {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  fragment PlanFields on Plan {\n    id\n    year\n    name\n    status\n    progress\n    version\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  fragment PlanNodeFields on PlanNode {\n    id\n    planId\n    parentId\n    level\n    depth\n    title\n    description\n    status\n    progress\n    ownProgress\n    weight\n    dimension\n    dimensionInherited\n    startDate\n    dueDate\n    overdue\n    childCount\n    sortOrder\n    version\n    owner {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    department {\n      id\n      name\n    }\n    kpi {\n      name\n      unit\n      baseline\n      target\n      actual\n      direction\n      progress\n    }\n  }\n": types.PlanNodeFieldsFragmentDoc,
    "\n  mutation AddCheckIn($input: AddCheckInInput!) {\n    addCheckIn(input: $input) {\n      ...CheckInFields\n    }\n  }\n": types.AddCheckInDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation CreateNode($input: CreateNodeInput!) {\n    createNode(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n": types.CreateNodeDocument,
    "\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n": types.CreatePlanDocument,
    "\n  mutation DeleteNode($input: DeleteNodeInput!) {\n    deleteNode(input: $input) {\n      id\n      title\n      parentId\n      version\n    }\n  }\n": types.DeleteNodeDocument,
    "\n  mutation RestoreNode($id: ID!) {\n    restoreNode(id: $id) {\n      ...PlanNodeFields\n    }\n  }\n": types.RestoreNodeDocument,
    "\n  mutation UpdateNode($input: UpdateNodeInput!) {\n    updateNode(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n": types.UpdateNodeDocument,
    "\n  mutation UpdatePlanStatus($input: UpdatePlanStatusInput!) {\n    updatePlanStatus(input: $input) {\n      ...PlanFields\n    }\n  }\n": types.UpdatePlanStatusDocument,
    "\n  mutation UpdateProgress($input: UpdateProgressInput!) {\n    updateProgress(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n": types.UpdateProgressDocument,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      ...PlanNodeFields\n    }\n    checkIns(nodeId: $id) {\n      ...CheckInFields\n    }\n    comments(nodeId: $id) {\n      ...CommentFields\n    }\n  }\n": types.NodeDetailsDocument,
    "\n  query NodeSubtree($id: ID!) {\n    nodeSubtree(id: $id) {\n      ...PlanNodeFields\n    }\n  }\n": types.NodeSubtreeDocument,
    "\n  query OperationsIndex($planId: ID!, $nodeId: ID) {\n    operationsIndex(planId: $planId, nodeId: $nodeId) {\n      index\n      progress\n      weakest\n      dimensions {\n        dimension\n        progress\n      }\n    }\n  }\n": types.OperationsIndexDocument,
    "\n  query PlanOutline($planId: ID!, $depth: Int!) {\n    planOutline(planId: $planId, depth: $depth) {\n      ...PlanNodeFields\n    }\n  }\n": types.PlanOutlineDocument,
    "\n  query Plans {\n    plans {\n      ...PlanFields\n    }\n  }\n": types.PlansDocument,
    "\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      email\n      displayName\n      locale\n    }\n    organization {\n      id\n      name\n      currency\n      fiscalYearStartMonth\n      version\n    }\n    membership {\n      id\n      role\n      active\n      version\n      department {\n        id\n        name\n      }\n    }\n    organizations {\n      id\n      name\n      role\n    }\n    permissions\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...AuthPayloadFields\n    }\n  }\n": types.SwitchOrganizationDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      email\n      displayName\n      locale\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  subscription OrganizationEvents {\n    organizationEvents {\n      entity\n      entityId\n      action\n      actorId\n    }\n  }\n": types.OrganizationEventsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String, $entity: String) {\n    auditLog(first: $first, after: $after, entity: $entity) {\n      nextCursor\n      items {\n        id\n        entity\n        entityId\n        action\n        createdAt\n        actor {\n          id\n          displayName\n          email\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int!, $after: String, $entity: String) {\n    auditLog(first: $first, after: $after, entity: $entity) {\n      nextCursor\n      items {\n        id\n        entity\n        entityId\n        action\n        createdAt\n        actor {\n          id\n          displayName\n          email\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DepartmentFields on Department {\n    id\n    name\n    parentId\n    sortOrder\n    memberCount\n    version\n    manager {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DepartmentFields on Department {\n    id\n    name\n    parentId\n    sortOrder\n    memberCount\n    version\n    manager {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDepartment($id: ID!) {\n    deleteDepartment(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreDepartment($id: ID!) {\n    restoreDepartment(id: $id) {\n      ...DepartmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreDepartment($id: ID!) {\n    restoreDepartment(id: $id) {\n      ...DepartmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments {\n    departments {\n      ...DepartmentFields\n    }\n    members {\n      id\n      active\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Departments {\n    departments {\n      ...DepartmentFields\n    }\n    members {\n      id\n      active\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    role\n    email\n    expiresAt\n    acceptedAt\n    revokedAt\n    createdAt\n    department {\n      id\n      name\n    }\n    invitedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    id\n    role\n    email\n    expiresAt\n    acceptedAt\n    revokedAt\n    createdAt\n    department {\n      id\n      name\n    }\n    invitedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      token\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      token\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organizationName\n      role\n      inviterName\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organizationName\n      role\n      inviterName\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on Member {\n    id\n    role\n    active\n    joinedAt\n    version\n    user {\n      id\n      email\n      displayName\n    }\n    department {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MemberFields on Member {\n    id\n    role\n    active\n    joinedAt\n    version\n    user {\n      id\n      email\n      displayName\n    }\n    department {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members {\n    members(includeInactive: true) {\n      ...MemberFields\n    }\n    departments {\n      id\n      name\n      parentId\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  query Members {\n    members(includeInactive: true) {\n      ...MemberFields\n    }\n    departments {\n      id\n      name\n      parentId\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWork {\n    myWork {\n      ...PlanNodeFields\n    }\n  }\n"): (typeof documents)["\n  query MyWork {\n    myWork {\n      ...PlanNodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationFields on Organization {\n    id\n    name\n    currency\n    fiscalYearStartMonth\n    createdAt\n    version\n  }\n"): (typeof documents)["\n  fragment OrganizationFields on Organization {\n    id\n    name\n    currency\n    fiscalYearStartMonth\n    createdAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization {\n    organization {\n      ...OrganizationFields\n    }\n  }\n"): (typeof documents)["\n  query Organization {\n    organization {\n      ...OrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview {\n    members {\n      id\n      active\n    }\n    departments {\n      id\n    }\n  }\n"): (typeof documents)["\n  query Overview {\n    members {\n      id\n      active\n    }\n    departments {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckInFields on NodeCheckIn {\n    id\n    nodeId\n    progress\n    kpiActual\n    confidence\n    note\n    createdAt\n    author {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CheckInFields on NodeCheckIn {\n    id\n    nodeId\n    progress\n    kpiActual\n    confidence\n    note\n    createdAt\n    author {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on NodeComment {\n    id\n    nodeId\n    body\n    createdAt\n    author {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on NodeComment {\n    id\n    nodeId\n    body\n    createdAt\n    author {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanFields on Plan {\n    id\n    year\n    name\n    status\n    progress\n    version\n  }\n"): (typeof documents)["\n  fragment PlanFields on Plan {\n    id\n    year\n    name\n    status\n    progress\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanNodeFields on PlanNode {\n    id\n    planId\n    parentId\n    level\n    depth\n    title\n    description\n    status\n    progress\n    ownProgress\n    weight\n    dimension\n    dimensionInherited\n    startDate\n    dueDate\n    overdue\n    childCount\n    sortOrder\n    version\n    owner {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    department {\n      id\n      name\n    }\n    kpi {\n      name\n      unit\n      baseline\n      target\n      actual\n      direction\n      progress\n    }\n  }\n"): (typeof documents)["\n  fragment PlanNodeFields on PlanNode {\n    id\n    planId\n    parentId\n    level\n    depth\n    title\n    description\n    status\n    progress\n    ownProgress\n    weight\n    dimension\n    dimensionInherited\n    startDate\n    dueDate\n    overdue\n    childCount\n    sortOrder\n    version\n    owner {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    department {\n      id\n      name\n    }\n    kpi {\n      name\n      unit\n      baseline\n      target\n      actual\n      direction\n      progress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCheckIn($input: AddCheckInInput!) {\n    addCheckIn(input: $input) {\n      ...CheckInFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCheckIn($input: AddCheckInInput!) {\n    addCheckIn(input: $input) {\n      ...CheckInFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNode($input: CreateNodeInput!) {\n    createNode(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNode($input: CreateNodeInput!) {\n    createNode(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNode($input: DeleteNodeInput!) {\n    deleteNode(input: $input) {\n      id\n      title\n      parentId\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteNode($input: DeleteNodeInput!) {\n    deleteNode(input: $input) {\n      id\n      title\n      parentId\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreNode($id: ID!) {\n    restoreNode(id: $id) {\n      ...PlanNodeFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreNode($id: ID!) {\n    restoreNode(id: $id) {\n      ...PlanNodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNode($input: UpdateNodeInput!) {\n    updateNode(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNode($input: UpdateNodeInput!) {\n    updateNode(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlanStatus($input: UpdatePlanStatusInput!) {\n    updatePlanStatus(input: $input) {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlanStatus($input: UpdatePlanStatusInput!) {\n    updatePlanStatus(input: $input) {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgress($input: UpdateProgressInput!) {\n    updateProgress(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgress($input: UpdateProgressInput!) {\n    updateProgress(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      ...PlanNodeFields\n    }\n    checkIns(nodeId: $id) {\n      ...CheckInFields\n    }\n    comments(nodeId: $id) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      ...PlanNodeFields\n    }\n    checkIns(nodeId: $id) {\n      ...CheckInFields\n    }\n    comments(nodeId: $id) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeSubtree($id: ID!) {\n    nodeSubtree(id: $id) {\n      ...PlanNodeFields\n    }\n  }\n"): (typeof documents)["\n  query NodeSubtree($id: ID!) {\n    nodeSubtree(id: $id) {\n      ...PlanNodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationsIndex($planId: ID!, $nodeId: ID) {\n    operationsIndex(planId: $planId, nodeId: $nodeId) {\n      index\n      progress\n      weakest\n      dimensions {\n        dimension\n        progress\n      }\n    }\n  }\n"): (typeof documents)["\n  query OperationsIndex($planId: ID!, $nodeId: ID) {\n    operationsIndex(planId: $planId, nodeId: $nodeId) {\n      index\n      progress\n      weakest\n      dimensions {\n        dimension\n        progress\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanOutline($planId: ID!, $depth: Int!) {\n    planOutline(planId: $planId, depth: $depth) {\n      ...PlanNodeFields\n    }\n  }\n"): (typeof documents)["\n  query PlanOutline($planId: ID!, $depth: Int!) {\n    planOutline(planId: $planId, depth: $depth) {\n      ...PlanNodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plans {\n    plans {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  query Plans {\n    plans {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      email\n      displayName\n      locale\n    }\n    organization {\n      id\n      name\n      currency\n      fiscalYearStartMonth\n      version\n    }\n    membership {\n      id\n      role\n      active\n      version\n      department {\n        id\n        name\n      }\n    }\n    organizations {\n      id\n      name\n      role\n    }\n    permissions\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      email\n      displayName\n      locale\n    }\n    organization {\n      id\n      name\n      currency\n      fiscalYearStartMonth\n      version\n    }\n    membership {\n      id\n      role\n      active\n      version\n      department {\n        id\n        name\n      }\n    }\n    organizations {\n      id\n      name\n      role\n    }\n    permissions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      email\n      displayName\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      email\n      displayName\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrganizationEvents {\n    organizationEvents {\n      entity\n      entityId\n      action\n      actorId\n    }\n  }\n"): (typeof documents)["\n  subscription OrganizationEvents {\n    organizationEvents {\n      entity\n      entityId\n      action\n      actorId\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;