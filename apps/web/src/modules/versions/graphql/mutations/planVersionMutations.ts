import { graphql } from '../../../../gql';

export const CREATE_PLAN_VERSION_MUTATION = graphql(`
  mutation CreatePlanVersion($planId: ID!, $label: String!) {
    createPlanVersion(planId: $planId, label: $label) {
      ...PlanVersionFields
    }
  }
`);

export const ACKNOWLEDGE_LETTER_MUTATION = graphql(`
  mutation AcknowledgeResponsibilityLetter($id: ID!) {
    acknowledgeResponsibilityLetter(id: $id) {
      id
      acknowledgedAt
      acknowledgedBy {
        id
        displayName
      }
    }
  }
`);
