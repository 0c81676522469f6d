import { graphql } from '../../../../gql';

/** The whole node, for the drawer and every node write's answer: the row's fields and the rest. */
export const PLAN_NODE_FIELDS = graphql(`
  fragment PlanNodeFields on PlanNode {
    ...PlanNodeRowFields
    description
    weight
    dimension
    dimensionInherited
    dependsOn
    checklist {
      text
    }
    kpi {
      baseline
      direction
      progress
      targetSource {
        scenario
        period
      }
    }
  }
`);
