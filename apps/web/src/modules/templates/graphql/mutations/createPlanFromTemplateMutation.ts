import { graphql } from '../../../../gql';

export const CREATE_PLAN_FROM_TEMPLATE_MUTATION = graphql(`
  mutation CreatePlanFromTemplate($input: TemplateUseInput!) {
    createPlanFromTemplate(input: $input) {
      plan {
        ...PlanFields
      }
      budgetId
      cycleId
      checks {
        kind
        months
        paybackMonth
        met
      }
    }
  }
`);
