import { graphql } from '../../../../gql';

export const DELETE_PLAN_TEMPLATE_MUTATION = graphql(`
  mutation DeletePlanTemplate($input: TemplateVersionInput!) {
    deletePlanTemplate(input: $input) {
      id
      version
    }
  }
`);
