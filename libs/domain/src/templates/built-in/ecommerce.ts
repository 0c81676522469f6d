// Launching a group-buying website (BRIEF §3): one year in four phases, for
// users aged 25–35. The brand is built with traffic and customer stickiness;
// the overall approach is local group buying first, some express-delivered
// goods, and a permanent 0-yuan lottery to draw visitors.
//
// Revenue model: the site earns a commission on each group-buy order, not
// the order's value (that is the merchant's). So the commission line is a
// sales channel whose unit is an order: orders a month = monthly visits ×
// conversion rate (growing as the site grows), price per order = average
// order value × commission rate. The express-delivered goods the site sells
// itself are a product line with their purchase and shipping as unit cost.
import type { PlanTemplate, TemplateNode } from '../types';
import { same, t } from './text';

const PHASES: PlanTemplate['phases'] = [
  {
    key: 'build',
    name: t('平台完善期', 'Platform completion'),
    months: '1.5',
    work: t('用 20–30 天完成平台基础建设：优化网站流程、美化页面；每月录入至少 30 个完整团品。', 'Twenty to thirty days of basic build: streamline the site’s flows and polish its pages; publish at least 30 complete group-buy listings a month.'),
    aim: t('网站运行流畅稳定，内容基本完整。', 'A stable, smooth site with its basic content in place.'),
  },
  {
    key: 'trial',
    name: t('试运营期', 'Trial operation'),
    months: '2.5',
    work: t('首轮推广，进一步完善网站性能。', 'The first promotion, and further work on the site’s performance.'),
    aim: t('形成自己的网站风格，提高流量。', 'A style of our own, and traffic.'),
  },
  {
    key: 'mid',
    name: t('运营中期', 'Mid operation'),
    months: '5',
    work: t('拓展会员商家，把查看用户转化为发布用户，及时收集用户反馈；网络广告、网站合作、联合商家线下推广。', 'Sign member merchants, turn viewers into publishers and collect their feedback; online ads, site partnerships and joint offline promotions with merchants.'),
    aim: t('提高用户转化率和客户黏性，增加会员商家数量。', 'Higher conversion, stickier customers and more member merchants.'),
  },
  {
    key: 'late',
    name: t('运营后期', 'Late operation'),
    months: '3',
    work: t('建立品牌价值；分析网站数据，加强网络营销，完善功能、拓展产品。', 'Build the brand’s value; analyse the site’s data, step up online marketing, add features and extend the product.'),
    aim: t('开拓市场，为占领市场做好准备。', 'Open up the market and get ready to take it.'),
  },
];

const STRATEGY: TemplateNode = {
  key: 'brand',
  level: 'strategy',
  title: t('打响{siteName}品牌', 'Make {siteName} a brand people know'),
  description: t(
    '面向全国 25–35 岁的用户。以本地团购为主，适当保留快递配送的实物团购，常设 0 元抽奖持续聚集人气。',
    'For users aged 25–35 across the country. Local group buying first, some express-delivered goods kept on, and a permanent 0-yuan lottery to keep drawing visitors.',
  ),
  department: 'management',
  owner: 'general_manager',
  dimension: 'marketing',
  timing: { from: 0, to: 12 },
};

// Production work: the site itself.
const PLATFORM: TemplateNode[] = [
  { key: 'platform', parent: 'brand', level: 'objective', title: t('建成稳定、内容完整的网站', 'A stable site with complete content'), department: 'tech', owner: 'director', dimension: 'production', timing: { from: 0, to: 12 } },
  { key: 'build', parent: 'platform', level: 'project', title: t('平台基础建设', 'Basic platform build'), department: 'tech', owner: 'manager', timing: { phase: 'build' } },
  { key: 'flows', parent: 'build', level: 'task', title: t('优化网站流程', 'Streamline the site’s flows'), department: 'tech', owner: 'supervisor', timing: { from: 0, to: 1 } },
  { key: 'pages', parent: 'build', level: 'task', title: t('美化页面', 'Polish the pages'), department: 'tech', owner: 'supervisor', timing: { from: 0.3, to: 1.5 } },
  {
    key: 'maintenance',
    parent: 'build',
    level: 'task',
    title: t('技术维护', 'Technical maintenance'),
    department: 'tech',
    owner: 'supervisor',
    timing: { from: 0, to: 1.5 },
    checklist: [t('页面设计与美工', 'Page design and artwork'), t('程序开发', 'Programming'), t('数据库维护与备份', 'Database upkeep and backups'), t('配合编辑改版和栏目调整', 'Support the editors’ redesigns and new sections')],
  },
  { key: 'performance', parent: 'platform', level: 'project', title: t('提升网站性能', 'Improve the site’s performance'), department: 'tech', owner: 'manager', timing: { phase: 'trial' } },
  { key: 'features', parent: 'platform', level: 'project', title: t('完善功能，拓展产品', 'Add features and extend the product'), department: 'tech', owner: 'manager', timing: { phase: 'late' } },
];

