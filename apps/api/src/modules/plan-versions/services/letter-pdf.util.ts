import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { LetterLanguage } from './letter-languages';
import type { LetterDocument } from './responsibility-letters.service';

export { LETTER_LANGUAGES } from './letter-languages';
export type { LetterLanguage } from './letter-languages';

const TEXT = {
  'zh-CN': {
    title: '经营团队目标管理责任书',
    organization: '组织',
    planYear: '计划年度',
    plan: '年度经营计划',
    version: (n: number, label: string) => `第 ${n} 版（${label}）`,
    versionLabel: '依据版本',
    owner: '责任人',
    role: '角色',
    director: '总监',
    department_manager: '部门经理',
    items: '目标与项目',
    columns: ['层级', '目标 / 项目', 'KPI', '基准值', '目标值', '单位', '完成期限'],
    objective: '目标',
    project: '项目',
    none: '—',
    noItems: '无',
    budget: '部门预算额度与标准编制',
    department: '部门',
    envelope: '预算额度',
    headcount: '标准编制（人）',
    toBeSet: '待预算确定',
    noDepartment: '不适用（未负责部门）',
    acknowledged: (at: string, by: string) => `已于 ${at} 由 ${by} 在线确认。`,
    notAcknowledged: '尚未在线确认。',
    ownerSignature: '责任人签字：',
    managerSignature: '总经理签字：',
    date: '日期：',
  },
  en: {
    title: 'Target-responsibility letter',
    organization: 'Organisation',
    planYear: 'Plan year',
    plan: 'Annual plan',
    version: (n: number, label: string) => `version ${n} (${label})`,
    versionLabel: 'Based on',
    owner: 'Owner',
    role: 'Role',
    director: 'Director',
    department_manager: 'Department manager',
    items: 'Objectives and projects',
    columns: ['Level', 'Objective / project', 'KPI', 'Baseline', 'Target', 'Unit', 'Due'],
    objective: 'Objective',
    project: 'Project',
    none: '—',
    noItems: 'None',
    budget: 'Department budget envelope and standard headcount',
    department: 'Department',
    envelope: 'Budget envelope',
    headcount: 'Standard headcount',
    toBeSet: 'To be set by the budget',
    noDepartment: 'Not applicable (no department managed)',
    acknowledged: (at: string, by: string) => `Acknowledged in OpsPlan on ${at} by ${by}.`,
    notAcknowledged: 'Not yet acknowledged in OpsPlan.',
    ownerSignature: 'Owner’s signature:',
    managerSignature: 'General manager’s signature:',
    date: 'Date:',
  },
} as const;

/**
 * The font every letter is set in: Noto Sans CJK SC (as "Noto Sans Hans", SIL
 * Open Font License), a full OpenType font shipped by the npm package
 * @embedpdf/fonts-sc, so it is there after `npm ci` on any machine. It covers
 * Latin too. pdfkit embeds only the glyphs a letter uses (~50 kB a letter).
 */
function fontFile(weight: 'Regular' | 'Bold'): string {
  const dir = path.resolve(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
  const file = path.join(dir, `NotoSansHans-${weight}.otf`);
  if (!fs.existsSync(file)) throw new Error(`The letters' font ${file} is missing: run npm ci (package @embedpdf/fonts-sc).`);
  return file;
}

let fonts: { regular: Buffer; bold: Buffer } | undefined;
const loadFonts = () => (fonts ??= { regular: fs.readFileSync(fontFile('Regular')), bold: fs.readFileSync(fontFile('Bold')) });

export interface LetterPdfOptions {
  lang: LetterLanguage;
  /** false writes page content uncompressed (tests read it) */
  compress?: boolean;
}

/** The letter as an A4 PDF in the given language, with signature lines. */
export function renderLetterPdf(doc: LetterDocument, { lang, compress = true }: LetterPdfOptions): Promise<Buffer> {
  const t = TEXT[lang];
  const { letter } = doc;
  const { regular, bold } = loadFonts();
  const pdf = new PDFDocument({ size: 'A4', margin: 50, compress, info: { Title: `${t.title} — ${letter.ownerName}`, Author: doc.organization.name } });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.registerFont('body', regular);
  pdf.registerFont('bold', bold);
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;

  pdf.font('bold').fontSize(18).text(t.title, { align: 'center' }).moveDown(1);
  const sep = lang === 'zh-CN' ? '：' : ': ';
  const field = (label: string, value: string) => pdf.font('bold').fontSize(10.5).text(`${label}${sep}`, { continued: true }).font('body').text(value);
  field(t.organization, doc.organization.name);
  field(t.planYear, `${doc.plan.year}`);
  field(t.plan, doc.plan.name);
  field(t.versionLabel, `${t.version(doc.version.number, doc.version.label)} ${dateOf(doc.version.createdAt)}`);
  field(t.owner, letter.ownerName);
  field(t.role, t[letter.kind]);

  pdf.moveDown(1).font('bold').fontSize(12).text(t.items).moveDown(0.4);
  const columns = [0.11, 0.33, 0.16, 0.1, 0.1, 0.07, 0.13].map((share) => share * width);
  const row = (cells: string[], font: 'body' | 'bold') => {
    pdf.font(font).fontSize(9);
    const height = Math.max(...cells.map((c, i) => pdf.heightOfString(c, { width: columns[i] - 6 }))) + 6;
    if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
    const top = pdf.y;
    let x = left;
    cells.forEach((cell, i) => {
      pdf.text(cell, x + 3, top + 3, { width: columns[i] - 6 });
      x += columns[i];
    });
    pdf.moveTo(left, top + height).lineTo(left + width, top + height).lineWidth(0.5).strokeColor('#999999').stroke();
    pdf.x = left;
    pdf.y = top + height;
  };
  row([...t.columns], 'bold');
  if (letter.items.length === 0) row([t.noItems, '', '', '', '', '', ''], 'body');
  for (const item of letter.items) {
    row(
      [t[item.level], item.title, item.kpi?.name ?? t.none, item.kpi?.baseline ?? t.none, item.kpi?.target ?? t.none, item.kpi?.unit ?? '', item.dueDate ?? t.none],
      'body',
    );
  }

  pdf.moveDown(1.2).font('bold').fontSize(12).text(t.budget, left).moveDown(0.4);
  if (letter.departments.length === 0) pdf.font('body').fontSize(10.5).text(t.noDepartment);
  for (const d of letter.departments) {
    const envelope = d.budgetEnvelope === null ? t.toBeSet : `${d.budgetEnvelope} ${doc.organization.currency}`;
    const headcount = d.standardHeadcount === null ? t.toBeSet : String(d.standardHeadcount);
    pdf.font('body').fontSize(10.5).text(`${t.department}${sep}${d.name}    ${t.envelope}${sep}${envelope}    ${t.headcount}${sep}${headcount}`);
  }

  pdf.moveDown(1).font('body').fontSize(10);
  pdf.text(letter.acknowledgedAt ? t.acknowledged(timeOf(letter.acknowledgedAt), letter.acknowledgedBy?.displayName ?? letter.ownerName) : t.notAcknowledged);
  pdf.moveDown(2.5).fontSize(10.5);
  pdf.text(`${t.ownerSignature} ____________________    ${t.date} ____________`);
  pdf.moveDown(1.5);
  pdf.text(`${t.managerSignature} ____________________    ${t.date} ____________`);
  pdf.end();
  return done;
}

const dateOf = (d: Date) => new Date(d).toISOString().slice(0, 10);
const timeOf = (d: Date) => `${new Date(d).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
