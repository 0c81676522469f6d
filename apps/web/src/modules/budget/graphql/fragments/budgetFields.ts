import { graphql } from '../../../../gql';

// Everything the caller may see of a budget: the driver editor, the scenario
// preview, the headcount plan and plan vs actual all read this one shape.
export const BUDGET_FIELDS = graphql(`
  fragment BudgetFields on Budget {
    id
    planId
    name
    currency
    startMonth
    horizonMonths
    version
    lockedAt
    lockedBy {
      id
      user {
        id
        displayName
      }
    }
    access {
      readAll
      editDrivers
      editRevenue
      editPositions
      seeSalaries
      editActuals
      lock
      export
      departmentId
    }
    financing {
      initialInvestment
      depreciationMonths
      ownFunds
      incomeTaxRate
      loans {
        id
        name
        principal
        annualRate
        termMonths
        repayment
        sortOrder
        version
      }
    }
    stretch {
      volume
      price
      variableCost
      fixedCost
      headcount
    }
    revenueLines {
      id
      name
      kind
      unitPrice
      volume {
        kind
        perMonth
        values
        start
        monthlyGrowth
        seasonality
      }
      variableCost {
        kind
        unitCost
        rate
      }
      stretchVolume
      stretchPrice
      stretchVariableCost
      sortOrder
      version
    }
    costLines {
      id
      name
      departmentId
      category
      amountKind
      amount
      rate
      firstMonth
      lastMonth
      planNodeId
      stretchAmount
      sortOrder
      version
    }
    positions {
      id
      departmentId
      roleTitle
      count
      monthlySalary
      onCostRate
      firstMonth
      lastMonth
      stretchCount
      sortOrder
      version
    }
    departmentLabour {
      departmentId
      headcount
      labourCost
      masked
    }
    actuals {
      id
      lineKind
      lineId
      month
      amount
      version
    }
  }
`);
