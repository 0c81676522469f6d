import { graphql } from '../../../../gql';

export const RESTORE_PLAN_TEMPLATE_MUTATION = graphql(`
  mutation RestorePlanTemplate($id: ID!) {
    restorePlanTemplate(id: $id) {
      ...PlanTemplateFields
    }
  }
`);
