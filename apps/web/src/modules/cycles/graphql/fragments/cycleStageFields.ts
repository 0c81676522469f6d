import { graphql } from '../../../../gql';

export const CYCLE_STAGE_FIELDS = graphql(`
  fragment CycleStageFields on CycleStage {
    id
    cycleId
    key
    name
    position
    status
    startDate
    dueDate
    dependsOn
    waitingFor
    overdue
    returnReason
    submittedAt
    linkedPlanId
    version
    submittedBy {
      id
    }
    responsible {
      id
      user {
        id
        displayName
      }
    }
    ownerDepartment {
      id
      name
    }
  }
`);
