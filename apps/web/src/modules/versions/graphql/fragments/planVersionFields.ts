import { graphql } from '../../../../gql';

export const PLAN_VERSION_FIELDS = graphql(`
  fragment PlanVersionFields on PlanVersion {
    id
    planId
    number
    label
    source
    createdAt
    nodeCount
    objectiveCount
    projectCount
    letterCount
    createdBy {
      id
      displayName
    }
  }
`);

export const VERSION_NODE_FIELDS = graphql(`
  fragment VersionNodeFields on VersionNode {
    id
    title
    level
    status
    ownerName
    departmentName
    startDate
    dueDate
    weight
  }
`);
