import { graphql } from '../../../../gql';

export const PLAN_DASHBOARD_QUERY = graphql(`
  query PlanDashboard($planId: ID!) {
    planDashboard(planId: $planId) {
      plan {
        id
        progress
      }
      today
      progress
      yearStart
      yearEnd
      timeElapsed
      health
      operationsIndex {
        index
        progress
        weakest
        dimensions {
          dimension
          progress
        }
      }
      objectives {
        timeElapsed
        health
        node {
          id
          title
          progress
          status
          dimension
          dueDate
          overdue
        }
      }
      statusCounts {
        status
        count
      }
      overdueCount
      trend {
        date
        progress
      }
      checkInActivity {
        week
        count
        averageConfidence
      }
    }
  }
`);
