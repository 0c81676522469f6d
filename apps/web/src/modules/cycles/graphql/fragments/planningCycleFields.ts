import { graphql } from '../../../../gql';

export const PLANNING_CYCLE_FIELDS = graphql(`
  fragment PlanningCycleFields on PlanningCycle {
    id
    name
    planId
    planYear
    today
    version
    retrospective
    previousRetrospective
    criticalPath
    memberIds
    leader {
      id
      user {
        id
        displayName
      }
    }
    deputyLeader {
      id
      user {
        id
        displayName
      }
    }
    members {
      id
      user {
        id
        displayName
      }
    }
    dashboard {
      stageCount
      approvedCount
      submittedCount
      overdueCount
      dueByTodayCount
      doneOfDueCount
      late {
        overdueStageIds
        member {
          id
          user {
            id
            displayName
          }
        }
      }
    }
    stages {
      ...CycleStageFields
    }
  }
`);
