using System.Collections.Generic;

namespace WorkPlanDsl.Tests.Import.Evaluation;

/// <summary>
/// The invented 任务分工表 of the evaluation set. Their labels are in Documents/&lt;name&gt;.labels, written by reading
/// the tables, like every other document's.
/// </summary>
public static class TaskTables
{
    private static TableSource C(string text, int rows = 1, int columns = 1) => new(text, rows, columns);

    private static IReadOnlyList<TableSource> Row(params TableSource[] cells) => cells;

    /// <summary>
    /// 重点任务 merged down over its measures (a category), one 序号 per measure, 牵头单位 and 完成时限 merged down
    /// where measures share them, a measure spread over two lines in its cell.
    /// </summary>
    public static TaskTable DistrictDigital { get; } = new(
        "t01-district-digital-table",
        "柳岸区2024年数字政府建设重点任务分工表",
        new[]
        {
            Row(C("序号"), C("重点任务"), C("具体措施"), C("牵头单位"), C("配合单位"), C("完成时限")),
            Row(C("1"), C("夯实数字基础设施", 3), C("建成区级政务云平台，\n政务系统上云率达到95%以上"), C("区大数据中心", 2), C("区财政局、区委网信办"), C("2024年9月底")),
            Row(C("2"), C("推进电子政务外网向镇街、村居延伸"), C("各镇（街道）"), C("2024年6月底")),
            Row(C("3"), C("加快5G网络和千兆光网建设，新建5G基站300个"), C("区工业和信息化局"), C("区住房和城乡建设局、区城市管理局"), C("2024年12月底")),
            Row(C("4"), C("提升数字政务服务", 3), C("推动200项高频事项“掌上办”"), C("区政务服务中心"), C("区直有关部门"), C("2024年12月底", 3)),
            Row(C("5"), C("推行“免证办”，电子证照应用率达到80%"), C("区政务服务中心、区大数据中心"), C("区公安分局、区市场监管局")),
            Row(C("6"), C("建设“一网统管”城市运行平台"), C("区城市管理局"), C("区应急管理局、区公安分局、区大数据中心")),
            Row(C("7"), C("强化数据资源管理", 2), C("编制公共数据资源目录，完成数据归集10亿条"), C("区大数据中心", 2), C("区直各部门"), C("2024年10月底")),
            Row(C("8"), C("推进公共数据开放，开放数据集200个"), C("区发展和改革局"), C("2024年12月底")),
            Row(C("9"), C("筑牢数字安全屏障", 2), C("开展关键信息基础设施安全检查"), C("区委网信办"), C("区公安分局"), C("每季度")),
            Row(C("10"), C("建立数据安全分类分级保护制度"), C("区委网信办、区大数据中心"), C(""), C("2024年11月底")),
        },
        "各牵头单位要会同配合单位细化工作措施，每季度末报送进展情况。");

    /// <summary>
    /// Sections as rows spanning the whole table (一、…), 序号 running through them, one 责任单位 column in which the
    /// lead is marked in the cell ((牵头)) or not at all (first listed leads by convention), 完成时间 merged down.
    /// </summary>
    public static TaskTable CityElderly { get; } = new(
        "t02-city-elderly-table",
        "河阳市积极应对人口老龄化重点任务清单",
        new[]
        {
            Row(C("序号"), C("工作任务"), C("责任单位"), C("完成时间")),
            Row(C("一、完善养老服务体系", 1, 4)),
            Row(C("1"), C("新建社区嵌入式养老服务设施30个"), C("市民政局"), C("2024年底", 3)),
            Row(C("2"), C("推进特困人员供养服务设施改造提升"), C("市民政局（牵头）、市财政局")),
            Row(C("3"), C("发展老年助餐服务，建成助餐点150个"), C("市民政局、市商务局、市市场监管局")),
            Row(C("二、提升健康支撑能力", 1, 4)),
            Row(C("4"), C("二级以上综合医院设立老年医学科比例达到60%"), C("市卫生健康委"), C("2024年底")),
            Row(C("5"), C("推进医养结合机构建设"), C("市卫生健康委（牵头），市民政局、市医保局"), C("长期坚持")),
            Row(C("6"), C("开展长期护理保险制度试点"), C("市医保局、市财政局"), C("2024年10月")),
            Row(C("三、营造老年友好环境", 1, 4)),
            Row(C("7"), C("实施老年人居家适老化改造1000户"), C("市民政局（牵头）、市住房和城乡建设局、市残联"), C("2024年底", 2)),
            Row(C("8"), C("开展老年人数字技能培训"), C("市老龄办、市教育局")),
            Row(C("9"), C("建设老年友好型社区10个"), C("市卫生健康委（牵头）、各县（市、区）人民政府"), C("2024年11月")),
        });

