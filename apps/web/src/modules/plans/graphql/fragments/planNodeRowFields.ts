import { graphql } from '../../../../gql';

/**
 * What the list views read of a node: the outline's rows and their inline
 * edits, moves, the timeline, filters and My work. The drawer reads the whole
 * node (PlanNodeFields) when it opens; a description alone may run to 20,000
 * characters, so lists leave it and the other drawer-only fields out.
 *
 * owner.user keeps its id so the user stays one cached entity; kpi.name is the
 * KPI cell's tooltip and My work's placeholder; kpi.targetSource.measure tells
 * a payback-month target ("month 3") from an amount.
 */
export const PLAN_NODE_ROW_FIELDS = graphql(`
  fragment PlanNodeRowFields on PlanNode {
    id
    planId
    parentId
    level
    depth
    title
    status
    progress
    ownProgress
    startDate
    dueDate
    overdue
    childCount
    sortOrder
    version
    recurrence
    checklist {
      done
    }
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
      target
      actual
      targetSource {
        measure
      }
    }
  }
`);