// Marketing work: traffic, conversion and merchants.
const MARKET: TemplateNode[] = [
  {
    key: 'traffic',
    parent: 'brand',
    level: 'objective',
    title: t('提高网站流量', 'Raise the site’s traffic'),
    department: 'promotion',
    owner: 'director',
    timing: { from: 0, to: 12 },
    kpi: { name: t('月访问量', 'Monthly visits'), unit: t('次', 'visits'), direction: 'higher_is_better', baseline: '0', target: { param: 'monthlyVisits', times: '3' } },
  },
  { key: 'first-promotion', parent: 'traffic', level: 'project', title: t('首轮推广', 'The first promotion'), department: 'promotion', owner: 'manager', timing: { phase: 'trial' } },
  {
    key: 'lottery',
    parent: 'traffic',
    level: 'project',
    title: t('常设 0 元抽奖', 'The permanent 0-yuan lottery'),
    department: 'promotion',
    owner: 'manager',
    timing: { from: 1.5, to: 12 },
  },
  {
    key: 'lottery-week',
    parent: 'lottery',
    level: 'task',
    title: t('每周 0 元抽奖', 'This week’s 0-yuan lottery'),
    department: 'promotion',
    owner: 'supervisor',
    timing: { from: 1.5, to: 12 },
    recurrence: 'weekly',
    checklist: [t('上新奖品', 'Put up new prizes'), t('公布中奖名单', 'Publish the winners'), t('核对奖品发放', 'Check every prize was delivered')],
  },
  { key: 'online-ads', parent: 'traffic', level: 'project', title: t('网络广告与网站合作', 'Online ads and site partnerships'), department: 'promotion', owner: 'manager', timing: { phase: 'mid' } },
  { key: 'offline', parent: 'traffic', level: 'project', title: t('在{city}联合商家线下推广', 'Joint offline promotions with merchants in {city}'), department: 'promotion', owner: 'manager', timing: { phase: 'mid' } },
  {
    key: 'stickiness',
    parent: 'brand',
    level: 'objective',
    title: t('提高转化率与客户黏性', 'Raise conversion and customer stickiness'),
    department: 'editorial',
    owner: 'director',
    timing: { from: 0, to: 12 },
    kpi: { name: t('查看用户转为发布用户的比例', 'Viewers who become publishers'), unit: same('%'), direction: 'higher_is_better', baseline: '0', target: '5' },
  },
  { key: 'content', parent: 'stickiness', level: 'project', title: t('网站内容建设', 'The site’s content'), department: 'editorial', owner: 'manager', timing: { from: 0, to: 12 } },
  {
    key: 'listings',
    parent: 'content',
    level: 'task',
    title: t('每月录入至少 30 个完整团品', 'Publish at least 30 complete group-buy listings a month'),
    department: 'editorial',
    owner: 'supervisor',
    timing: { from: 0, to: 12 },
    recurrence: 'monthly',
    kpi: { name: t('完整团品', 'Complete listings'), unit: t('个/月', 'a month'), direction: 'higher_is_better', baseline: '0', target: '30' },
    checklist: [t('商家资质已审核', 'Merchant credentials checked'), t('图片与描述完整', 'Photos and description complete'), t('价格、有效期与使用规则', 'Price, validity and terms of use')],
  },
  { key: 'customer-insight', parent: 'content', level: 'task', title: t('分析客户需求并反馈给编辑', 'Analyse what customers ask for and pass it to the editors'), department: 'promotion', owner: 'supervisor', timing: { from: 1.5, to: 12 }, recurrence: 'monthly' },
  { key: 'publishers', parent: 'stickiness', level: 'project', title: t('让查看用户成为发布用户', 'Turn viewers into publishers'), department: 'editorial', owner: 'manager', timing: { phase: 'mid' } },
  { key: 'feedback', parent: 'publishers', level: 'task', title: t('每周收集用户反馈', 'Collect users’ feedback every week'), department: 'service', owner: 'supervisor', timing: { phase: 'mid' }, recurrence: 'weekly' },
  {
    key: 'merchants',
    parent: 'brand',
    level: 'objective',
    title: t('拓展会员商家', 'Grow the member merchants'),
    department: 'promotion',
    owner: 'director',
    timing: { from: 1.5, to: 12 },
    kpi: { name: t('会员商家', 'Member merchants'), unit: t('家', 'merchants'), direction: 'higher_is_better', baseline: '0', target: '200' },
  },
  { key: 'local-merchants', parent: 'merchants', level: 'project', title: t('拓展{city}本地商家', 'Sign local merchants in {city}'), department: 'promotion', owner: 'manager', timing: { phase: 'mid' } },
  { key: 'merchant-visits', parent: 'local-merchants', level: 'task', title: t('每周拜访商家', 'Visit merchants every week'), department: 'promotion', owner: 'supervisor', timing: { phase: 'mid' }, recurrence: 'weekly' },
  { key: 'brand-value', parent: 'merchants', level: 'project', title: t('建立品牌价值，开拓市场', 'Build the brand’s value and open the market'), department: 'promotion', owner: 'manager', timing: { phase: 'late' } },
  { key: 'data-analysis', parent: 'brand-value', level: 'task', title: t('网站数据分析', 'Analyse the site’s data'), department: 'tech', owner: 'supervisor', timing: { phase: 'late' }, recurrence: 'monthly' },
];

