import { graphql } from '../../../../gql';

export const PLAN_NODE_FIELDS = graphql(`
  fragment PlanNodeFields on PlanNode {
    id
    planId
    parentId
    level
    depth
    title
    description
    status
    progress
    ownProgress
    weight
    dimension
    dimensionInherited
    startDate
    dueDate
    overdue
    childCount
    sortOrder
    version
    checklist {
      text
      done
    }
    recurrence
    dependsOn
    owner {
      id
      user {
        id
        displayName
      }
    }
    department {
      id
      name
    }
    kpi {
      name
      unit
      baseline
      target
      actual
      direction
      progress
      targetSource {
        scenario
        measure
        period
      }
    }
  }
`);
