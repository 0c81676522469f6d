import { graphql } from '../../../../gql';

export const SAVE_PLAN_AS_TEMPLATE_MUTATION = graphql(`
  mutation SavePlanAsTemplate($input: SavePlanAsTemplateInput!) {
    savePlanAsTemplate(input: $input) {
      ...PlanTemplateFields
    }
  }
`);