// Organisation work: the team, its roles and its training.
const TEAM: TemplateNode[] = [
  { key: 'team', parent: 'brand', level: 'objective', title: t('建设团队与运营机制', 'Build the team and the way it works'), department: 'management', owner: 'director', dimension: 'organisation', timing: { from: 0, to: 12 } },
  {
    key: 'staffing',
    parent: 'team',
    level: 'project',
    title: t('组建团队：市场推广部、网站技术部、网站编辑部', 'Staff the promotion, technology and editorial departments'),
    department: 'management',
    owner: 'manager',
    timing: { phase: 'build' },
  },
  {
    key: 'hire',
    parent: 'staffing',
    level: 'task',
    title: t('招聘市场推广 1 名、网站编辑 1 名', 'Hire one promoter and one editor'),
    department: 'management',
    owner: 'supervisor',
    timing: { from: 0, to: 1 },
  },
  {
    key: 'manager-duties',
    parent: 'staffing',
    level: 'task',
    title: t('网店店长职责', 'The online store manager’s duties'),
    department: 'management',
    owner: 'supervisor',
    timing: { from: 0, to: 12 },
    checklist: [
      t('网店整体规划、营销、推广与客户关系管理', 'Plan the shop as a whole: marketing, promotion and customer relations'),
      t('日常改版、上架、推广、销售与售后', 'Day-to-day redesigns, listings, promotion, sales and after-sales'),
      t('日常维护，优化店铺和商品排名', 'Keep the shop running and improve its and its products’ rankings'),
      t('策划并执行店铺促销活动', 'Plan and run the shop’s promotions'),
      t('收集市场和行业信息，提出应对方案', 'Gather market and industry news and propose responses'),
      t('制定销售目标，带领团队完成', 'Set the sales targets and lead the team to them'),
      t('处理客户投诉与纠纷', 'Handle complaints and disputes'),
    ],
  },
  {
    key: 'service-duties',
    parent: 'staffing',
    level: 'task',
    title: t('客服人员职责', 'Customer-service duties'),
    department: 'service',
    owner: 'supervisor',
    timing: { from: 1.5, to: 12 },
    checklist: [
      t('通过聊天工具耐心解答顾客问题，处理订单', 'Answer customers patiently in chat and handle their orders'),
      t('熟悉平台规则：修改价格、管理店铺', 'Know the platform’s rules: change prices, manage the shop'),
      t('引导顾客购买，促成交易', 'Guide customers to buy and close the sale'),
      t('售后服务，处理一般投诉', 'After-sales service and ordinary complaints'),
      t('审核活动与商家信息', 'Review campaign and merchant information'),
      t('在群和论坛发帖推广店铺与网站', 'Promote the shop and the site in groups and forums'),
    ],
  },
  {
    key: 'training',
    parent: 'team',
    level: 'project',
    title: t('团队培训', 'Team training'),
    department: 'management',
    owner: 'manager',
    timing: { from: 0.5, to: 4 },
  },
  {
    key: 'training-plan',
    parent: 'training',
    level: 'task',
    title: t('完成三类培训', 'Run the three kinds of training'),
    department: 'management',
    owner: 'supervisor',
    timing: { from: 0.5, to: 4 },
    checklist: [t('网站定位与运营思路', 'The site’s positioning and how it is run'), t('服务知识', 'Service knowledge'), t('运营中需要的临时培训', 'Ad-hoc training as operations need it')],
  },
];

