import { graphql } from '../../../../gql';

export const PLAN_VERSIONS_QUERY = graphql(`
  query PlanVersions($planId: ID!) {
    planVersions(planId: $planId) {
      ...PlanVersionFields
    }
  }
`);

export const COMPARE_PLAN_VERSIONS_QUERY = graphql(`
  query ComparePlanVersions($fromId: ID!, $toId: ID!) {
    comparePlanVersions(fromId: $fromId, toId: $toId) {
      from {
        ...PlanVersionFields
      }
      to {
        ...PlanVersionFields
      }
      summary {
        nodesAdded
        nodesRemoved
        nodesChanged
        targetsChanged
      }
      addedNodes {
        ...VersionNodeFields
      }
      removedNodes {
        ...VersionNodeFields
      }
      changedNodes {
        id
        level
        title
        changes {
          field
          before
          after
          beforeLabel
          afterLabel
        }
      }
    }
  }
`);

export const RESPONSIBILITY_LETTERS_QUERY = graphql(`
  query ResponsibilityLetters($versionId: ID!) {
    responsibilityLetters(versionId: $versionId) {
      id
      versionId
      kind
      ownerName
      pdfPath
      acknowledgedAt
      acknowledgedBy {
        id
        displayName
      }
      owner {
        id
      }
      departments {
        id
        name
        budgetEnvelope
        standardHeadcount
      }
      items {
        nodeId
        level
        title
        departmentName
        dueDate
        kpi {
          name
          unit
          baseline
          target
          direction
        }
      }
    }
  }
`);

export const PLAN_VERSION_QUERY = graphql(`
  query PlanVersion($id: ID!) {
    planVersion(id: $id) {
      ...PlanVersionFields
    }
  }
`);