    /// <summary>
    /// A category column (类别) merged down over its tasks, 完成时限 merged across 备注 in some rows, the lead column
    /// called 牵头部门 and the support column 协同部门.
    /// </summary>
    public static TaskTable CountyTourism { get; } = new(
        "t03-county-tourism-table",
        "桃源县文旅融合发展三年行动任务分解表",
        new[]
        {
            Row(C("类别"), C("序号"), C("主要任务"), C("牵头部门"), C("协同部门"), C("完成时限"), C("备注")),
            Row(C("项目建设", 3), C("1"), C("推进桃花溪景区提质升级，创建国家4A级旅游景区"), C("县文化和旅游局"), C("县自然资源局、桃花溪镇人民政府"), C("2025年底"), C("省级重点项目")),
            Row(C("2"), C("建设县游客集散中心"), C("县城投公司"), C("县文化和旅游局、县住房和城乡建设局"), C("2024年底", 1, 2)),
            Row(C("3"), C("实施古村落保护利用工程，修缮传统民居50栋"), C("县住房和城乡建设局"), C("县文化和旅游局、各乡镇人民政府"), C("2026年底"), C("")),
            Row(C("产业融合", 3), C("4"), C("发展乡村民宿，新增精品民宿30家"), C("县文化和旅游局"), C("县农业农村局、县市场监管局、县公安局"), C("每年", 1, 2)),
            Row(C("5"), C("开发“桃源有礼”文创产品"), C("县文化和旅游局、县工业和信息化局"), C("县商务局"), C("2025年6月"), C("")),
            Row(C("6"), C("举办桃花节等节会活动"), C("县委宣传部"), C("县文化和旅游局、县公安局、县卫生健康局"), C("每年3月"), C("")),
            Row(C("服务保障", 2), C("7"), C("完善旅游交通标识系统"), C("县交通运输局"), C("县文化和旅游局"), C("2024年9月"), C("")),
            Row(C("8"), C("开展旅游市场秩序整治"), C("县市场监管局"), C("县文化和旅游局、县公安局、各乡镇人民政府"), C("长期坚持", 1, 2)),
        });

    /// <summary>
    /// One task over several measures: 序号, 重点任务 and 牵头单位 merged down over the task's 具体措施 rows, each measure
    /// with its own 配合单位 (the task's supports are all of them) and 完成时限.
    /// </summary>
    public static TaskTable CityWater { get; } = new(
        "t04-city-water-table",
        "安平市2024年水环境治理重点任务分工表",
        new[]
        {
            Row(C("序号"), C("重点任务"), C("具体措施"), C("牵头单位"), C("配合单位"), C("完成时限")),
            Row(C("1", 3), C("推进城镇污水管网建设", 3), C("新建污水管网60公里"), C("市住房和城乡建设局", 3), C("市财政局"), C("2024年12月")),
            Row(C("改造雨污合流管网25公里"), C("市城市管理局"), C("2024年10月")),
            Row(C("开展管网排查修复"), C("各区人民政府"), C("2024年9月")),
            Row(C("2", 2), C("强化工业废水治理", 2), C("开展工业园区污水处理设施整治"), C("市生态环境局", 2), C("市工业和信息化局"), C("2024年8月")),
            Row(C("推行排污许可“一证式”管理"), C("市行政审批服务局"), C("长期坚持")),
            Row(C("3"), C("保障饮用水安全"), C("完成水源地规范化建设"), C("市水务局"), C("市生态环境局、市卫生健康委"), C("2024年11月")),
            Row(C("4", 2), C("加强河湖生态修复", 2), C("建设生态缓冲带15公里"), C("市水务局、市自然资源和规划局", 2), C("市林业局"), C("2024年12月", 2)),
            Row(C("实施河道清淤疏浚"), C("有关区人民政府")),
        });

    public static IReadOnlyList<TaskTable> All { get; } = new[] { DistrictDigital, CityElderly, CountyTourism, CityWater };
}
