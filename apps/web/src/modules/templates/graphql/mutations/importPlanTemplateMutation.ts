import { graphql } from '../../../../gql';

export const IMPORT_PLAN_TEMPLATE_MUTATION = graphql(`
  mutation ImportPlanTemplate($input: ImportPlanTemplateInput!) {
    importPlanTemplate(input: $input) {
      ...PlanTemplateFields
    }
  }
`);
