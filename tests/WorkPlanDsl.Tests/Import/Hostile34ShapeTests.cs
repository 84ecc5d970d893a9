using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes the thirty-fourth outside run found misread: 一是 tasks that open their own paragraphs with a field line
/// under each, and text copied out of a table a cell a line whose cells wrapped inside a name or inside the task.
/// </summary>
public class Hostile34ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    // A task table copied out a cell a line under its title and header, then the rows' lines.
    private static ImportedModel CellALineTable(params string[] rows)
        => Import(new[] { "重点工作任务分工", "序号", "重点工作任务", "牵头单位", "配合单位", "完成时限" }.Concat(rows).ToArray());

    // Labels repeat (一是 under every section): tasks are found by the words their title starts with.
    private static string[] Leads(ImportedModel plan, string title) => plan.Names(Titled(plan, title).InEffect.Leads);

    private static string[] Supports(ImportedModel plan, string title) => plan.Names(Titled(plan, title).InEffect.Supports);

    private static WorkPlanDsl.Language.TaskModel Titled(ImportedModel plan, string title) => plan.Tasks.Single(t => t.Title.StartsWith(title, System.StringComparison.Ordinal));

    [Fact]
    public void Yi_shi_tasks_opening_their_own_paragraphs_take_the_field_line_under_each()
    {
        var plan = Import(
            "市智慧城市建设三年行动计划",
            "一、夯实数字基础设施",
            "一是加快5G网络和千兆光网建设。到2026年，全市5G基站总数达到1.2万个。",
            "牵头：市工业和信息化局　配合：市通信发展管理办公室、各区人民政府",
            "二是统筹建设城市算力中心。建成城市智能计算中心一期。",
            "牵头：市数据资源局　配合：市发展改革委、市财政局",
            "二、推进城市治理数字化",
            "一是建设城市运行管理服务平台。整合城管、应急、环保等领域数据。",
            "牵头：市城市管理局　配合：市数据资源局");
        Assert.Equal(3, plan.Tasks.Count());
        Assert.Equal(new[] { "市工业和信息化局" }, Leads(plan, "加快5G"));
        Assert.Equal(new[] { "市通信发展管理办公室", "各区人民政府" }, Supports(plan, "加快5G"));
        Assert.Equal(new[] { "市数据资源局" }, Leads(plan, "统筹建设"));
        Assert.Equal(new[] { "市城市管理局" }, Leads(plan, "建设城市运行"));
    }

    [Fact]
    public void Yi_shi_items_inside_paragraphs_that_open_with_yi_shi_stay_items()
    {
        var plan = Import(
            "督查通报",
            "一、关于深化国资国企改革",
            "一是加快国有经济布局优化，由省国资委牵头，省发展改革委配合；二是完善国有资本经营预算，由省财政厅负责。",
            "二、关于推进开发区体制改革",
            "一是推动开发区整合优化，由省商务厅牵头，省委编办配合；二是完善开发区考核评价，省商务厅负责。");
        Assert.Equal(new[] { "省国资委" }, Leads(plan, "加快国有经济"));
        Assert.Equal(new[] { "省财政厅" }, Leads(plan, "完善国有资本"));
        Assert.Equal(new[] { "省商务厅" }, Leads(plan, "推动开发区"));
    }

    [Fact]
    public void A_cell_a_line_table_whose_names_and_task_wrapped_is_read_row_by_row()
    {
        var plan = CellALineTable(
            "5",
            "全市地区生产总值增长6%左右，一般公共预算收入增长5%左",
            "右",
            "市发展改革委",
            "市财政局、市统计局",
            "2024年12月底",
            "6",
            "实施城市更新行动，改造城镇老旧小区86个",
            "市住房和城乡建",
            "设局",
            "市财政局、市自然资源和规划局、各县",
            "（市、区）人民政府",
            "2024年11月底",
            "7",
            "开展空气质量改善攻坚，PM2.5平均浓度控制在32微克/立方米以内",
            "市生态环境局",
            "市公安局、市住房和城乡建设局、市",
            "交通运输局",
            "2024年12月底");
        Assert.Equal(3, plan.Tasks.Count());
        Assert.Equal(new[] { "市发展改革委" }, Leads(plan, "全市地区生产总值"));
        Assert.Contains("一般公共预算收入增长5%左右", Titled(plan, "全市地区生产总值").Title);
        Assert.Equal(new[] { "市住房和城乡建设局" }, Leads(plan, "实施城市更新"));
        Assert.Equal(new[] { "市财政局", "市自然资源和规划局", "各县（市、区）人民政府" }, Supports(plan, "实施城市更新"));
        Assert.Equal(new[] { "市公安局", "市住房和城乡建设局", "市交通运输局" }, Supports(plan, "开展空气质量"));
    }

    [Fact]
    public void A_task_line_followed_by_a_short_line_of_words_is_not_taken_for_a_broken_name()
    {
        var plan = CellALineTable(
            "1",
            "实施重大项目攻坚行动，全年滚动推进省市重点项目320个以",
            "上，完成投资1200亿元",
            "市发展改革委",
            "市自然资源和规划局",
            "持续推进",
            "2",
            "深入推进制造业智改数转，新增省级智能工厂8家",
            "市工业和信息化局",
            "市科技局、市财政局",
            "2024年12月底");
        Assert.Equal(new[] { "市发展改革委" }, Leads(plan, "实施重大项目"));
        Assert.Equal(new[] { "市工业和信息化局" }, Leads(plan, "深入推进制造业"));
    }

    [Fact]
    public void A_document_that_says_every_listed_unit_leads_makes_each_a_lead()
    {
        var plan = Import(
            "2024年市直机关党的建设工作要点及任务分工",
            "说明：每项任务所列责任单位均为牵头单位；列有多个责任单位的，为共同牵头单位。另行标明配合单位的，从其标注。",
            "一、以政治建设为统领",
            "1．加强政治机关建设。坚决做到“两个维护”。（责任单位：市直机关工委、市委组织部）",
            "2．加强机关基层党组织建设。开展标准化建设。（责任单位：市直机关工委；配合单位：市直各部门党组）");
        Assert.Equal(new[] { "市直机关工委", "市委组织部" }, Leads(plan, "加强政治机关建设"));
        Assert.Equal(new[] { "市直机关工委" }, Leads(plan, "加强机关基层"));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("national convention"));
    }

    [Fact]
    public void A_rule_that_the_first_listed_leads_is_no_co_lead_rule()
    {
        var plan = Import(
            "工作要点",
            "说明：所列单位中排在第一位的为牵头单位。",
            "一、重点任务",
            "1．加强政治机关建设。（责任单位：市直机关工委、市委组织部）");
        Assert.Equal(new[] { "市直机关工委" }, Leads(plan, "加强政治机关建设"));
        Assert.Equal(new[] { "市委组织部" }, Supports(plan, "加强政治机关建设"));
    }

    [Fact]
    public void A_detachment_glued_to_its_bureau_in_traditional_characters_is_one_body()
    {
        var plan = Import(
            "序号\t工作任務\t具體內容\t牽頭單位\t配合單位\t完成時限",
            "1\t道路交通秩序\t治理闖紅燈\t市公安局交通警察支隊\t市交通運輸局\t長期",
            "2\t市容環境秩序\t治理占道經營\t市城市管理局\t各街道辦事處\t長期");
        Assert.Equal(new[] { "市公安局交通警察支隊" }, plan.Leads("1"));
        Assert.Equal(new[] { "市城市管理局" }, plan.Leads("2"));
    }

    [Fact]
    public void A_table_spaced_into_columns_with_category_and_subtotal_rows_is_read_under_its_categories()
    {
        var plan = Import(
            "××市2024年重大项目建设计划表",
            "单位：亿元",
            "序号    项目名称    建设内容及规模    总投资    2024年计划投资    牵头单位    配合单位",
            "一、产业项目（2个）",
            "1    新能源电池材料产业园项目    建设年产5万吨正极材料生产线    45.0    12.0    市工业和信息化局    高新区管委会、市发展改革委",
            "2    智能装备制造基地项目    建设智能装备生产厂房12万平方米    18.5    6.0    经开区管委会    市工业和信息化局",
            "小计            63.5    18.0",
            "二、基础设施项目（1个）",
            "3    第三水厂扩建工程    新增供水能力10万吨/日    4.5    2.0    市水务局    市生态环境局",
            "小计            4.5    2.0",
            "合计            68.0    20.0");
        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市工业和信息化局" }, plan.Leads("1"));
        Assert.Equal(new[] { "高新区管委会", "市发展改革委" }, plan.Supports("1"));
        Assert.Equal(new[] { "经开区管委会" }, plan.Leads("2"));
        Assert.Equal(new[] { "市水务局" }, plan.Leads("3"));
        Assert.Equal(2, plan.Model.Sections.Count());
    }

    [Fact]
    public void A_section_numbering_its_own_tasks_that_name_their_bodies_in_prose_has_them_as_tasks()
    {
        var plan = Import(
            "××区义务教育优质均衡发展工作方案",
            "一、重点任务",
            "⒈ 推进学校新建改扩建。2024年新建小学2所。（区教育局负责）",
            "⒉ 加强教师队伍建设。每年补充新教师不少于200名。（区教育局人事科负责）",
            "二、保障措施",
            "⑴ 保障教育经费投入。确保教育支出逐年只增不减。区财政局要足额安排教育经费，区教育局要积极配合做好经费使用绩效评价。",
            "⑵ 完善督导评估机制。每学期开展一次专项督导。区人民政府教育督导室负责。",
            "⑶ 营造良好社会氛围。广泛宣传义务教育优质均衡发展的重大意义。区融媒体中心负责，各中小学校协助。");
        Assert.Equal(5, plan.Tasks.Count());
        Assert.Equal(new[] { "区财政局" }, plan.Leads("⑴"));
        Assert.Equal(new[] { "区教育局" }, plan.Supports("⑴"));
        Assert.Equal(new[] { "区人民政府教育督导室" }, plan.Leads("⑵"));
        Assert.Equal(new[] { "区融媒体中心" }, plan.Leads("⑶"));
        Assert.Empty(plan.Model.Sections.Single(s => s.Title == "保障措施").Declared.Leads);
    }
}
