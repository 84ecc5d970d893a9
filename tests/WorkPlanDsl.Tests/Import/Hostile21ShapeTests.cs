using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes an outside run found misread: a unit's section glued after it in a table cell (read as two leads), fields in
/// black brackets, numbered divisions of ministries and courts, a part's responsibility after its tasks, a label alone on
/// its line, fields after a sentence's start, and a list of names each marked with its role.
/// </summary>
public class Hostile21ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void A_bodys_section_named_after_it_in_a_table_cell_is_one_unit_not_two_leads()
    {
        var plan = Import(
            "××县工作任务分工表",
            "序号\t工作任务\t牵头单位\t配合单位",
            "1\t新建城区小学1所\t县教育局计划财务股\t县自然资源局",
            "2\t加强院感防控\t区人民医院医务科\t区卫生健康局",
            "3\t开展宣传\t县委宣传部县文明办\t县教育局",
            "4\t推进改革\t县发改局县财政局\t各乡镇");
        Assert.Equal(new[] { "县教育局计划财务股" }, plan.Leads("1"));
        Assert.Equal(new[] { "区人民医院医务科" }, plan.Leads("2"));
        Assert.Equal(new[] { "县委宣传部", "县文明办" }, plan.Leads("3"));
        Assert.Equal(new[] { "县发改局", "县财政局" }, plan.Leads("4"));
    }

    [Fact]
    public void Fields_in_black_brackets_after_the_words_are_read_as_in_parentheses()
    {
        var plan = Import(
            "××部2025年工作要点", "一、重点任务",
            "1.修订行业监督管理办法。【牵头司局：政策法规司；参与司局：监管一司、监管二司】",
            "2.推进直属机关文明单位创建。【责任部门：机关党委】",
            "3.完善统计制度。【2025年底前】");
        Assert.Equal(new[] { "政策法规司" }, plan.Leads("1."));
        Assert.Equal(new[] { "监管一司", "监管二司" }, plan.Supports("1."));
        Assert.Equal(new[] { "机关党委" }, plan.Leads("2."));
        Assert.Equal(new[] { "3." }, plan.TasksWithoutLead);
    }

    [Fact]
    public void Numbered_court_divisions_are_units_but_counted_places_are_not()
    {
        var plan = Import(
            "××法院2025年工作要点", "一、重点任务",
            "1.加强产权司法保护。（刑事审判第一庭负责）",
            "2.依法审理涉企合同纠纷。（民事审判第二庭负责，立案庭配合）",
            "3.建设日间照料设施。（日间照顾中心三处负责）");
        Assert.Equal(new[] { "刑事审判第一庭" }, plan.Leads("1."));
        Assert.Equal(new[] { "民事审判第二庭" }, plan.Leads("2."));
        Assert.Equal(new[] { "立案庭" }, plan.Supports("2."));
        Assert.Empty(plan.Leads("3."));
    }

    [Fact]
    public void A_parts_responsibility_after_its_tasks_is_theirs_and_before_them_is_for_those_to_come()
    {
        var plan = Import(
            "××区2025年工作要点",
            "一、提升基层服务能力",
            "1.推进党群服务中心提档升级。",
            "2.开展“一刻钟便民生活圈”建设。",
            "（本部分责任单位：区商务局（牵头）、各街道办事处）",
            "二、优化营商环境",
            "本部分牵头单位：区发改局",
            "3.推进“一网通办”。",
            "4.开展涉企检查清理。（区司法局负责）");
        Assert.Equal(new[] { "区商务局" }, plan.Leads("1."));
        Assert.Equal(new[] { "区商务局" }, plan.Leads("2."));
        Assert.Equal(new[] { "各街道办事处" }, plan.Supports("2."));
        Assert.Equal(new[] { "区发改局" }, plan.Leads("3."));
        Assert.Equal(new[] { "区司法局" }, plan.Leads("4."));
    }

    [Fact]
    public void A_label_alone_on_its_line_takes_the_names_on_the_next()
    {
        var plan = Import(
            "××局2025年工作要点",
            "（1）推进国省干线公路改造提升。",
            "牵头单位：",
            "公路事业发展中心",
            "配合单位：",
            "规划建设科、各县区交通运输局",
            "（2）推进城市公交优先发展。",
            "牵头单位：",
            "（3）推进农村公路建设。");
        Assert.Equal(new[] { "公路事业发展中心" }, plan.Leads("（1）"));
        Assert.Equal(new[] { "规划建设科", "各县区交通运输局" }, plan.Supports("（1）"));
        Assert.Empty(plan.Leads("（2）"));
        Assert.Equal(new[] { "（2）", "（3）" }, plan.TasksWithoutLead);
    }

    [Fact]
    public void A_label_alone_takes_every_name_set_a_line_under_it()
    {
        // hostile73 h73-08 and h73-22: one name a line under the label (a form, a Word or Markdown list): only the first
        // was read, the rest left as text; and the title took the 工作内容： line under it.
        var plan = Import(
            "清河县2025年城乡供水保障工作任务清单",
            "1.实施县城第二水厂扩建工程",
            "    工作内容：新增日供水能力5万吨，完成配套管网改造12公里。",
            "    牵头单位：",
            "        县水利局",
            "        县住房和城乡建设局",
            "    配合单位：",
            "        县发展和改革局",
            "        县财政局",
            "    完成时限：2025年10月",
            "2.推进城乡供水一体化",
            "    工作内容：实现城区管网向周边8个乡镇延伸。",
            "    牵头单位：县水利局",
            "    完成时限：2025年12月");
        Assert.Equal(new[] { "县水利局", "县住房和城乡建设局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县发展和改革局", "县财政局" }, plan.Supports("1."));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("2."));
        Assert.Equal("实施县城第二水厂扩建工程", plan.Task("1.").Title);

        var markdown = ImportedModel.From(string.Join("\n",
            "# 2025年部机关重点工作任务分工",
            "1. 加快建设全国统一大市场，清理妨碍统一市场和公平竞争的政策措施。",
            "    - **牵头单位**：",
            "        - 法制司",
            "    - **配合单位**：",
            "        - 运输服务司",
            "        - 公路局",
            "2. 深化农村公路管理养护体制改革。",
            "    - **牵头单位**：公路局"), "plan.md");
        Assert.Equal(new[] { "法制司" }, markdown.Leads("1."));
        Assert.Equal(new[] { "运输服务司", "公路局" }, markdown.Supports("1."));
        Assert.DoesNotContain(markdown.Model.Units, u => (u.FullName ?? u.Id).Contains('-'));

        // review-74: a name flush with the label's first name after it is no more of the list (the signature's office).
        var signed = Import("清河县2025年城乡供水保障工作任务清单", "1.实施县城第二水厂扩建工程", "    工作内容：新增日供水能力5万吨。", "    牵头单位：",
            "县水利局", "清河县人民政府办公室", "2025年3月5日");
        Assert.Equal(new[] { "县水利局" }, signed.Leads("1."));

        // review-75 B3: names flush with the label alone, one a line (the documented form, or every line indented alike
        // as Word's paragraphs are), are all the field's; only the signing office is not.
        foreach (var indent in new[] { string.Empty, "　　" })
        {
            var flush = Import(new[] { "清河县2025年城乡供水保障工作任务清单", "1.实施县城第二水厂扩建工程", "工作内容：新增日供水能力5万吨。", "牵头单位：", "县水利局",
                "县住房和城乡建设局", "配合单位：", "县发展和改革局", "县财政局", "完成时限：2025年10月", "2.推进城乡供水一体化", "牵头单位：县水利局" }.Select(l => indent + l).ToArray());
            Assert.Equal(new[] { "县水利局", "县住房和城乡建设局" }, flush.Leads("1."));
            Assert.Equal(new[] { "县发展和改革局", "县财政局" }, flush.Supports("1."));
        }
    }

    [Theory]
    [InlineData("（六）组建创新平台。牵头单位：市科技局，配合单位：市财政局。")]
    [InlineData("（六）组建创新平台。牵头单位为市科技局，配合单位为市财政局。")]
    [InlineData("（六）组建创新平台。牵头单位：市科技局；配合单位：市财政局。")]
    public void Fields_that_open_the_last_sentence_are_read_from_its_start_not_from_a_later_comma(string line)
    {
        var plan = Import("××大学工作要点", line);
        Assert.Equal(new[] { "市科技局" }, plan.Leads("（六）"));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("（六）"));
    }

    [Fact]
    public void Names_each_marked_with_a_role_are_a_list_whose_marks_say_who_leads()
    {
        var plan = Import(
            "××区2025年生态环境工作要点",
            "4、推进固体废物规范化治理。区城管局（主责）、区生态环境分局（协同）",
            "5、推进河道保洁。区水务局、各街道（2025年底）");
        Assert.Equal(new[] { "区城管局" }, plan.Leads("4、"));
        Assert.Equal(new[] { "区生态环境分局" }, plan.Supports("4、"));
        Assert.DoesNotContain(plan.Supports("5、").Concat(plan.Leads("5、")), n => n.Contains("2025"));
    }

    [Fact]
    public void A_community_field_is_a_field_not_a_lead_lost()
    {
        var plan = Import("××街道工作要点", "1.推进“红色物业”建设。责任科室：党建工作办公室；责任社区：各社区");
        Assert.Equal(new[] { "党建工作办公室" }, plan.Leads("1."));
        Assert.Equal(new[] { "各社区" }, plan.Supports("1."));
    }

    [Fact]
    public void Joint_leads_help_and_the_manner_of_taking_part_are_read()
    {
        var plan = Import(
            "××省2025年安全生产工作要点", "一、重点任务",
            "1.开展燃气安全专项整治。省住房和城乡建设厅、省市场监管局双牵头。",
            "2.推进新校区建设。基建处牵头，资产管理处、后勤管理处按职责协同推进。",
            "3.推进“一网通办”。市政务服务管理局牵头，市大数据中心提供技术支撑。",
            "4.加强数据安全保护。市公安局、市国家保密局按各自职责负责。",
            "5.加强农产品质量安全监管。（市农业农村局牵头，各县区抓好落实）",
            "6.推进河湖长制。县水利局牵头，各乡镇具体落实。");
        Assert.Equal(new[] { "省住房和城乡建设厅", "省市场监管局" }, plan.Leads("1."));
        Assert.Equal(new[] { "资产管理处", "后勤管理处" }, plan.Supports("2."));
        Assert.Equal(new[] { "市大数据中心" }, plan.Supports("3."));
        Assert.Equal(new[] { "市公安局" }, plan.Leads("4."));
        Assert.Equal(new[] { "市国家保密局" }, plan.Supports("4."));
        Assert.Equal(new[] { "市农业农村局" }, plan.Leads("5."));
        Assert.Equal(new[] { "各县区" }, plan.Supports("5."));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("6."));
        Assert.Equal(new[] { "各乡镇" }, plan.Supports("6."));
    }

    [Fact]
    public void Items_after_a_lead_in_and_its_comma_keep_their_own_bodies()
    {
        var plan = Import(
            "××法院2025年工作要点", "一、坚持服务大局",
            "围绕全市中心工作，一是加强产权司法保护（刑事审判庭负责）；二是依法审理涉企合同纠纷（民事审判庭负责，立案庭配合）。",
            "二、加强队伍建设",
            "坚持从严治院，一是加强教育培训（政治部负责）。");
        var items = plan.Tasks.SelectMany(t => t.Items).ToList();
        Assert.Equal(new[] { "一是", "二是" }, items.Select(i => i.Label).ToArray());
        Assert.Equal(new[] { "刑事审判庭" }, plan.Names(items[0].InEffect.Leads));
        Assert.Equal(new[] { "民事审判庭" }, plan.Names(items[1].InEffect.Leads));
        Assert.Equal(new[] { "立案庭" }, plan.Names(items[1].InEffect.Supports));
        Assert.DoesNotContain(plan.Tasks, t => plan.Names(t.InEffect.Supports).Contains("民事审判庭"));
    }

    [Fact]
    public void A_numbered_row_whose_task_cell_is_blank_is_named_by_its_measure_and_given_no_lead_it_does_not_print()
    {
        var plan = Import(
            "××市任务分工",
            "序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限",
            "1\t提升政务服务效能\t推行“一件事一次办”\t市政务服务管理局\t市直有关单位\t2025年6月",
            "2\t\t推进“高效办成一件事”集成改革\t\t\t2025年12月");
        Assert.Equal("推进“高效办成一件事”集成改革", plan.Task("2").Title);
        Assert.Empty(plan.Leads("2"));
    }
}
