import { Controller, Get, Headers, HttpCode, OnModuleInit, Param, Post, Query, Req, Res } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { computeBudget, ScenarioName } from '@opsplan/domain';
import { AppError, badInput, forbidden, unauthenticated } from '../../../common/errors/app-error';
import { identifyCaller } from '../../../common/auth/identify-caller';
import { answerFile } from '../../../common/http/answer-file';
import type { MemberCaller } from '../../../common/context/gql-context';
import { isUuid } from '../../../common/graphql/id-arg';
import { TenantDb } from '../../../database/tenant-db.service';
import { AccessTokenService } from '../../identity/services/access-token.service';
import { BudgetsService } from '../services/budgets.service';
import { BudgetLinesService } from '../services/budget-lines.service';
import { EXCEL_LANGUAGES, ExcelLanguage } from '../excel/excel-labels';

/** The workbook code and exceljs load on the first export or import, not at start-up (exceljs alone adds about 300 ms to it). */
const workbooks = () => import('../excel');

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The largest workbook an import takes. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
const SCENARIOS: ScenarioName[] = ['responsibility', 'stretch', 'breakeven'];

/**
 * The budget as Excel, authenticated exactly like the letter PDFs (the
 * bearer access token checked against session and membership), with the
 * budget's own access rules; errors answer { error: { code, message } }.
 * - GET  /budgets/:id/export.xlsx?scenario=all|responsibility|stretch|breakeven&lang= — access.export
 * - GET  /budgets/:id/template.xlsx?lang= — the drivers template, pre-filled (readAll)
 * - POST /budgets/:id/import?dryRun=1 — body: the filled template (editDrivers);
 *   replaces every line, old ones deleted as one restorable batch, or nothing at all;
 *   `carriedOver` counts the new lines that took over an old line's actuals,
 *   stretch overrides and project (matched by name), and the actuals copied
 */
@Controller()
export class BudgetExcelController implements OnModuleInit {
  constructor(
    private readonly tokens: AccessTokenService,
    private readonly db: TenantDb,
    private readonly budgets: BudgetsService,
    private readonly lines: BudgetLinesService,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  /** Workbooks arrive as raw bytes; a little over the limit is read so the answer can say why (PAYLOAD_TOO_LARGE). */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify || fastify.hasContentTypeParser(XLSX)) return;
    fastify.addContentTypeParser(XLSX, { parseAs: 'buffer', bodyLimit: IMPORT_MAX_BYTES + 1024 * 1024 }, (_req, body, done) => done(null, body));
  }

  @Get('budgets/:id/export.xlsx')
  async export(
    @Param('id') id: string,
    @Query('scenario') scenario: string | undefined,
    @Query('lang') lang: string | undefined,
    @Headers('authorization') authorization: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await answerFile(reply, async () => {
      const caller = await this.caller(authorization, id);
      const language = languageOf(lang);
      const wanted = scenario ?? 'all';
      if (wanted !== 'all' && !SCENARIOS.includes(wanted as ScenarioName)) throw badInput('scenario', `scenario must be all or one of ${SCENARIOS.join(', ')}.`);
      const data = await this.budgets.loadForExport(caller, id.toLowerCase(), 'export');
      const workbook = await (await workbooks()).buildBudgetWorkbook({
        input: data.input,
        result: computeBudget(data.input),
        scenarios: wanted === 'all' ? SCENARIOS : [wanted as ScenarioName],
        departments: data.departments,
        currency: data.budget.currency,
        lang: language,
        budgetName: data.budget.name,
      });
      await sendXlsx(reply, workbook, `budget-${wanted}-${language}.xlsx`);
    });
  }

  @Get('budgets/:id/template.xlsx')
  async template(@Param('id') id: string, @Query('lang') lang: string | undefined, @Headers('authorization') authorization: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    await answerFile(reply, async () => {
      const caller = await this.caller(authorization, id);
      const language = languageOf(lang);
      const data = await this.budgets.loadForExport(caller, id.toLowerCase(), 'readAll');
      // (Every role that reads the whole budget may see salaries: budgetAccess.)
      const workbook = await (await workbooks()).buildDriversTemplate({
        input: data.input,
        startMonth: data.budget.startMonth,
        horizonMonths: data.budget.horizonMonths,
        departments: data.departments,
        lang: language,
      });
      await sendXlsx(reply, workbook, `budget-drivers-${language}.xlsx`);
    });
  }

  @Post('budgets/:id/import')
  @HttpCode(200)
  async import(
    @Param('id') id: string,
    @Query('dryRun') dryRun: string | undefined,
    @Headers('authorization') authorization: string | undefined,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await answerFile(reply, async () => {
      const caller = await this.caller(authorization, id);
      const body = req.body;
      if (!Buffer.isBuffer(body) || (req.headers['content-type'] ?? '').split(';')[0].trim() !== XLSX) {
        throw badInput('body', `Send the workbook itself as the body, with content-type ${XLSX}.`);
      }
      if (body.length > IMPORT_MAX_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', 'The workbook is larger than 5 MB.');
      // Access before parsing: a role that may not import learns nothing about the file.
      const data = await this.budgets.loadForExport(caller, id.toLowerCase(), 'editDrivers');
      const parsed = await (await workbooks()).parseDriversWorkbook(body, { startMonth: data.budget.startMonth, horizonMonths: data.budget.horizonMonths, departments: data.departments });
      const none = { revenueLines: 0, costLines: 0, positions: 0, loans: 0 };
      const nothingCarried = { lines: 0, actuals: 0 };
      if (!parsed.drivers) {
        await reply.code(200).send({ imported: false, problems: parsed.problems, counts: none, batchId: null, carriedOver: nothingCarried });
        return;
      }
      const isDryRun = dryRun === '1' || dryRun === 'true';
      try {
        const { batchId, counts, carriedOver } = await this.lines.replaceDrivers(caller, data.budget.id, parsed.drivers, { dryRun: isDryRun, requestId: String(req.id) });
        await reply.code(200).send({ imported: !isDryRun, problems: [], counts, batchId, carriedOver });
      } catch (error) {
        // The file was read, but the budget it would leave is refused (e.g. a department deleted meanwhile).
        if (!(error instanceof AppError) || error.code !== 'BAD_USER_INPUT') throw error;
        const problems = (error.extensions.problems as { field: string; message: string }[] | undefined) ?? [{ field: String(error.extensions.field), message: error.message }];
        await reply
          .code(200)
          .send({ imported: false, problems: problems.map((p) => ({ sheet: '', row: 0, column: p.field, reason: p.message })), counts: none, batchId: null, carriedOver: nothingCarried });
      }
    });
  }

  private async caller(authorization: string | undefined, id: string): Promise<MemberCaller> {
    const caller = await identifyCaller(this.tokens, this.db, authorization);
    if (!caller) throw unauthenticated('Please sign in to continue.');
    if (!caller.orgId || !caller.membershipId || !caller.role) throw forbidden('You are not an active member of this organisation.');
    if (!isUuid(id)) throw badInput('id', 'id is not a valid id.');
    return caller as MemberCaller;
  }
}

function languageOf(lang: string | undefined): ExcelLanguage {
  const language = (lang ?? 'zh-CN') as ExcelLanguage;
  if (!EXCEL_LANGUAGES.includes(language)) throw badInput('lang', `lang must be one of ${EXCEL_LANGUAGES.join(', ')}.`);
  return language;
}

async function sendXlsx(reply: FastifyReply, workbook: Buffer, filename: string): Promise<void> {
  await reply
    .code(200)
    .header('content-type', XLSX)
    .header('cache-control', 'private, no-store')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(workbook);
}
