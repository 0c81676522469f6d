import { graphql } from '../../../../gql';

export const DEPARTMENT_OVERVIEW_QUERY = graphql(`
  query DepartmentOverview($planId: ID!, $departmentId: ID) {
    departmentOverview(planId: $planId, departmentId: $departmentId) {
      today
      department {
        id
        name
      }
      projects {
        timeElapsed
        health
        node {
          id
          title
          progress
          status
          startDate
          dueDate
          overdue
          owner {
            id
            user {
              id
              displayName
            }
          }
        }
      }
      atRisk {
        id
        parentId
        level
        title
        status
        progress
        dueDate
        overdue
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
      }
      atRiskTotal
      workload {
        owner {
          id
          user {
            id
            displayName
          }
        }
        open
        overdue
        atRisk
        done
      }
    }
  }
`);
