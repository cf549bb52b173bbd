using AggloDashboard.Core.Domain;

namespace AggloDashboard.Data.Seed;

/// <summary>
/// The regions and indicators of the bundled Jilin dataset. Codes are GB/T 2260; indicator names and units follow
/// the Jilin Statistical Yearbook and the China City Statistical Yearbook (employment: 城镇非私营单位就业人员 by sector).
/// </summary>
public static class SeedCatalog
{
    public const string ProvinceCode = "220000";

    public static IReadOnlyList<Region> Regions { get; } =
    [
        new(ProvinceCode, "吉林省", "Jilin Province", RegionLevel.Province, null),
        City("220100", "长春市", "Changchun"),
        City("220200", "吉林市", "Jilin"),
        City("220300", "四平市", "Siping"),
        City("220400", "辽源市", "Liaoyuan"),
        City("220500", "通化市", "Tonghua"),
        City("220600", "白山市", "Baishan"),
        City("220700", "松原市", "Songyuan"),
        City("220800", "白城市", "Baicheng"),
        City("222400", "延边朝鲜族自治州", "Yanbian Korean Autonomous Prefecture"),
    ];

    public static IReadOnlyList<Indicator> Indicators { get; } =
    [
        new("emp.total", "城镇单位就业人员", "Urban unit employment, total", "万人", Subsystem.EmploymentTotal, 1),
        new("emp.manufacturing", "制造业就业人员", "Manufacturing employment", "万人", Subsystem.Manufacturing, 1),
        new("emp.ps.transport", "交通运输、仓储和邮政业就业人员", "Transport, storage and post employment", "万人", Subsystem.ProducerServices, 1),
        new("emp.ps.it", "信息传输、软件和信息技术服务业就业人员", "Information transmission, software and IT services employment", "万人", Subsystem.ProducerServices, 1),
        new("emp.ps.finance", "金融业就业人员", "Finance employment", "万人", Subsystem.ProducerServices, 1),
        new("emp.ps.leasing", "租赁和商务服务业就业人员", "Leasing and business services employment", "万人", Subsystem.ProducerServices, 1),
        new("emp.ps.research", "科学研究和技术服务业就业人员", "Scientific research and technical services employment", "万人", Subsystem.ProducerServices, 1),
        new("emp.other", "其他行业就业人员", "Employment in other sectors", "万人", Subsystem.EmploymentOther, 1),
        new("inn.rd_personnel", "R&D人员", "R&D personnel", "人", Subsystem.InnovationInput, 1),
        new("inn.fiscal_st", "地方财政科学技术支出", "Local fiscal expenditure on science and technology", "万元", Subsystem.InnovationInput, 1),
        new("inn.fiscal_edu", "地方财政教育支出", "Local fiscal expenditure on education", "万元", Subsystem.InnovationInput, 1),
        new("inn.college_students", "每万人在校大学生数", "College students per 10,000 people", "人", Subsystem.InnovationInput, 1),
        new("out.patents", "专利授权量", "Patents granted", "件", Subsystem.InnovationOutput, 1),
        new("out.invention_patents", "发明专利授权量", "Invention patents granted", "件", Subsystem.InnovationOutput, 1),
        new("out.tech_contracts", "技术合同成交额", "Technology contract turnover", "万元", Subsystem.InnovationOutput, 1),
        new("ben.gdp_per_capita", "人均地区生产总值", "GDP per capita", "元", Subsystem.InnovationBenefit, 1),
        new("ben.tertiary_share", "第三产业增加值占地区生产总值比重", "Tertiary industry share of GDP", "%", Subsystem.InnovationBenefit, 1),
        new("ben.energy_intensity", "单位地区生产总值能耗", "Energy consumption per unit of GDP", "吨标准煤/万元", Subsystem.InnovationBenefit, -1),
        new("drv.urbanisation", "城镇化率", "Urbanisation rate", "%", Subsystem.Driver, 1),
        new("drv.internet_users", "互联网宽带接入用户数", "Broadband internet subscribers", "万户", Subsystem.Driver, 1),
        new("drv.fixed_investment", "全社会固定资产投资", "Fixed-asset investment", "亿元", Subsystem.Driver, 1),
        new("drv.fdi", "当年实际使用外资金额", "Foreign direct investment actually used", "万美元", Subsystem.Driver, 1),
        new("drv.private_share", "私营和个体从业人员占比", "Private and self-employed share of employment", "%", Subsystem.Driver, 1),
        new("drv.st_edu_spending", "财政科技和教育支出合计", "Fiscal spending on science, technology and education", "万元", Subsystem.Driver, 1),
        new("ctx.population", "年末户籍人口", "Registered population at year end", "万人", Subsystem.Context, 1),
        new("ctx.gdp", "地区生产总值", "Gross regional product", "亿元", Subsystem.Context, 1),
    ];

    private static Region City(string code, string zh, string en) => new(code, zh, en, RegionLevel.Prefecture, ProvinceCode);
}
