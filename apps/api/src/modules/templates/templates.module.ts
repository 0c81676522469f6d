import { Module } from '@nestjs/common';
import { PlanTemplatesService } from './services/plan-templates.service';
import { TemplateInstantiator } from './services/template-instantiator.service';
import { PlanTemplatesResolver } from './resolvers/plan-templates.resolver';

/**
 * Plan templates: the built-in ones (libs/domain) and an organisation's own,
 * and laying out a whole plan from one (departments, cascade, cycle, budget)
 * in one transaction. The instantiator is exported for createOrganization,
 * which starts a new organisation from a built-in template.
 */
@Module({
  providers: [PlanTemplatesService, TemplateInstantiator, PlanTemplatesResolver],
  exports: [TemplateInstantiator],
})
export class TemplatesModule {}