export const ECOMMERCE_TEMPLATE: PlanTemplate = {
  schemaVersion: 1,
  key: 'ecommerce',
  name: t('团购网站上线', 'Group-buying site launch'),
  description: t(
    '面向 25–35 岁用户的团购网站第一年：平台完善、试运营、运营中期和后期四个阶段，流量、转化率和会员商家三项指标，以及按访问量 × 转化率 × 客单价 × 佣金率测算的预算。',
    'The first year of a group-buying site for users aged 25–35: four phases (platform completion, trial, mid and late operation), traffic, conversion and member merchants as the measures, and a budget driven by visits × conversion × order value × commission.',
  ),
  start: 'startDate',
  horizonMonths: 12,
  parameters: [
    { key: 'companyName', type: 'text', label: t('公司名称', 'Company name'), default: t('惠聚网络', 'Huiju Online') },
    { key: 'siteName', type: 'text', label: t('网站名称', 'Site name'), default: t('惠聚团', 'Huiju Deals') },
    { key: 'city', type: 'text', label: t('首个本地市场', 'First local market'), default: t('济南', 'Jinan') },
    { key: 'monthlyVisits', type: 'integer', label: t('开站后每月访问量', 'Monthly visits after launch'), help: t('试运营第一个月的访问量，之后每月增长 10%。', 'Visits in the first month of trial operation; they grow 10 % a month after that.'), default: '150000', min: '1000', max: '100000000' },
    { key: 'conversionRate', type: 'rate', label: t('访问下单转化率', 'Visits that become orders'), help: t('访问中最终下单的比例，例如 3%。', 'The share of visits that end in an order, e.g. 3 %.'), default: '0.03', min: '0.001', max: '0.5' },
    { key: 'averageOrderValue', type: 'money', label: t('平均订单金额（元）', 'Average order value (yuan)'), default: '50', min: '1', max: '100000' },
    { key: 'commissionRate', type: 'rate', label: t('佣金率', 'Commission rate'), help: t('网站从每笔团购订单中收取的比例，例如 10%。', 'The share of each group-buy order the site keeps, e.g. 10 %.'), default: '0.1', min: '0', max: '0.5' },
    { key: 'capital', type: 'money', label: t('启动资金（元）', 'Start-up capital (yuan)'), default: '800000', min: '0', max: '1000000000' },
  ],
  departments: [
    { key: 'management', name: t('总经理室', 'Management'), kind: 'presidents_office', isHr: true, roles: [t('总经理兼店长', 'General manager and store manager')] },
    { key: 'promotion', name: t('市场推广部', 'Market promotion'), parent: 'management', kind: 'sales', roles: [t('市场推广专员', 'Promoter')] },
    { key: 'tech', name: t('网站技术部', 'Site technology'), parent: 'management', kind: 'rnd', roles: [t('程序开发', 'Developer'), t('美工设计', 'Designer')] },
    { key: 'editorial', name: t('网站编辑部', 'Editorial'), parent: 'management', kind: 'operations', roles: [t('网站编辑', 'Editor')] },
    { key: 'service', name: t('客户服务部', 'Customer service'), parent: 'management', kind: 'operations', roles: [t('客服专员', 'Customer-service agent')] },
  ],
  phases: PHASES,
  nodes: [STRATEGY, ...PLATFORM, ...MARKET, ...TEAM],
  budget: {
    name: t('第一年预算', 'First-year budget'),
    horizonMonths: 12,
    revenueLines: [
      {
        key: 'commissions',
        name: t('团购佣金', 'Group-buy commissions'),
        kind: 'channel',
        unitPrice: { param: 'averageOrderValue', times: { param: 'commissionRate' } },
        volume: { kind: 'growth', start: { param: 'monthlyVisits', times: { param: 'conversionRate' } }, monthlyGrowth: '0.1' },
        // Orders start with the trial operation, after the platform build.
        fromMonth: 2,
        stretchVolume: '1.2',
      },
      {
        key: 'express-goods',
        name: t('快递配送的实物团购', 'Express-delivered goods'),
        kind: 'product',
        unitPrice: '45',
        volume: { kind: 'growth', start: '300', monthlyGrowth: '0.05' },
        variableCost: { kind: 'unitCost', unitCost: '36' },
        fromMonth: 2,
      },
    ],
    costLines: [
      { key: 'lottery-prizes', name: t('0 元抽奖奖品', '0-yuan lottery prizes'), department: 'promotion', category: 'promotion', amount: { kind: 'monthly', amount: '3000' }, fromMonth: 2 },
      { key: 'first-promotion', name: t('首轮推广活动', 'First promotion campaign'), department: 'promotion', category: 'promotion', amount: { kind: 'monthly', amount: '15000' }, fromMonth: 2, toMonth: 4, node: 'first-promotion' },
      { key: 'online-ads', name: t('网络广告', 'Online advertising'), department: 'promotion', category: 'marketing', amount: { kind: 'monthly', amount: '10000' }, fromMonth: 5, toMonth: 9, node: 'online-ads' },
      { key: 'offline-promotion', name: t('联合商家线下推广', 'Joint offline promotions'), department: 'promotion', category: 'promotion', amount: { kind: 'monthly', amount: '4000' }, fromMonth: 5, toMonth: 9, node: 'offline' },
      { key: 'hosting', name: t('服务器与带宽', 'Servers and bandwidth'), department: 'tech', category: 'utilities', amount: { kind: 'monthly', amount: '3000' } },
      { key: 'office', name: t('办公室租金', 'Office rent'), department: 'management', category: 'rent', amount: { kind: 'monthly', amount: '6000' } },
      { key: 'training', name: t('团队培训', 'Team training'), department: 'management', category: 'training', amount: { kind: 'monthly', amount: '2000' }, fromMonth: 1, toMonth: 4, node: 'training' },
    ],
    positions: [
      { key: 'manager', department: 'management', role: t('总经理兼店长', 'General manager and store manager'), count: '1', monthlySalary: '12000', onCostRate: '0.3' },
      { key: 'promoter', department: 'promotion', role: t('市场推广专员', 'Promoter'), count: '1', monthlySalary: '6000', onCostRate: '0.3' },
      { key: 'developers', department: 'tech', role: t('程序开发', 'Developer'), count: '1', monthlySalary: '12000', onCostRate: '0.3' },
      { key: 'designer', department: 'tech', role: t('美工设计', 'Designer'), count: '1', monthlySalary: '7000', onCostRate: '0.3' },
      { key: 'editor', department: 'editorial', role: t('网站编辑', 'Editor'), count: '1', monthlySalary: '6000', onCostRate: '0.3' },
      { key: 'service-agents', department: 'service', role: t('客服专员', 'Customer-service agent'), count: '2', monthlySalary: '4500', onCostRate: '0.3', fromMonth: 2 },
    ],
    financing: {
      initialInvestment: '60000',
      depreciationMonths: 36,
      ownFunds: { param: 'capital' },
      loans: [],
    },
    stretch: { volume: '1.1', fixedCost: '1.05' },
  },
};
