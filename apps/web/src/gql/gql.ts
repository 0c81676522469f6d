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
    "\n  query AuditLog($first: Int!, $after: String, $entity: String) {\n    auditLog(first: $first, after: $after, entity: $entity) {\n      nextCursor\n      items {\n        id\n        entity\n        entityId\n        entityLabel\n        action\n        createdAt\n        actor {\n          id\n          displayName\n          email\n        }\n        changes {\n          field\n          before\n          after\n          beforeLabel\n          afterLabel\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  fragment BudgetFields on Budget {\n    id\n    planId\n    name\n    currency\n    startMonth\n    horizonMonths\n    version\n    lockedAt\n    lockedBy {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    access {\n      readAll\n      editDrivers\n      editRevenue\n      editPositions\n      seeSalaries\n      editActuals\n      lock\n      export\n      departmentId\n    }\n    financing {\n      initialInvestment\n      depreciationMonths\n      ownFunds\n      incomeTaxRate\n      loans {\n        id\n        name\n        principal\n        annualRate\n        termMonths\n        repayment\n        sortOrder\n        version\n      }\n    }\n    stretch {\n      volume\n      price\n      variableCost\n      fixedCost\n      headcount\n    }\n    revenueLines {\n      id\n      name\n      kind\n      unitPrice\n      volume {\n        kind\n        perMonth\n        values\n        start\n        monthlyGrowth\n        seasonality\n      }\n      variableCost {\n        kind\n        unitCost\n        rate\n      }\n      stretchVolume\n      stretchPrice\n      stretchVariableCost\n      sortOrder\n      version\n    }\n    costLines {\n      id\n      name\n      departmentId\n      category\n      amountKind\n      amount\n      rate\n      firstMonth\n      lastMonth\n      planNodeId\n      stretchAmount\n      sortOrder\n      version\n    }\n    positions {\n      id\n      departmentId\n      roleTitle\n      count\n      monthlySalary\n      onCostRate\n      firstMonth\n      lastMonth\n      stretchCount\n      sortOrder\n      version\n    }\n    departmentLabour {\n      departmentId\n      headcount\n      labourCost\n      masked\n    }\n    actuals {\n      id\n      lineKind\n      lineId\n      month\n      amount\n      version\n    }\n  }\n": typeof types.BudgetFieldsFragmentDoc,
    "\n  mutation LockBudget($id: ID!, $version: Int!) {\n    lockBudget(id: $id, version: $version) {\n      ...BudgetFields\n    }\n  }\n": typeof types.LockBudgetDocument,
    "\n  mutation UnlockBudget($id: ID!, $version: Int!) {\n    unlockBudget(id: $id, version: $version) {\n      ...BudgetFields\n    }\n  }\n": typeof types.UnlockBudgetDocument,
    "\n  mutation CreateBudget($input: CreateBudgetInput!) {\n    createBudget(input: $input) {\n      ...BudgetFields\n    }\n  }\n": typeof types.CreateBudgetDocument,
    "\n  mutation RestoreBudgetLines($budgetId: ID!, $batchId: ID!) {\n    restoreBudgetLines(budgetId: $budgetId, batchId: $batchId) {\n      ...BudgetFields\n    }\n  }\n": typeof types.RestoreBudgetLinesDocument,
    "\n  mutation SaveBudgetLines($input: SaveBudgetLinesInput!) {\n    saveBudgetLines(input: $input) {\n      deletionBatchId\n      budget {\n        ...BudgetFields\n      }\n    }\n  }\n": typeof types.SaveBudgetLinesDocument,
    "\n  mutation SetBudgetActuals($input: SetBudgetActualsInput!) {\n    setBudgetActuals(input: $input) {\n      ...BudgetFields\n    }\n  }\n": typeof types.SetBudgetActualsDocument,
    "\n  mutation UpdateBudget($input: UpdateBudgetInput!) {\n    updateBudget(input: $input) {\n      ...BudgetFields\n    }\n  }\n": typeof types.UpdateBudgetDocument,
    "\n  query Budget($planId: ID!) {\n    budget(planId: $planId) {\n      ...BudgetFields\n    }\n  }\n": typeof types.BudgetDocument,
    "\n  query BudgetToDate($planId: ID!) {\n    budgetToDate(planId: $planId) {\n      budgetId\n      currency\n      fromMonth\n      throughMonth\n      revenue {\n        actual\n        responsibility\n        stretch\n      }\n      costs {\n        actual\n        responsibility\n        stretch\n      }\n    }\n  }\n": typeof types.BudgetToDateDocument,
    "\n  fragment CycleStageFields on CycleStage {\n    id\n    cycleId\n    key\n    name\n    position\n    status\n    startDate\n    dueDate\n    dependsOn\n    waitingFor\n    overdue\n    returnReason\n    submittedAt\n    linkedPlanId\n    version\n    submittedBy {\n      id\n    }\n    responsible {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    ownerDepartment {\n      id\n      name\n    }\n  }\n": typeof types.CycleStageFieldsFragmentDoc,
    "\n  fragment PlanningCycleFields on PlanningCycle {\n    id\n    name\n    planId\n    planYear\n    today\n    version\n    retrospective\n    previousRetrospective\n    criticalPath\n    memberIds\n    leader {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    deputyLeader {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    members {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    dashboard {\n      stageCount\n      approvedCount\n      submittedCount\n      overdueCount\n      dueByTodayCount\n      doneOfDueCount\n      late {\n        overdueStageIds\n        member {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n    stages {\n      ...CycleStageFields\n    }\n  }\n": typeof types.PlanningCycleFieldsFragmentDoc,
    "\n  mutation CreatePlanningCycle($input: CreatePlanningCycleInput!) {\n    createPlanningCycle(input: $input) {\n      ...PlanningCycleFields\n    }\n  }\n": typeof types.CreatePlanningCycleDocument,
    "\n  mutation UpdateDeliverable($input: UpdateDeliverableInput!) {\n    updateDeliverable(input: $input) {\n      id\n      body\n      version\n      updatedAt\n    }\n  }\n": typeof types.UpdateDeliverableDocument,
    "\n  mutation AddAttachment($input: AddAttachmentInput!) {\n    addAttachment(input: $input) {\n      id\n      filename\n      contentType\n      size\n      createdAt\n    }\n  }\n": typeof types.AddAttachmentDocument,
    "\n  mutation RemoveAttachment($id: ID!) {\n    removeAttachment(id: $id) {\n      id\n    }\n  }\n": typeof types.RemoveAttachmentDocument,
    "\n  mutation SubmitCycleStage($input: StageVersionInput!) {\n    submitCycleStage(input: $input) {\n      ...CycleStageFields\n    }\n  }\n": typeof types.SubmitCycleStageDocument,
    "\n  mutation ApproveCycleStage($input: StageVersionInput!) {\n    approveCycleStage(input: $input) {\n      ...CycleStageFields\n    }\n  }\n": typeof types.ApproveCycleStageDocument,
    "\n  mutation ReturnCycleStage($input: ReturnCycleStageInput!) {\n    returnCycleStage(input: $input) {\n      ...CycleStageFields\n    }\n  }\n": typeof types.ReturnCycleStageDocument,
    "\n  mutation AddCycleStage($input: AddCycleStageInput!) {\n    addCycleStage(input: $input) {\n      ...CycleStageFields\n    }\n  }\n": typeof types.AddCycleStageDocument,
    "\n  mutation DeleteCycleStage($input: StageVersionInput!) {\n    deleteCycleStage(input: $input) {\n      id\n      deletedAt\n    }\n  }\n": typeof types.DeleteCycleStageDocument,
    "\n  mutation RestoreCycleStage($id: ID!) {\n    restoreCycleStage(id: $id) {\n      ...CycleStageFields\n    }\n  }\n": typeof types.RestoreCycleStageDocument,
    "\n  mutation ReorderCycleStages($input: ReorderCycleStagesInput!) {\n    reorderCycleStages(input: $input) {\n      id\n      version\n      criticalPath\n      stages {\n        ...CycleStageFields\n      }\n    }\n  }\n": typeof types.ReorderCycleStagesDocument,
    "\n  mutation UpdateCycleStage($input: UpdateCycleStageInput!) {\n    updateCycleStage(input: $input) {\n      ...CycleStageFields\n    }\n  }\n": typeof types.UpdateCycleStageDocument,
    "\n  mutation UpdatePlanningCycle($input: UpdatePlanningCycleInput!) {\n    updatePlanningCycle(input: $input) {\n      ...PlanningCycleFields\n    }\n  }\n": typeof types.UpdatePlanningCycleDocument,
    "\n  query AttachmentContent($id: ID!) {\n    attachmentContent(id: $id) {\n      id\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.AttachmentContentDocument,
    "\n  query CycleStage($id: ID!) {\n    cycleStage(id: $id) {\n      ...CycleStageFields\n      deliverables {\n        id\n        name\n        body\n        version\n        updatedAt\n        attachments {\n          id\n          filename\n          contentType\n          size\n          createdAt\n        }\n      }\n      history {\n        id\n        action\n        fromStatus\n        toStatus\n        reason\n        createdAt\n        actor {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.CycleStageDocument,
    "\n  query DeletedCycleStages($id: ID!) {\n    planningCycle(id: $id) {\n      id\n      deletedStages {\n        id\n        key\n        name\n        startDate\n        dueDate\n        deletedAt\n      }\n    }\n  }\n": typeof types.DeletedCycleStagesDocument,
    "\n  query PlanningCycle($id: ID!) {\n    planningCycle(id: $id) {\n      ...PlanningCycleFields\n    }\n  }\n": typeof types.PlanningCycleDocument,
    "\n  query PlanningCycles {\n    planningCycles {\n      id\n      name\n      planId\n      planYear\n      retrospective\n    }\n  }\n": typeof types.PlanningCyclesDocument,
    "\n  query StageBudget($planId: ID!) {\n    budget(planId: $planId) {\n      id\n      planId\n    }\n  }\n": typeof types.StageBudgetDocument,
    "\n  query PlanDashboard($planId: ID!) {\n    planDashboard(planId: $planId) {\n      plan {\n        id\n        progress\n      }\n      today\n      progress\n      yearStart\n      yearEnd\n      timeElapsed\n      health\n      operationsIndex {\n        index\n        progress\n        weakest\n        dimensions {\n          dimension\n          progress\n        }\n      }\n      objectives {\n        timeElapsed\n        health\n        node {\n          id\n          title\n          progress\n          status\n          dimension\n          dueDate\n          overdue\n        }\n      }\n      statusCounts {\n        status\n        count\n      }\n      overdueCount\n      trend {\n        date\n        progress\n      }\n      checkInActivity {\n        week\n        count\n        averageConfidence\n      }\n    }\n  }\n": typeof types.PlanDashboardDocument,
    "\n  query DepartmentOverview($planId: ID!, $departmentId: ID) {\n    departmentOverview(planId: $planId, departmentId: $departmentId) {\n      today\n      department {\n        id\n        name\n      }\n      projects {\n        timeElapsed\n        health\n        node {\n          id\n          title\n          progress\n          status\n          startDate\n          dueDate\n          overdue\n          owner {\n            id\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n      atRisk {\n        id\n        parentId\n        level\n        title\n        status\n        progress\n        dueDate\n        overdue\n        owner {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n        department {\n          id\n          name\n        }\n      }\n      atRiskTotal\n      workload {\n        owner {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n        open\n        overdue\n        atRisk\n        done\n      }\n    }\n  }\n": typeof types.DepartmentOverviewDocument,
    "\n  fragment DepartmentFields on Department {\n    id\n    name\n    parentId\n    sortOrder\n    memberCount\n    isHr\n    version\n    manager {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.DepartmentFieldsFragmentDoc,
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
    "\n  query MyWork {\n    myWork {\n      ...PlanNodeRowFields\n    }\n  }\n": typeof types.MyWorkDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      items {\n        id\n        kind\n        message\n        dueDate\n        cycleId\n        stageId\n        readAt\n        createdAt\n        actor {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n      nextCursor\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  fragment OrganizationFields on Organization {\n    id\n    name\n    currency\n    fiscalYearStartMonth\n    createdAt\n    version\n  }\n": typeof types.OrganizationFieldsFragmentDoc,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationFields\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  query Organization {\n    organization {\n      ...OrganizationFields\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  query Overview {\n    members {\n      id\n      active\n    }\n    departments {\n      id\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  fragment CheckInFields on NodeCheckIn {\n    id\n    nodeId\n    progress\n    kpiActual\n    confidence\n    note\n    createdAt\n    author {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CheckInFieldsFragmentDoc,
    "\n  fragment CommentFields on NodeComment {\n    id\n    nodeId\n    body\n    createdAt\n    author {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  fragment PlanFields on Plan {\n    id\n    year\n    name\n    status\n    progress\n    version\n  }\n": typeof types.PlanFieldsFragmentDoc,
    "\n  fragment PlanNodeFields on PlanNode {\n    ...PlanNodeRowFields\n    description\n    weight\n    dimension\n    dimensionInherited\n    dependsOn\n    checklist {\n      text\n    }\n    kpi {\n      baseline\n      direction\n      progress\n      targetSource {\n        scenario\n        period\n      }\n    }\n  }\n": typeof types.PlanNodeFieldsFragmentDoc,
    "\n  fragment PlanNodeRowFields on PlanNode {\n    id\n    planId\n    parentId\n    level\n    depth\n    title\n    status\n    progress\n    ownProgress\n    startDate\n    dueDate\n    overdue\n    childCount\n    sortOrder\n    version\n    recurrence\n    checklist {\n      done\n    }\n    owner {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    department {\n      id\n      name\n    }\n    kpi {\n      name\n      unit\n      target\n      actual\n      targetSource {\n        measure\n      }\n    }\n  }\n": typeof types.PlanNodeRowFieldsFragmentDoc,
    "\n  mutation AddCheckIn($input: AddCheckInInput!) {\n    addCheckIn(input: $input) {\n      ...CheckInFields\n    }\n  }\n": typeof types.AddCheckInDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation CreateNode($input: CreateNodeInput!) {\n    createNode(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n": typeof types.CreateNodeDocument,
    "\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n": typeof types.CreatePlanDocument,
    "\n  mutation DeleteNode($input: DeleteNodeInput!) {\n    deleteNode(input: $input) {\n      id\n      title\n      parentId\n      version\n    }\n  }\n": typeof types.DeleteNodeDocument,
    "\n  mutation LinkKpiTargetToBudget($input: LinkKpiTargetInput!) {\n    linkKpiTargetToBudget(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n": typeof types.LinkKpiTargetToBudgetDocument,
    "\n  mutation MoveNode($input: MoveNodeInput!) {\n    moveNode(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n": typeof types.MoveNodeDocument,
    "\n  mutation RestoreNode($id: ID!) {\n    restoreNode(id: $id) {\n      ...PlanNodeFields\n    }\n  }\n": typeof types.RestoreNodeDocument,
    "\n  mutation SetNodeChecklist($input: SetNodeChecklistInput!) {\n    setNodeChecklist(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n": typeof types.SetNodeChecklistDocument,
    "\n  mutation UpdateNode($input: UpdateNodeInput!) {\n    updateNode(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n": typeof types.UpdateNodeDocument,
    "\n  mutation UpdatePlanStatus($input: UpdatePlanStatusInput!) {\n    updatePlanStatus(input: $input) {\n      ...PlanFields\n    }\n  }\n": typeof types.UpdatePlanStatusDocument,
    "\n  mutation UpdateProgress($input: UpdateProgressInput!) {\n    updateProgress(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n": typeof types.UpdateProgressDocument,
    "\n  query NodeBudgetHorizon($planId: ID!) {\n    budget(planId: $planId) {\n      id\n      startMonth\n      horizonMonths\n    }\n  }\n": typeof types.NodeBudgetHorizonDocument,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      ...PlanNodeFields\n      budgetCostEstimate\n    }\n    checkIns(nodeId: $id) {\n      ...CheckInFields\n    }\n    comments(nodeId: $id) {\n      ...CommentFields\n    }\n  }\n": typeof types.NodeDetailsDocument,
    "\n  query NodeSubtree($id: ID!) {\n    nodeSubtree(id: $id) {\n      ...PlanNodeRowFields\n    }\n  }\n": typeof types.NodeSubtreeDocument,
    "\n  query OperationsIndex($planId: ID!, $nodeId: ID) {\n    operationsIndex(planId: $planId, nodeId: $nodeId) {\n      index\n      progress\n      weakest\n      dimensions {\n        dimension\n        progress\n      }\n    }\n  }\n": typeof types.OperationsIndexDocument,
    "\n  query PlanOutline($planId: ID!, $depth: Int!, $fitWithin: Int) {\n    planOutline(planId: $planId, depth: $depth, fitWithin: $fitWithin) {\n      ...PlanNodeRowFields\n    }\n  }\n": typeof types.PlanOutlineDocument,
    "\n  query Plans {\n    plans {\n      ...PlanFields\n    }\n  }\n": typeof types.PlansDocument,
    "\n  mutation RestoreDeletedNode($id: ID!) {\n    restoreNode(id: $id) {\n      id\n    }\n  }\n": typeof types.RestoreDeletedNodeDocument,
    "\n  mutation RestoreDeletedDepartment($id: ID!) {\n    restoreDepartment(id: $id) {\n      id\n    }\n  }\n": typeof types.RestoreDeletedDepartmentDocument,
    "\n  mutation RestoreDeletedStage($id: ID!) {\n    restoreCycleStage(id: $id) {\n      id\n    }\n  }\n": typeof types.RestoreDeletedStageDocument,
    "\n  mutation RestoreDeletedTemplate($id: ID!) {\n    restorePlanTemplate(id: $id) {\n      id\n    }\n  }\n": typeof types.RestoreDeletedTemplateDocument,
    "\n  query RecentlyDeleted {\n    recentlyDeleted {\n      id\n      kind\n      title\n      titleZh\n      stageKey\n      level\n      planId\n      context\n      itemCount\n      deletedAt\n      parentDeleted\n      deletedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.RecentlyDeletedDocument,
    "\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      email\n      displayName\n      locale\n    }\n    organization {\n      id\n      name\n      currency\n      fiscalYearStartMonth\n      version\n    }\n    membership {\n      id\n      role\n      active\n      version\n      department {\n        id\n        name\n      }\n    }\n    organizations {\n      id\n      name\n      role\n    }\n    permissions\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SwitchOrganizationDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      email\n      displayName\n      locale\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  subscription OrganizationEvents {\n    organizationEvents {\n      entity\n      entityId\n      action\n      actorId\n    }\n  }\n": typeof types.OrganizationEventsDocument,
    "\n  fragment PlanTemplateFields on PlanTemplate {\n    id\n    key\n    builtIn\n    name {\n      zhCN\n      en\n    }\n    description {\n      zhCN\n      en\n    }\n    body\n    createdAt\n    version\n  }\n": typeof types.PlanTemplateFieldsFragmentDoc,
    "\n  mutation CreatePlanFromTemplate($input: TemplateUseInput!) {\n    createPlanFromTemplate(input: $input) {\n      plan {\n        ...PlanFields\n      }\n      budgetId\n      cycleId\n      checks {\n        kind\n        months\n        paybackMonth\n        met\n      }\n    }\n  }\n": typeof types.CreatePlanFromTemplateDocument,
    "\n  mutation DeletePlanTemplate($input: TemplateVersionInput!) {\n    deletePlanTemplate(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.DeletePlanTemplateDocument,
    "\n  mutation ImportPlanTemplate($input: ImportPlanTemplateInput!) {\n    importPlanTemplate(input: $input) {\n      ...PlanTemplateFields\n    }\n  }\n": typeof types.ImportPlanTemplateDocument,
    "\n  mutation RestorePlanTemplate($id: ID!) {\n    restorePlanTemplate(id: $id) {\n      ...PlanTemplateFields\n    }\n  }\n": typeof types.RestorePlanTemplateDocument,
    "\n  mutation SavePlanAsTemplate($input: SavePlanAsTemplateInput!) {\n    savePlanAsTemplate(input: $input) {\n      ...PlanTemplateFields\n    }\n  }\n": typeof types.SavePlanAsTemplateDocument,
    "\n  query PlanTemplate($id: ID!) {\n    planTemplate(id: $id) {\n      ...PlanTemplateFields\n    }\n  }\n": typeof types.PlanTemplateDocument,
    "\n  query PlanTemplates {\n    planTemplates {\n      ...PlanTemplateFields\n    }\n  }\n": typeof types.PlanTemplatesDocument,
    "\n  fragment PlanVersionFields on PlanVersion {\n    id\n    planId\n    number\n    label\n    source\n    createdAt\n    nodeCount\n    objectiveCount\n    projectCount\n    letterCount\n    createdBy {\n      id\n      displayName\n    }\n  }\n": typeof types.PlanVersionFieldsFragmentDoc,
    "\n  fragment VersionNodeFields on VersionNode {\n    id\n    title\n    level\n    status\n    ownerName\n    departmentName\n    startDate\n    dueDate\n    weight\n  }\n": typeof types.VersionNodeFieldsFragmentDoc,
    "\n  mutation CreatePlanVersion($planId: ID!, $label: String!) {\n    createPlanVersion(planId: $planId, label: $label) {\n      ...PlanVersionFields\n    }\n  }\n": typeof types.CreatePlanVersionDocument,
    "\n  mutation AcknowledgeResponsibilityLetter($id: ID!) {\n    acknowledgeResponsibilityLetter(id: $id) {\n      id\n      acknowledgedAt\n      acknowledgedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AcknowledgeResponsibilityLetterDocument,
    "\n  query PlanVersions($planId: ID!) {\n    planVersions(planId: $planId) {\n      ...PlanVersionFields\n    }\n  }\n": typeof types.PlanVersionsDocument,
    "\n  query ComparePlanVersions($fromId: ID!, $toId: ID!) {\n    comparePlanVersions(fromId: $fromId, toId: $toId) {\n      from {\n        ...PlanVersionFields\n      }\n      to {\n        ...PlanVersionFields\n      }\n      summary {\n        nodesAdded\n        nodesRemoved\n        nodesChanged\n        targetsChanged\n      }\n      addedNodes {\n        ...VersionNodeFields\n      }\n      removedNodes {\n        ...VersionNodeFields\n      }\n      changedNodes {\n        id\n        level\n        title\n        changes {\n          field\n          before\n          after\n          beforeLabel\n          afterLabel\n        }\n      }\n    }\n  }\n": typeof types.ComparePlanVersionsDocument,
    "\n  query ResponsibilityLetters($versionId: ID!) {\n    responsibilityLetters(versionId: $versionId) {\n      id\n      versionId\n      kind\n      ownerName\n      pdfPath\n      acknowledgedAt\n      acknowledgedBy {\n        id\n        displayName\n      }\n      owner {\n        id\n      }\n      departments {\n        id\n        name\n        budgetEnvelope\n        standardHeadcount\n      }\n      items {\n        nodeId\n        level\n        title\n        departmentName\n        dueDate\n        kpi {\n          name\n          unit\n          baseline\n          target\n          direction\n        }\n      }\n    }\n  }\n": typeof types.ResponsibilityLettersDocument,
    "\n  query PlanVersion($id: ID!) {\n    planVersion(id: $id) {\n      ...PlanVersionFields\n    }\n  }\n": typeof types.PlanVersionDocument,
};
const documents: Documents = {
    "\n  query AuditLog($first: Int!, $after: String, $entity: String) {\n    auditLog(first: $first, after: $after, entity: $entity) {\n      nextCursor\n      items {\n        id\n        entity\n        entityId\n        entityLabel\n        action\n        createdAt\n        actor {\n          id\n          displayName\n          email\n        }\n        changes {\n          field\n          before\n          after\n          beforeLabel\n          afterLabel\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.SignUpDocument,
    "\n  fragment BudgetFields on Budget {\n    id\n    planId\n    name\n    currency\n    startMonth\n    horizonMonths\n    version\n    lockedAt\n    lockedBy {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    access {\n      readAll\n      editDrivers\n      editRevenue\n      editPositions\n      seeSalaries\n      editActuals\n      lock\n      export\n      departmentId\n    }\n    financing {\n      initialInvestment\n      depreciationMonths\n      ownFunds\n      incomeTaxRate\n      loans {\n        id\n        name\n        principal\n        annualRate\n        termMonths\n        repayment\n        sortOrder\n        version\n      }\n    }\n    stretch {\n      volume\n      price\n      variableCost\n      fixedCost\n      headcount\n    }\n    revenueLines {\n      id\n      name\n      kind\n      unitPrice\n      volume {\n        kind\n        perMonth\n        values\n        start\n        monthlyGrowth\n        seasonality\n      }\n      variableCost {\n        kind\n        unitCost\n        rate\n      }\n      stretchVolume\n      stretchPrice\n      stretchVariableCost\n      sortOrder\n      version\n    }\n    costLines {\n      id\n      name\n      departmentId\n      category\n      amountKind\n      amount\n      rate\n      firstMonth\n      lastMonth\n      planNodeId\n      stretchAmount\n      sortOrder\n      version\n    }\n    positions {\n      id\n      departmentId\n      roleTitle\n      count\n      monthlySalary\n      onCostRate\n      firstMonth\n      lastMonth\n      stretchCount\n      sortOrder\n      version\n    }\n    departmentLabour {\n      departmentId\n      headcount\n      labourCost\n      masked\n    }\n    actuals {\n      id\n      lineKind\n      lineId\n      month\n      amount\n      version\n    }\n  }\n": types.BudgetFieldsFragmentDoc,
    "\n  mutation LockBudget($id: ID!, $version: Int!) {\n    lockBudget(id: $id, version: $version) {\n      ...BudgetFields\n    }\n  }\n": types.LockBudgetDocument,
    "\n  mutation UnlockBudget($id: ID!, $version: Int!) {\n    unlockBudget(id: $id, version: $version) {\n      ...BudgetFields\n    }\n  }\n": types.UnlockBudgetDocument,
    "\n  mutation CreateBudget($input: CreateBudgetInput!) {\n    createBudget(input: $input) {\n      ...BudgetFields\n    }\n  }\n": types.CreateBudgetDocument,
    "\n  mutation RestoreBudgetLines($budgetId: ID!, $batchId: ID!) {\n    restoreBudgetLines(budgetId: $budgetId, batchId: $batchId) {\n      ...BudgetFields\n    }\n  }\n": types.RestoreBudgetLinesDocument,
    "\n  mutation SaveBudgetLines($input: SaveBudgetLinesInput!) {\n    saveBudgetLines(input: $input) {\n      deletionBatchId\n      budget {\n        ...BudgetFields\n      }\n    }\n  }\n": types.SaveBudgetLinesDocument,
    "\n  mutation SetBudgetActuals($input: SetBudgetActualsInput!) {\n    setBudgetActuals(input: $input) {\n      ...BudgetFields\n    }\n  }\n": types.SetBudgetActualsDocument,
    "\n  mutation UpdateBudget($input: UpdateBudgetInput!) {\n    updateBudget(input: $input) {\n      ...BudgetFields\n    }\n  }\n": types.UpdateBudgetDocument,
    "\n  query Budget($planId: ID!) {\n    budget(planId: $planId) {\n      ...BudgetFields\n    }\n  }\n": types.BudgetDocument,
    "\n  query BudgetToDate($planId: ID!) {\n    budgetToDate(planId: $planId) {\n      budgetId\n      currency\n      fromMonth\n      throughMonth\n      revenue {\n        actual\n        responsibility\n        stretch\n      }\n      costs {\n        actual\n        responsibility\n        stretch\n      }\n    }\n  }\n": types.BudgetToDateDocument,
    "\n  fragment CycleStageFields on CycleStage {\n    id\n    cycleId\n    key\n    name\n    position\n    status\n    startDate\n    dueDate\n    dependsOn\n    waitingFor\n    overdue\n    returnReason\n    submittedAt\n    linkedPlanId\n    version\n    submittedBy {\n      id\n    }\n    responsible {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    ownerDepartment {\n      id\n      name\n    }\n  }\n": types.CycleStageFieldsFragmentDoc,
    "\n  fragment PlanningCycleFields on PlanningCycle {\n    id\n    name\n    planId\n    planYear\n    today\n    version\n    retrospective\n    previousRetrospective\n    criticalPath\n    memberIds\n    leader {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    deputyLeader {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    members {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    dashboard {\n      stageCount\n      approvedCount\n      submittedCount\n      overdueCount\n      dueByTodayCount\n      doneOfDueCount\n      late {\n        overdueStageIds\n        member {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n    stages {\n      ...CycleStageFields\n    }\n  }\n": types.PlanningCycleFieldsFragmentDoc,
    "\n  mutation CreatePlanningCycle($input: CreatePlanningCycleInput!) {\n    createPlanningCycle(input: $input) {\n      ...PlanningCycleFields\n    }\n  }\n": types.CreatePlanningCycleDocument,
    "\n  mutation UpdateDeliverable($input: UpdateDeliverableInput!) {\n    updateDeliverable(input: $input) {\n      id\n      body\n      version\n      updatedAt\n    }\n  }\n": types.UpdateDeliverableDocument,
    "\n  mutation AddAttachment($input: AddAttachmentInput!) {\n    addAttachment(input: $input) {\n      id\n      filename\n      contentType\n      size\n      createdAt\n    }\n  }\n": types.AddAttachmentDocument,
    "\n  mutation RemoveAttachment($id: ID!) {\n    removeAttachment(id: $id) {\n      id\n    }\n  }\n": types.RemoveAttachmentDocument,
    "\n  mutation SubmitCycleStage($input: StageVersionInput!) {\n    submitCycleStage(input: $input) {\n      ...CycleStageFields\n    }\n  }\n": types.SubmitCycleStageDocument,
    "\n  mutation ApproveCycleStage($input: StageVersionInput!) {\n    approveCycleStage(input: $input) {\n      ...CycleStageFields\n    }\n  }\n": types.ApproveCycleStageDocument,
    "\n  mutation ReturnCycleStage($input: ReturnCycleStageInput!) {\n    returnCycleStage(input: $input) {\n      ...CycleStageFields\n    }\n  }\n": types.ReturnCycleStageDocument,
    "\n  mutation AddCycleStage($input: AddCycleStageInput!) {\n    addCycleStage(input: $input) {\n      ...CycleStageFields\n    }\n  }\n": types.AddCycleStageDocument,
    "\n  mutation DeleteCycleStage($input: StageVersionInput!) {\n    deleteCycleStage(input: $input) {\n      id\n      deletedAt\n    }\n  }\n": types.DeleteCycleStageDocument,
    "\n  mutation RestoreCycleStage($id: ID!) {\n    restoreCycleStage(id: $id) {\n      ...CycleStageFields\n    }\n  }\n": types.RestoreCycleStageDocument,
    "\n  mutation ReorderCycleStages($input: ReorderCycleStagesInput!) {\n    reorderCycleStages(input: $input) {\n      id\n      version\n      criticalPath\n      stages {\n        ...CycleStageFields\n      }\n    }\n  }\n": types.ReorderCycleStagesDocument,
    "\n  mutation UpdateCycleStage($input: UpdateCycleStageInput!) {\n    updateCycleStage(input: $input) {\n      ...CycleStageFields\n    }\n  }\n": types.UpdateCycleStageDocument,
    "\n  mutation UpdatePlanningCycle($input: UpdatePlanningCycleInput!) {\n    updatePlanningCycle(input: $input) {\n      ...PlanningCycleFields\n    }\n  }\n": types.UpdatePlanningCycleDocument,
    "\n  query AttachmentContent($id: ID!) {\n    attachmentContent(id: $id) {\n      id\n      filename\n      contentType\n      contentBase64\n    }\n  }\n": types.AttachmentContentDocument,
    "\n  query CycleStage($id: ID!) {\n    cycleStage(id: $id) {\n      ...CycleStageFields\n      deliverables {\n        id\n        name\n        body\n        version\n        updatedAt\n        attachments {\n          id\n          filename\n          contentType\n          size\n          createdAt\n        }\n      }\n      history {\n        id\n        action\n        fromStatus\n        toStatus\n        reason\n        createdAt\n        actor {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.CycleStageDocument,
    "\n  query DeletedCycleStages($id: ID!) {\n    planningCycle(id: $id) {\n      id\n      deletedStages {\n        id\n        key\n        name\n        startDate\n        dueDate\n        deletedAt\n      }\n    }\n  }\n": types.DeletedCycleStagesDocument,
    "\n  query PlanningCycle($id: ID!) {\n    planningCycle(id: $id) {\n      ...PlanningCycleFields\n    }\n  }\n": types.PlanningCycleDocument,
    "\n  query PlanningCycles {\n    planningCycles {\n      id\n      name\n      planId\n      planYear\n      retrospective\n    }\n  }\n": types.PlanningCyclesDocument,
    "\n  query StageBudget($planId: ID!) {\n    budget(planId: $planId) {\n      id\n      planId\n    }\n  }\n": types.StageBudgetDocument,
    "\n  query PlanDashboard($planId: ID!) {\n    planDashboard(planId: $planId) {\n      plan {\n        id\n        progress\n      }\n      today\n      progress\n      yearStart\n      yearEnd\n      timeElapsed\n      health\n      operationsIndex {\n        index\n        progress\n        weakest\n        dimensions {\n          dimension\n          progress\n        }\n      }\n      objectives {\n        timeElapsed\n        health\n        node {\n          id\n          title\n          progress\n          status\n          dimension\n          dueDate\n          overdue\n        }\n      }\n      statusCounts {\n        status\n        count\n      }\n      overdueCount\n      trend {\n        date\n        progress\n      }\n      checkInActivity {\n        week\n        count\n        averageConfidence\n      }\n    }\n  }\n": types.PlanDashboardDocument,
    "\n  query DepartmentOverview($planId: ID!, $departmentId: ID) {\n    departmentOverview(planId: $planId, departmentId: $departmentId) {\n      today\n      department {\n        id\n        name\n      }\n      projects {\n        timeElapsed\n        health\n        node {\n          id\n          title\n          progress\n          status\n          startDate\n          dueDate\n          overdue\n          owner {\n            id\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n      atRisk {\n        id\n        parentId\n        level\n        title\n        status\n        progress\n        dueDate\n        overdue\n        owner {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n        department {\n          id\n          name\n        }\n      }\n      atRiskTotal\n      workload {\n        owner {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n        open\n        overdue\n        atRisk\n        done\n      }\n    }\n  }\n": types.DepartmentOverviewDocument,
    "\n  fragment DepartmentFields on Department {\n    id\n    name\n    parentId\n    sortOrder\n    memberCount\n    isHr\n    version\n    manager {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.DepartmentFieldsFragmentDoc,
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
    "\n  query MyWork {\n    myWork {\n      ...PlanNodeRowFields\n    }\n  }\n": types.MyWorkDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      items {\n        id\n        kind\n        message\n        dueDate\n        cycleId\n        stageId\n        readAt\n        createdAt\n        actor {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n      nextCursor\n    }\n  }\n": types.NotificationsDocument,
    "\n  fragment OrganizationFields on Organization {\n    id\n    name\n    currency\n    fiscalYearStartMonth\n    createdAt\n    version\n  }\n": types.OrganizationFieldsFragmentDoc,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      ...OrganizationFields\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  query Organization {\n    organization {\n      ...OrganizationFields\n    }\n  }\n": types.OrganizationDocument,
    "\n  query Overview {\n    members {\n      id\n      active\n    }\n    departments {\n      id\n    }\n  }\n": types.OverviewDocument,
    "\n  fragment CheckInFields on NodeCheckIn {\n    id\n    nodeId\n    progress\n    kpiActual\n    confidence\n    note\n    createdAt\n    author {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.CheckInFieldsFragmentDoc,
    "\n  fragment CommentFields on NodeComment {\n    id\n    nodeId\n    body\n    createdAt\n    author {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  fragment PlanFields on Plan {\n    id\n    year\n    name\n    status\n    progress\n    version\n  }\n": types.PlanFieldsFragmentDoc,
    "\n  fragment PlanNodeFields on PlanNode {\n    ...PlanNodeRowFields\n    description\n    weight\n    dimension\n    dimensionInherited\n    dependsOn\n    checklist {\n      text\n    }\n    kpi {\n      baseline\n      direction\n      progress\n      targetSource {\n        scenario\n        period\n      }\n    }\n  }\n": types.PlanNodeFieldsFragmentDoc,
    "\n  fragment PlanNodeRowFields on PlanNode {\n    id\n    planId\n    parentId\n    level\n    depth\n    title\n    status\n    progress\n    ownProgress\n    startDate\n    dueDate\n    overdue\n    childCount\n    sortOrder\n    version\n    recurrence\n    checklist {\n      done\n    }\n    owner {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    department {\n      id\n      name\n    }\n    kpi {\n      name\n      unit\n      target\n      actual\n      targetSource {\n        measure\n      }\n    }\n  }\n": types.PlanNodeRowFieldsFragmentDoc,
    "\n  mutation AddCheckIn($input: AddCheckInInput!) {\n    addCheckIn(input: $input) {\n      ...CheckInFields\n    }\n  }\n": types.AddCheckInDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation CreateNode($input: CreateNodeInput!) {\n    createNode(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n": types.CreateNodeDocument,
    "\n  mutation CreatePlan($input: CreatePlanInput!) {\n    createPlan(input: $input) {\n      ...PlanFields\n    }\n  }\n": types.CreatePlanDocument,
    "\n  mutation DeleteNode($input: DeleteNodeInput!) {\n    deleteNode(input: $input) {\n      id\n      title\n      parentId\n      version\n    }\n  }\n": types.DeleteNodeDocument,
    "\n  mutation LinkKpiTargetToBudget($input: LinkKpiTargetInput!) {\n    linkKpiTargetToBudget(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n": types.LinkKpiTargetToBudgetDocument,
    "\n  mutation MoveNode($input: MoveNodeInput!) {\n    moveNode(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n": types.MoveNodeDocument,
    "\n  mutation RestoreNode($id: ID!) {\n    restoreNode(id: $id) {\n      ...PlanNodeFields\n    }\n  }\n": types.RestoreNodeDocument,
    "\n  mutation SetNodeChecklist($input: SetNodeChecklistInput!) {\n    setNodeChecklist(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n": types.SetNodeChecklistDocument,
    "\n  mutation UpdateNode($input: UpdateNodeInput!) {\n    updateNode(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n": types.UpdateNodeDocument,
    "\n  mutation UpdatePlanStatus($input: UpdatePlanStatusInput!) {\n    updatePlanStatus(input: $input) {\n      ...PlanFields\n    }\n  }\n": types.UpdatePlanStatusDocument,
    "\n  mutation UpdateProgress($input: UpdateProgressInput!) {\n    updateProgress(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n": types.UpdateProgressDocument,
    "\n  query NodeBudgetHorizon($planId: ID!) {\n    budget(planId: $planId) {\n      id\n      startMonth\n      horizonMonths\n    }\n  }\n": types.NodeBudgetHorizonDocument,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      ...PlanNodeFields\n      budgetCostEstimate\n    }\n    checkIns(nodeId: $id) {\n      ...CheckInFields\n    }\n    comments(nodeId: $id) {\n      ...CommentFields\n    }\n  }\n": types.NodeDetailsDocument,
    "\n  query NodeSubtree($id: ID!) {\n    nodeSubtree(id: $id) {\n      ...PlanNodeRowFields\n    }\n  }\n": types.NodeSubtreeDocument,
    "\n  query OperationsIndex($planId: ID!, $nodeId: ID) {\n    operationsIndex(planId: $planId, nodeId: $nodeId) {\n      index\n      progress\n      weakest\n      dimensions {\n        dimension\n        progress\n      }\n    }\n  }\n": types.OperationsIndexDocument,
    "\n  query PlanOutline($planId: ID!, $depth: Int!, $fitWithin: Int) {\n    planOutline(planId: $planId, depth: $depth, fitWithin: $fitWithin) {\n      ...PlanNodeRowFields\n    }\n  }\n": types.PlanOutlineDocument,
    "\n  query Plans {\n    plans {\n      ...PlanFields\n    }\n  }\n": types.PlansDocument,
    "\n  mutation RestoreDeletedNode($id: ID!) {\n    restoreNode(id: $id) {\n      id\n    }\n  }\n": types.RestoreDeletedNodeDocument,
    "\n  mutation RestoreDeletedDepartment($id: ID!) {\n    restoreDepartment(id: $id) {\n      id\n    }\n  }\n": types.RestoreDeletedDepartmentDocument,
    "\n  mutation RestoreDeletedStage($id: ID!) {\n    restoreCycleStage(id: $id) {\n      id\n    }\n  }\n": types.RestoreDeletedStageDocument,
    "\n  mutation RestoreDeletedTemplate($id: ID!) {\n    restorePlanTemplate(id: $id) {\n      id\n    }\n  }\n": types.RestoreDeletedTemplateDocument,
    "\n  query RecentlyDeleted {\n    recentlyDeleted {\n      id\n      kind\n      title\n      titleZh\n      stageKey\n      level\n      planId\n      context\n      itemCount\n      deletedAt\n      parentDeleted\n      deletedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.RecentlyDeletedDocument,
    "\n  fragment ViewerFields on Viewer {\n    user {\n      id\n      email\n      displayName\n      locale\n    }\n    organization {\n      id\n      name\n      currency\n      fiscalYearStartMonth\n      version\n    }\n    membership {\n      id\n      role\n      active\n      version\n      department {\n        id\n        name\n      }\n    }\n    organizations {\n      id\n      name\n      role\n    }\n    permissions\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SwitchOrganization($organizationId: ID!) {\n    switchOrganization(organizationId: $organizationId) {\n      ...AuthPayloadFields\n    }\n  }\n": types.SwitchOrganizationDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      email\n      displayName\n      locale\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  subscription OrganizationEvents {\n    organizationEvents {\n      entity\n      entityId\n      action\n      actorId\n    }\n  }\n": types.OrganizationEventsDocument,
    "\n  fragment PlanTemplateFields on PlanTemplate {\n    id\n    key\n    builtIn\n    name {\n      zhCN\n      en\n    }\n    description {\n      zhCN\n      en\n    }\n    body\n    createdAt\n    version\n  }\n": types.PlanTemplateFieldsFragmentDoc,
    "\n  mutation CreatePlanFromTemplate($input: TemplateUseInput!) {\n    createPlanFromTemplate(input: $input) {\n      plan {\n        ...PlanFields\n      }\n      budgetId\n      cycleId\n      checks {\n        kind\n        months\n        paybackMonth\n        met\n      }\n    }\n  }\n": types.CreatePlanFromTemplateDocument,
    "\n  mutation DeletePlanTemplate($input: TemplateVersionInput!) {\n    deletePlanTemplate(input: $input) {\n      id\n      version\n    }\n  }\n": types.DeletePlanTemplateDocument,
    "\n  mutation ImportPlanTemplate($input: ImportPlanTemplateInput!) {\n    importPlanTemplate(input: $input) {\n      ...PlanTemplateFields\n    }\n  }\n": types.ImportPlanTemplateDocument,
    "\n  mutation RestorePlanTemplate($id: ID!) {\n    restorePlanTemplate(id: $id) {\n      ...PlanTemplateFields\n    }\n  }\n": types.RestorePlanTemplateDocument,
    "\n  mutation SavePlanAsTemplate($input: SavePlanAsTemplateInput!) {\n    savePlanAsTemplate(input: $input) {\n      ...PlanTemplateFields\n    }\n  }\n": types.SavePlanAsTemplateDocument,
    "\n  query PlanTemplate($id: ID!) {\n    planTemplate(id: $id) {\n      ...PlanTemplateFields\n    }\n  }\n": types.PlanTemplateDocument,
    "\n  query PlanTemplates {\n    planTemplates {\n      ...PlanTemplateFields\n    }\n  }\n": types.PlanTemplatesDocument,
    "\n  fragment PlanVersionFields on PlanVersion {\n    id\n    planId\n    number\n    label\n    source\n    createdAt\n    nodeCount\n    objectiveCount\n    projectCount\n    letterCount\n    createdBy {\n      id\n      displayName\n    }\n  }\n": types.PlanVersionFieldsFragmentDoc,
    "\n  fragment VersionNodeFields on VersionNode {\n    id\n    title\n    level\n    status\n    ownerName\n    departmentName\n    startDate\n    dueDate\n    weight\n  }\n": types.VersionNodeFieldsFragmentDoc,
    "\n  mutation CreatePlanVersion($planId: ID!, $label: String!) {\n    createPlanVersion(planId: $planId, label: $label) {\n      ...PlanVersionFields\n    }\n  }\n": types.CreatePlanVersionDocument,
    "\n  mutation AcknowledgeResponsibilityLetter($id: ID!) {\n    acknowledgeResponsibilityLetter(id: $id) {\n      id\n      acknowledgedAt\n      acknowledgedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.AcknowledgeResponsibilityLetterDocument,
    "\n  query PlanVersions($planId: ID!) {\n    planVersions(planId: $planId) {\n      ...PlanVersionFields\n    }\n  }\n": types.PlanVersionsDocument,
    "\n  query ComparePlanVersions($fromId: ID!, $toId: ID!) {\n    comparePlanVersions(fromId: $fromId, toId: $toId) {\n      from {\n        ...PlanVersionFields\n      }\n      to {\n        ...PlanVersionFields\n      }\n      summary {\n        nodesAdded\n        nodesRemoved\n        nodesChanged\n        targetsChanged\n      }\n      addedNodes {\n        ...VersionNodeFields\n      }\n      removedNodes {\n        ...VersionNodeFields\n      }\n      changedNodes {\n        id\n        level\n        title\n        changes {\n          field\n          before\n          after\n          beforeLabel\n          afterLabel\n        }\n      }\n    }\n  }\n": types.ComparePlanVersionsDocument,
    "\n  query ResponsibilityLetters($versionId: ID!) {\n    responsibilityLetters(versionId: $versionId) {\n      id\n      versionId\n      kind\n      ownerName\n      pdfPath\n      acknowledgedAt\n      acknowledgedBy {\n        id\n        displayName\n      }\n      owner {\n        id\n      }\n      departments {\n        id\n        name\n        budgetEnvelope\n        standardHeadcount\n      }\n      items {\n        nodeId\n        level\n        title\n        departmentName\n        dueDate\n        kpi {\n          name\n          unit\n          baseline\n          target\n          direction\n        }\n      }\n    }\n  }\n": types.ResponsibilityLettersDocument,
    "\n  query PlanVersion($id: ID!) {\n    planVersion(id: $id) {\n      ...PlanVersionFields\n    }\n  }\n": types.PlanVersionDocument,
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
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String, $entity: String) {\n    auditLog(first: $first, after: $after, entity: $entity) {\n      nextCursor\n      items {\n        id\n        entity\n        entityId\n        entityLabel\n        action\n        createdAt\n        actor {\n          id\n          displayName\n          email\n        }\n        changes {\n          field\n          before\n          after\n          beforeLabel\n          afterLabel\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int!, $after: String, $entity: String) {\n    auditLog(first: $first, after: $after, entity: $entity) {\n      nextCursor\n      items {\n        id\n        entity\n        entityId\n        entityLabel\n        action\n        createdAt\n        actor {\n          id\n          displayName\n          email\n        }\n        changes {\n          field\n          before\n          after\n          beforeLabel\n          afterLabel\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment BudgetFields on Budget {\n    id\n    planId\n    name\n    currency\n    startMonth\n    horizonMonths\n    version\n    lockedAt\n    lockedBy {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    access {\n      readAll\n      editDrivers\n      editRevenue\n      editPositions\n      seeSalaries\n      editActuals\n      lock\n      export\n      departmentId\n    }\n    financing {\n      initialInvestment\n      depreciationMonths\n      ownFunds\n      incomeTaxRate\n      loans {\n        id\n        name\n        principal\n        annualRate\n        termMonths\n        repayment\n        sortOrder\n        version\n      }\n    }\n    stretch {\n      volume\n      price\n      variableCost\n      fixedCost\n      headcount\n    }\n    revenueLines {\n      id\n      name\n      kind\n      unitPrice\n      volume {\n        kind\n        perMonth\n        values\n        start\n        monthlyGrowth\n        seasonality\n      }\n      variableCost {\n        kind\n        unitCost\n        rate\n      }\n      stretchVolume\n      stretchPrice\n      stretchVariableCost\n      sortOrder\n      version\n    }\n    costLines {\n      id\n      name\n      departmentId\n      category\n      amountKind\n      amount\n      rate\n      firstMonth\n      lastMonth\n      planNodeId\n      stretchAmount\n      sortOrder\n      version\n    }\n    positions {\n      id\n      departmentId\n      roleTitle\n      count\n      monthlySalary\n      onCostRate\n      firstMonth\n      lastMonth\n      stretchCount\n      sortOrder\n      version\n    }\n    departmentLabour {\n      departmentId\n      headcount\n      labourCost\n      masked\n    }\n    actuals {\n      id\n      lineKind\n      lineId\n      month\n      amount\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment BudgetFields on Budget {\n    id\n    planId\n    name\n    currency\n    startMonth\n    horizonMonths\n    version\n    lockedAt\n    lockedBy {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    access {\n      readAll\n      editDrivers\n      editRevenue\n      editPositions\n      seeSalaries\n      editActuals\n      lock\n      export\n      departmentId\n    }\n    financing {\n      initialInvestment\n      depreciationMonths\n      ownFunds\n      incomeTaxRate\n      loans {\n        id\n        name\n        principal\n        annualRate\n        termMonths\n        repayment\n        sortOrder\n        version\n      }\n    }\n    stretch {\n      volume\n      price\n      variableCost\n      fixedCost\n      headcount\n    }\n    revenueLines {\n      id\n      name\n      kind\n      unitPrice\n      volume {\n        kind\n        perMonth\n        values\n        start\n        monthlyGrowth\n        seasonality\n      }\n      variableCost {\n        kind\n        unitCost\n        rate\n      }\n      stretchVolume\n      stretchPrice\n      stretchVariableCost\n      sortOrder\n      version\n    }\n    costLines {\n      id\n      name\n      departmentId\n      category\n      amountKind\n      amount\n      rate\n      firstMonth\n      lastMonth\n      planNodeId\n      stretchAmount\n      sortOrder\n      version\n    }\n    positions {\n      id\n      departmentId\n      roleTitle\n      count\n      monthlySalary\n      onCostRate\n      firstMonth\n      lastMonth\n      stretchCount\n      sortOrder\n      version\n    }\n    departmentLabour {\n      departmentId\n      headcount\n      labourCost\n      masked\n    }\n    actuals {\n      id\n      lineKind\n      lineId\n      month\n      amount\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockBudget($id: ID!, $version: Int!) {\n    lockBudget(id: $id, version: $version) {\n      ...BudgetFields\n    }\n  }\n"): (typeof documents)["\n  mutation LockBudget($id: ID!, $version: Int!) {\n    lockBudget(id: $id, version: $version) {\n      ...BudgetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockBudget($id: ID!, $version: Int!) {\n    unlockBudget(id: $id, version: $version) {\n      ...BudgetFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockBudget($id: ID!, $version: Int!) {\n    unlockBudget(id: $id, version: $version) {\n      ...BudgetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBudget($input: CreateBudgetInput!) {\n    createBudget(input: $input) {\n      ...BudgetFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBudget($input: CreateBudgetInput!) {\n    createBudget(input: $input) {\n      ...BudgetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreBudgetLines($budgetId: ID!, $batchId: ID!) {\n    restoreBudgetLines(budgetId: $budgetId, batchId: $batchId) {\n      ...BudgetFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreBudgetLines($budgetId: ID!, $batchId: ID!) {\n    restoreBudgetLines(budgetId: $budgetId, batchId: $batchId) {\n      ...BudgetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveBudgetLines($input: SaveBudgetLinesInput!) {\n    saveBudgetLines(input: $input) {\n      deletionBatchId\n      budget {\n        ...BudgetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveBudgetLines($input: SaveBudgetLinesInput!) {\n    saveBudgetLines(input: $input) {\n      deletionBatchId\n      budget {\n        ...BudgetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBudgetActuals($input: SetBudgetActualsInput!) {\n    setBudgetActuals(input: $input) {\n      ...BudgetFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetBudgetActuals($input: SetBudgetActualsInput!) {\n    setBudgetActuals(input: $input) {\n      ...BudgetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBudget($input: UpdateBudgetInput!) {\n    updateBudget(input: $input) {\n      ...BudgetFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBudget($input: UpdateBudgetInput!) {\n    updateBudget(input: $input) {\n      ...BudgetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Budget($planId: ID!) {\n    budget(planId: $planId) {\n      ...BudgetFields\n    }\n  }\n"): (typeof documents)["\n  query Budget($planId: ID!) {\n    budget(planId: $planId) {\n      ...BudgetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetToDate($planId: ID!) {\n    budgetToDate(planId: $planId) {\n      budgetId\n      currency\n      fromMonth\n      throughMonth\n      revenue {\n        actual\n        responsibility\n        stretch\n      }\n      costs {\n        actual\n        responsibility\n        stretch\n      }\n    }\n  }\n"): (typeof documents)["\n  query BudgetToDate($planId: ID!) {\n    budgetToDate(planId: $planId) {\n      budgetId\n      currency\n      fromMonth\n      throughMonth\n      revenue {\n        actual\n        responsibility\n        stretch\n      }\n      costs {\n        actual\n        responsibility\n        stretch\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CycleStageFields on CycleStage {\n    id\n    cycleId\n    key\n    name\n    position\n    status\n    startDate\n    dueDate\n    dependsOn\n    waitingFor\n    overdue\n    returnReason\n    submittedAt\n    linkedPlanId\n    version\n    submittedBy {\n      id\n    }\n    responsible {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    ownerDepartment {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CycleStageFields on CycleStage {\n    id\n    cycleId\n    key\n    name\n    position\n    status\n    startDate\n    dueDate\n    dependsOn\n    waitingFor\n    overdue\n    returnReason\n    submittedAt\n    linkedPlanId\n    version\n    submittedBy {\n      id\n    }\n    responsible {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    ownerDepartment {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanningCycleFields on PlanningCycle {\n    id\n    name\n    planId\n    planYear\n    today\n    version\n    retrospective\n    previousRetrospective\n    criticalPath\n    memberIds\n    leader {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    deputyLeader {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    members {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    dashboard {\n      stageCount\n      approvedCount\n      submittedCount\n      overdueCount\n      dueByTodayCount\n      doneOfDueCount\n      late {\n        overdueStageIds\n        member {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n    stages {\n      ...CycleStageFields\n    }\n  }\n"): (typeof documents)["\n  fragment PlanningCycleFields on PlanningCycle {\n    id\n    name\n    planId\n    planYear\n    today\n    version\n    retrospective\n    previousRetrospective\n    criticalPath\n    memberIds\n    leader {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    deputyLeader {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    members {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    dashboard {\n      stageCount\n      approvedCount\n      submittedCount\n      overdueCount\n      dueByTodayCount\n      doneOfDueCount\n      late {\n        overdueStageIds\n        member {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n    stages {\n      ...CycleStageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlanningCycle($input: CreatePlanningCycleInput!) {\n    createPlanningCycle(input: $input) {\n      ...PlanningCycleFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlanningCycle($input: CreatePlanningCycleInput!) {\n    createPlanningCycle(input: $input) {\n      ...PlanningCycleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDeliverable($input: UpdateDeliverableInput!) {\n    updateDeliverable(input: $input) {\n      id\n      body\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDeliverable($input: UpdateDeliverableInput!) {\n    updateDeliverable(input: $input) {\n      id\n      body\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAttachment($input: AddAttachmentInput!) {\n    addAttachment(input: $input) {\n      id\n      filename\n      contentType\n      size\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddAttachment($input: AddAttachmentInput!) {\n    addAttachment(input: $input) {\n      id\n      filename\n      contentType\n      size\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveAttachment($id: ID!) {\n    removeAttachment(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveAttachment($id: ID!) {\n    removeAttachment(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCycleStage($input: StageVersionInput!) {\n    submitCycleStage(input: $input) {\n      ...CycleStageFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCycleStage($input: StageVersionInput!) {\n    submitCycleStage(input: $input) {\n      ...CycleStageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveCycleStage($input: StageVersionInput!) {\n    approveCycleStage(input: $input) {\n      ...CycleStageFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveCycleStage($input: StageVersionInput!) {\n    approveCycleStage(input: $input) {\n      ...CycleStageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnCycleStage($input: ReturnCycleStageInput!) {\n    returnCycleStage(input: $input) {\n      ...CycleStageFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnCycleStage($input: ReturnCycleStageInput!) {\n    returnCycleStage(input: $input) {\n      ...CycleStageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCycleStage($input: AddCycleStageInput!) {\n    addCycleStage(input: $input) {\n      ...CycleStageFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCycleStage($input: AddCycleStageInput!) {\n    addCycleStage(input: $input) {\n      ...CycleStageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCycleStage($input: StageVersionInput!) {\n    deleteCycleStage(input: $input) {\n      id\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCycleStage($input: StageVersionInput!) {\n    deleteCycleStage(input: $input) {\n      id\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreCycleStage($id: ID!) {\n    restoreCycleStage(id: $id) {\n      ...CycleStageFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreCycleStage($id: ID!) {\n    restoreCycleStage(id: $id) {\n      ...CycleStageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderCycleStages($input: ReorderCycleStagesInput!) {\n    reorderCycleStages(input: $input) {\n      id\n      version\n      criticalPath\n      stages {\n        ...CycleStageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderCycleStages($input: ReorderCycleStagesInput!) {\n    reorderCycleStages(input: $input) {\n      id\n      version\n      criticalPath\n      stages {\n        ...CycleStageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCycleStage($input: UpdateCycleStageInput!) {\n    updateCycleStage(input: $input) {\n      ...CycleStageFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCycleStage($input: UpdateCycleStageInput!) {\n    updateCycleStage(input: $input) {\n      ...CycleStageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePlanningCycle($input: UpdatePlanningCycleInput!) {\n    updatePlanningCycle(input: $input) {\n      ...PlanningCycleFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePlanningCycle($input: UpdatePlanningCycleInput!) {\n    updatePlanningCycle(input: $input) {\n      ...PlanningCycleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttachmentContent($id: ID!) {\n    attachmentContent(id: $id) {\n      id\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"): (typeof documents)["\n  query AttachmentContent($id: ID!) {\n    attachmentContent(id: $id) {\n      id\n      filename\n      contentType\n      contentBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CycleStage($id: ID!) {\n    cycleStage(id: $id) {\n      ...CycleStageFields\n      deliverables {\n        id\n        name\n        body\n        version\n        updatedAt\n        attachments {\n          id\n          filename\n          contentType\n          size\n          createdAt\n        }\n      }\n      history {\n        id\n        action\n        fromStatus\n        toStatus\n        reason\n        createdAt\n        actor {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CycleStage($id: ID!) {\n    cycleStage(id: $id) {\n      ...CycleStageFields\n      deliverables {\n        id\n        name\n        body\n        version\n        updatedAt\n        attachments {\n          id\n          filename\n          contentType\n          size\n          createdAt\n        }\n      }\n      history {\n        id\n        action\n        fromStatus\n        toStatus\n        reason\n        createdAt\n        actor {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeletedCycleStages($id: ID!) {\n    planningCycle(id: $id) {\n      id\n      deletedStages {\n        id\n        key\n        name\n        startDate\n        dueDate\n        deletedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeletedCycleStages($id: ID!) {\n    planningCycle(id: $id) {\n      id\n      deletedStages {\n        id\n        key\n        name\n        startDate\n        dueDate\n        deletedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningCycle($id: ID!) {\n    planningCycle(id: $id) {\n      ...PlanningCycleFields\n    }\n  }\n"): (typeof documents)["\n  query PlanningCycle($id: ID!) {\n    planningCycle(id: $id) {\n      ...PlanningCycleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningCycles {\n    planningCycles {\n      id\n      name\n      planId\n      planYear\n      retrospective\n    }\n  }\n"): (typeof documents)["\n  query PlanningCycles {\n    planningCycles {\n      id\n      name\n      planId\n      planYear\n      retrospective\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StageBudget($planId: ID!) {\n    budget(planId: $planId) {\n      id\n      planId\n    }\n  }\n"): (typeof documents)["\n  query StageBudget($planId: ID!) {\n    budget(planId: $planId) {\n      id\n      planId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanDashboard($planId: ID!) {\n    planDashboard(planId: $planId) {\n      plan {\n        id\n        progress\n      }\n      today\n      progress\n      yearStart\n      yearEnd\n      timeElapsed\n      health\n      operationsIndex {\n        index\n        progress\n        weakest\n        dimensions {\n          dimension\n          progress\n        }\n      }\n      objectives {\n        timeElapsed\n        health\n        node {\n          id\n          title\n          progress\n          status\n          dimension\n          dueDate\n          overdue\n        }\n      }\n      statusCounts {\n        status\n        count\n      }\n      overdueCount\n      trend {\n        date\n        progress\n      }\n      checkInActivity {\n        week\n        count\n        averageConfidence\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanDashboard($planId: ID!) {\n    planDashboard(planId: $planId) {\n      plan {\n        id\n        progress\n      }\n      today\n      progress\n      yearStart\n      yearEnd\n      timeElapsed\n      health\n      operationsIndex {\n        index\n        progress\n        weakest\n        dimensions {\n          dimension\n          progress\n        }\n      }\n      objectives {\n        timeElapsed\n        health\n        node {\n          id\n          title\n          progress\n          status\n          dimension\n          dueDate\n          overdue\n        }\n      }\n      statusCounts {\n        status\n        count\n      }\n      overdueCount\n      trend {\n        date\n        progress\n      }\n      checkInActivity {\n        week\n        count\n        averageConfidence\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentOverview($planId: ID!, $departmentId: ID) {\n    departmentOverview(planId: $planId, departmentId: $departmentId) {\n      today\n      department {\n        id\n        name\n      }\n      projects {\n        timeElapsed\n        health\n        node {\n          id\n          title\n          progress\n          status\n          startDate\n          dueDate\n          overdue\n          owner {\n            id\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n      atRisk {\n        id\n        parentId\n        level\n        title\n        status\n        progress\n        dueDate\n        overdue\n        owner {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n        department {\n          id\n          name\n        }\n      }\n      atRiskTotal\n      workload {\n        owner {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n        open\n        overdue\n        atRisk\n        done\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentOverview($planId: ID!, $departmentId: ID) {\n    departmentOverview(planId: $planId, departmentId: $departmentId) {\n      today\n      department {\n        id\n        name\n      }\n      projects {\n        timeElapsed\n        health\n        node {\n          id\n          title\n          progress\n          status\n          startDate\n          dueDate\n          overdue\n          owner {\n            id\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n      atRisk {\n        id\n        parentId\n        level\n        title\n        status\n        progress\n        dueDate\n        overdue\n        owner {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n        department {\n          id\n          name\n        }\n      }\n      atRiskTotal\n      workload {\n        owner {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n        open\n        overdue\n        atRisk\n        done\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DepartmentFields on Department {\n    id\n    name\n    parentId\n    sortOrder\n    memberCount\n    isHr\n    version\n    manager {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DepartmentFields on Department {\n    id\n    name\n    parentId\n    sortOrder\n    memberCount\n    isHr\n    version\n    manager {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query MyWork {\n    myWork {\n      ...PlanNodeRowFields\n    }\n  }\n"): (typeof documents)["\n  query MyWork {\n    myWork {\n      ...PlanNodeRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      items {\n        id\n        kind\n        message\n        dueDate\n        cycleId\n        stageId\n        readAt\n        createdAt\n        actor {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n      nextCursor\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      items {\n        id\n        kind\n        message\n        dueDate\n        cycleId\n        stageId\n        readAt\n        createdAt\n        actor {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n      nextCursor\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment PlanNodeFields on PlanNode {\n    ...PlanNodeRowFields\n    description\n    weight\n    dimension\n    dimensionInherited\n    dependsOn\n    checklist {\n      text\n    }\n    kpi {\n      baseline\n      direction\n      progress\n      targetSource {\n        scenario\n        period\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlanNodeFields on PlanNode {\n    ...PlanNodeRowFields\n    description\n    weight\n    dimension\n    dimensionInherited\n    dependsOn\n    checklist {\n      text\n    }\n    kpi {\n      baseline\n      direction\n      progress\n      targetSource {\n        scenario\n        period\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanNodeRowFields on PlanNode {\n    id\n    planId\n    parentId\n    level\n    depth\n    title\n    status\n    progress\n    ownProgress\n    startDate\n    dueDate\n    overdue\n    childCount\n    sortOrder\n    version\n    recurrence\n    checklist {\n      done\n    }\n    owner {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    department {\n      id\n      name\n    }\n    kpi {\n      name\n      unit\n      target\n      actual\n      targetSource {\n        measure\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlanNodeRowFields on PlanNode {\n    id\n    planId\n    parentId\n    level\n    depth\n    title\n    status\n    progress\n    ownProgress\n    startDate\n    dueDate\n    overdue\n    childCount\n    sortOrder\n    version\n    recurrence\n    checklist {\n      done\n    }\n    owner {\n      id\n      user {\n        id\n        displayName\n      }\n    }\n    department {\n      id\n      name\n    }\n    kpi {\n      name\n      unit\n      target\n      actual\n      targetSource {\n        measure\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation LinkKpiTargetToBudget($input: LinkKpiTargetInput!) {\n    linkKpiTargetToBudget(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n"): (typeof documents)["\n  mutation LinkKpiTargetToBudget($input: LinkKpiTargetInput!) {\n    linkKpiTargetToBudget(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveNode($input: MoveNodeInput!) {\n    moveNode(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveNode($input: MoveNodeInput!) {\n    moveNode(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreNode($id: ID!) {\n    restoreNode(id: $id) {\n      ...PlanNodeFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreNode($id: ID!) {\n    restoreNode(id: $id) {\n      ...PlanNodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNodeChecklist($input: SetNodeChecklistInput!) {\n    setNodeChecklist(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetNodeChecklist($input: SetNodeChecklistInput!) {\n    setNodeChecklist(input: $input) {\n      ...PlanNodeFields\n    }\n  }\n"];
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
export function graphql(source: "\n  query NodeBudgetHorizon($planId: ID!) {\n    budget(planId: $planId) {\n      id\n      startMonth\n      horizonMonths\n    }\n  }\n"): (typeof documents)["\n  query NodeBudgetHorizon($planId: ID!) {\n    budget(planId: $planId) {\n      id\n      startMonth\n      horizonMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      ...PlanNodeFields\n      budgetCostEstimate\n    }\n    checkIns(nodeId: $id) {\n      ...CheckInFields\n    }\n    comments(nodeId: $id) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      ...PlanNodeFields\n      budgetCostEstimate\n    }\n    checkIns(nodeId: $id) {\n      ...CheckInFields\n    }\n    comments(nodeId: $id) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeSubtree($id: ID!) {\n    nodeSubtree(id: $id) {\n      ...PlanNodeRowFields\n    }\n  }\n"): (typeof documents)["\n  query NodeSubtree($id: ID!) {\n    nodeSubtree(id: $id) {\n      ...PlanNodeRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationsIndex($planId: ID!, $nodeId: ID) {\n    operationsIndex(planId: $planId, nodeId: $nodeId) {\n      index\n      progress\n      weakest\n      dimensions {\n        dimension\n        progress\n      }\n    }\n  }\n"): (typeof documents)["\n  query OperationsIndex($planId: ID!, $nodeId: ID) {\n    operationsIndex(planId: $planId, nodeId: $nodeId) {\n      index\n      progress\n      weakest\n      dimensions {\n        dimension\n        progress\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanOutline($planId: ID!, $depth: Int!, $fitWithin: Int) {\n    planOutline(planId: $planId, depth: $depth, fitWithin: $fitWithin) {\n      ...PlanNodeRowFields\n    }\n  }\n"): (typeof documents)["\n  query PlanOutline($planId: ID!, $depth: Int!, $fitWithin: Int) {\n    planOutline(planId: $planId, depth: $depth, fitWithin: $fitWithin) {\n      ...PlanNodeRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plans {\n    plans {\n      ...PlanFields\n    }\n  }\n"): (typeof documents)["\n  query Plans {\n    plans {\n      ...PlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreDeletedNode($id: ID!) {\n    restoreNode(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreDeletedNode($id: ID!) {\n    restoreNode(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreDeletedDepartment($id: ID!) {\n    restoreDepartment(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreDeletedDepartment($id: ID!) {\n    restoreDepartment(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreDeletedStage($id: ID!) {\n    restoreCycleStage(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreDeletedStage($id: ID!) {\n    restoreCycleStage(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreDeletedTemplate($id: ID!) {\n    restorePlanTemplate(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreDeletedTemplate($id: ID!) {\n    restorePlanTemplate(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentlyDeleted {\n    recentlyDeleted {\n      id\n      kind\n      title\n      titleZh\n      stageKey\n      level\n      planId\n      context\n      itemCount\n      deletedAt\n      parentDeleted\n      deletedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecentlyDeleted {\n    recentlyDeleted {\n      id\n      kind\n      title\n      titleZh\n      stageKey\n      level\n      planId\n      context\n      itemCount\n      deletedAt\n      parentDeleted\n      deletedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanTemplateFields on PlanTemplate {\n    id\n    key\n    builtIn\n    name {\n      zhCN\n      en\n    }\n    description {\n      zhCN\n      en\n    }\n    body\n    createdAt\n    version\n  }\n"): (typeof documents)["\n  fragment PlanTemplateFields on PlanTemplate {\n    id\n    key\n    builtIn\n    name {\n      zhCN\n      en\n    }\n    description {\n      zhCN\n      en\n    }\n    body\n    createdAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlanFromTemplate($input: TemplateUseInput!) {\n    createPlanFromTemplate(input: $input) {\n      plan {\n        ...PlanFields\n      }\n      budgetId\n      cycleId\n      checks {\n        kind\n        months\n        paybackMonth\n        met\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlanFromTemplate($input: TemplateUseInput!) {\n    createPlanFromTemplate(input: $input) {\n      plan {\n        ...PlanFields\n      }\n      budgetId\n      cycleId\n      checks {\n        kind\n        months\n        paybackMonth\n        met\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePlanTemplate($input: TemplateVersionInput!) {\n    deletePlanTemplate(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePlanTemplate($input: TemplateVersionInput!) {\n    deletePlanTemplate(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPlanTemplate($input: ImportPlanTemplateInput!) {\n    importPlanTemplate(input: $input) {\n      ...PlanTemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPlanTemplate($input: ImportPlanTemplateInput!) {\n    importPlanTemplate(input: $input) {\n      ...PlanTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestorePlanTemplate($id: ID!) {\n    restorePlanTemplate(id: $id) {\n      ...PlanTemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestorePlanTemplate($id: ID!) {\n    restorePlanTemplate(id: $id) {\n      ...PlanTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePlanAsTemplate($input: SavePlanAsTemplateInput!) {\n    savePlanAsTemplate(input: $input) {\n      ...PlanTemplateFields\n    }\n  }\n"): (typeof documents)["\n  mutation SavePlanAsTemplate($input: SavePlanAsTemplateInput!) {\n    savePlanAsTemplate(input: $input) {\n      ...PlanTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanTemplate($id: ID!) {\n    planTemplate(id: $id) {\n      ...PlanTemplateFields\n    }\n  }\n"): (typeof documents)["\n  query PlanTemplate($id: ID!) {\n    planTemplate(id: $id) {\n      ...PlanTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanTemplates {\n    planTemplates {\n      ...PlanTemplateFields\n    }\n  }\n"): (typeof documents)["\n  query PlanTemplates {\n    planTemplates {\n      ...PlanTemplateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanVersionFields on PlanVersion {\n    id\n    planId\n    number\n    label\n    source\n    createdAt\n    nodeCount\n    objectiveCount\n    projectCount\n    letterCount\n    createdBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment PlanVersionFields on PlanVersion {\n    id\n    planId\n    number\n    label\n    source\n    createdAt\n    nodeCount\n    objectiveCount\n    projectCount\n    letterCount\n    createdBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VersionNodeFields on VersionNode {\n    id\n    title\n    level\n    status\n    ownerName\n    departmentName\n    startDate\n    dueDate\n    weight\n  }\n"): (typeof documents)["\n  fragment VersionNodeFields on VersionNode {\n    id\n    title\n    level\n    status\n    ownerName\n    departmentName\n    startDate\n    dueDate\n    weight\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlanVersion($planId: ID!, $label: String!) {\n    createPlanVersion(planId: $planId, label: $label) {\n      ...PlanVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlanVersion($planId: ID!, $label: String!) {\n    createPlanVersion(planId: $planId, label: $label) {\n      ...PlanVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeResponsibilityLetter($id: ID!) {\n    acknowledgeResponsibilityLetter(id: $id) {\n      id\n      acknowledgedAt\n      acknowledgedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeResponsibilityLetter($id: ID!) {\n    acknowledgeResponsibilityLetter(id: $id) {\n      id\n      acknowledgedAt\n      acknowledgedBy {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanVersions($planId: ID!) {\n    planVersions(planId: $planId) {\n      ...PlanVersionFields\n    }\n  }\n"): (typeof documents)["\n  query PlanVersions($planId: ID!) {\n    planVersions(planId: $planId) {\n      ...PlanVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComparePlanVersions($fromId: ID!, $toId: ID!) {\n    comparePlanVersions(fromId: $fromId, toId: $toId) {\n      from {\n        ...PlanVersionFields\n      }\n      to {\n        ...PlanVersionFields\n      }\n      summary {\n        nodesAdded\n        nodesRemoved\n        nodesChanged\n        targetsChanged\n      }\n      addedNodes {\n        ...VersionNodeFields\n      }\n      removedNodes {\n        ...VersionNodeFields\n      }\n      changedNodes {\n        id\n        level\n        title\n        changes {\n          field\n          before\n          after\n          beforeLabel\n          afterLabel\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComparePlanVersions($fromId: ID!, $toId: ID!) {\n    comparePlanVersions(fromId: $fromId, toId: $toId) {\n      from {\n        ...PlanVersionFields\n      }\n      to {\n        ...PlanVersionFields\n      }\n      summary {\n        nodesAdded\n        nodesRemoved\n        nodesChanged\n        targetsChanged\n      }\n      addedNodes {\n        ...VersionNodeFields\n      }\n      removedNodes {\n        ...VersionNodeFields\n      }\n      changedNodes {\n        id\n        level\n        title\n        changes {\n          field\n          before\n          after\n          beforeLabel\n          afterLabel\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponsibilityLetters($versionId: ID!) {\n    responsibilityLetters(versionId: $versionId) {\n      id\n      versionId\n      kind\n      ownerName\n      pdfPath\n      acknowledgedAt\n      acknowledgedBy {\n        id\n        displayName\n      }\n      owner {\n        id\n      }\n      departments {\n        id\n        name\n        budgetEnvelope\n        standardHeadcount\n      }\n      items {\n        nodeId\n        level\n        title\n        departmentName\n        dueDate\n        kpi {\n          name\n          unit\n          baseline\n          target\n          direction\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResponsibilityLetters($versionId: ID!) {\n    responsibilityLetters(versionId: $versionId) {\n      id\n      versionId\n      kind\n      ownerName\n      pdfPath\n      acknowledgedAt\n      acknowledgedBy {\n        id\n        displayName\n      }\n      owner {\n        id\n      }\n      departments {\n        id\n        name\n        budgetEnvelope\n        standardHeadcount\n      }\n      items {\n        nodeId\n        level\n        title\n        departmentName\n        dueDate\n        kpi {\n          name\n          unit\n          baseline\n          target\n          direction\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanVersion($id: ID!) {\n    planVersion(id: $id) {\n      ...PlanVersionFields\n    }\n  }\n"): (typeof documents)["\n  query PlanVersion($id: ID!) {\n    planVersion(id: $id) {\n      ...PlanVersionFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;