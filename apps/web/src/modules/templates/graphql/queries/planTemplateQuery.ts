import { graphql } from '../../../../gql';

export const PLAN_TEMPLATE_QUERY = graphql(`
  query PlanTemplate($id: ID!) {
    planTemplate(id: $id) {
      ...PlanTemplateFields
    }
  }
`);
