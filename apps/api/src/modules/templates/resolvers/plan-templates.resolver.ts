import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, RequestContext, RequirePermission } from '../../../common/auth/auth.decorators';
import type { GqlContext, MemberCaller } from '../../../common/context/gql-context';
import { IdArg } from '../../../common/graphql/id-arg';
import { PlanTemplatesService } from '../services/plan-templates.service';
import { PlanTemplateDto } from '../dtos/plan-template.dto';
import { TemplatePlanResultDto } from '../dtos/template-plan-result.dto';
import { ImportPlanTemplateInput, SavePlanAsTemplateInput, TemplateUseInput, TemplateVersionInput } from '../dtos/inputs/template.inputs';

@Resolver(() => PlanTemplateDto)
@RequirePermission('plans.read')
export class PlanTemplatesResolver {
  constructor(private readonly templates: PlanTemplatesService) {}

  @Query(() => [PlanTemplateDto], { description: 'The built-in templates, then the organisation’s own.' })
  planTemplates(@CurrentCaller() caller: MemberCaller): Promise<PlanTemplateDto[]> {
    return this.templates.list(caller);
  }

  @Query(() => PlanTemplateDto)
  planTemplate(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: MemberCaller): Promise<PlanTemplateDto> {
    return this.templates.get(caller, id);
  }

  @RequirePermission('plans.manage')
  @Mutation(() => TemplatePlanResultDto, { description: 'Creates a plan from a template, with its departments, cycle and budget, all at once.' })
  createPlanFromTemplate(@Args('input') input: TemplateUseInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<TemplatePlanResultDto> {
    return this.templates.createPlan(caller, input, ctx.requestId);
  }

  @RequirePermission('plans.manage')
  @Mutation(() => PlanTemplateDto, { description: 'Keeps a plan as one of the organisation’s templates.' })
  savePlanAsTemplate(@Args('input') input: SavePlanAsTemplateInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<PlanTemplateDto> {
    return this.templates.saveFromPlan(caller, input, ctx.requestId);
  }

  @RequirePermission('plans.manage')
  @Mutation(() => PlanTemplateDto, { description: 'Adds a template given as JSON (an exported PlanTemplate.body).' })
  importPlanTemplate(@Args('input') input: ImportPlanTemplateInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<PlanTemplateDto> {
    return this.templates.importJson(caller, input, ctx.requestId);
  }

  @RequirePermission('plans.manage')
  @Mutation(() => PlanTemplateDto, { description: 'Deletes one of the organisation’s templates; restorePlanTemplate brings it back.' })
  deletePlanTemplate(@Args('input') input: TemplateVersionInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<PlanTemplateDto> {
    return this.templates.remove(caller, input, ctx.requestId);
  }

  @RequirePermission('plans.manage')
  @Mutation(() => PlanTemplateDto)
  restorePlanTemplate(@IdArg('id') id: string, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<PlanTemplateDto> {
    return this.templates.restore(caller, id, ctx.requestId);
  }
}
