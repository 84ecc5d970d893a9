using System.Linq;
using System.Text;
using WorkPlanDsl.Import;
using WorkPlanDsl.Tests.Import.Documents;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;
using W = WorkPlanDsl.Tests.Import.Documents.WordFiles;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Task tables printed without a header row: their columns are told from their cells (a 序号 counting up, a task's
/// words, bodies or a sentence of roles, dates, cells with their own 牵头：/配合：/时限： labels) or from the words that
/// name them; a table whose cells do not make it clear, and a table of anything else, stays text.
/// </summary>
public class HeaderlessTableTests
{
    private static string[] Notes(ImportedModel plan) => plan.Result.Notes.Select(n => n.Message).ToArray();

    [Fact]
    public void A_docx_table_of_number_task_deadline_and_units_follows_the_rule_stated_above_it()
    {
        var table = W.Table(
            W.Row(W.Cell("1"), W.Cell("加快推进滨江片区雨污分流改造。会议要求，倒排工期，确保汛前完工。"), W.Cell("6月底前"), W.Cell("柳溪县住建局、柳溪县水利局")),
            W.Row(W.Cell("2"), W.Cell("关于完善城区停车收费政策问题。", 1, null, "会议要求，广泛听取意见，按程序报批。"), W.Cell("2025年9月"), W.Cell("柳溪县发改局、柳溪县交通局、柳溪县市场监管局")),
            W.Row(W.Cell("3"), W.Cell("开展老旧燃气管网更新改造。会议要求，压实企业主体责任。"), W.Cell("年底前"), W.Cell("各乡镇人民政府、柳溪县应急局")),
            W.Row(W.Cell("4"), W.Cell("研究制定新一轮招商引资奖励办法。会议要求，突出实效。"), W.Cell("三季度"), W.Cell(string.Empty)));
        var plan = ImportedModel.FromFile("minutes.docx", W.Create(new DocumentFormat.OpenXml.OpenXmlElement[]
        {
            W.Paragraph("柳溪县人民政府第五次常务会议议定事项分解"),
            W.Paragraph("现将会议议定事项分解如下。责任单位有多个的，排在首位的为牵头单位，其余为配合单位。"),
            table,
        }));

        Assert.Equal(4, plan.Tasks.Count());
        Assert.Equal(new[] { "柳溪县住建局" }, plan.Leads("1"));
        Assert.Equal(new[] { "柳溪县水利局" }, plan.Supports("1"));
        Assert.Equal(new[] { "柳溪县发改局" }, plan.Leads("2"));
        Assert.Equal(new[] { "柳溪县交通局", "柳溪县市场监管局" }, plan.Supports("2"));
        Assert.Equal(new[] { "各乡镇人民政府" }, plan.Leads("3"));
        Assert.Equal(new[] { "4" }, plan.TasksWithoutLead);
        Assert.Contains(Notes(plan), n => n.Contains("without a header row"));
    }

    [Fact]
    public void An_html_table_whose_cells_carry_their_own_role_labels_is_read_by_them()
    {
        var html = "<html><body><p>柳溪县第三季度重点督办事项</p><table>"
            + "<tr><td>1</td><td>推进农村生活污水治理设施运维</td><td>牵头：县生态环境局</td><td>配合：县财政局、县农业农村局</td><td>时限：9月30日前</td></tr>"
            + "<tr><td>2</td><td>开展校园周边食品安全专项整治</td><td>牵头：县市场监管局、县教育局</td><td>配合：无</td><td>时限：8月31日前</td></tr>"
            + "<tr><td>3</td><td>完成高标准农田建设年度任务</td><td>牵头：</td><td>配合：县自然资源局</td><td>时限：年底前</td></tr>"
            + "<tr><td>4</td><td>做好汛期地质灾害防范应对</td><td>牵头：各乡镇人民政府</td><td>配合：县应急管理局</td><td>时限：长期坚持</td></tr>"
            + "</table></body></html>";
        var plan = ImportedModel.FromFile("duban.html", Encoding.UTF8.GetBytes(html));

        Assert.Equal(4, plan.Tasks.Count());
        Assert.Equal(new[] { "县生态环境局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县财政局", "县农业农村局" }, plan.Supports("1"));
        Assert.Equal("9月30日前", plan.Task("1").Declared.Due!.Text);
        Assert.Equal(new[] { "县市场监管局", "县教育局" }, plan.Leads("2"));
        Assert.Empty(plan.Supports("2"));
        Assert.Equal(new[] { "3" }, plan.TasksWithoutLead);
        Assert.Equal(new[] { "县自然资源局" }, plan.Supports("3"));
        Assert.Equal(new[] { "各乡镇人民政府" }, plan.Leads("4"));
    }

    [Fact]
    public void An_xlsx_sheet_under_a_merged_title_reads_one_cell_of_roles_in_prose()
    {
        SheetFilesRow[] data =
        {
            new("1", "会议同意实施城区背街小巷提升工程，由区城管局抓好方案细化。", "区城管局牵头，区住建局、区财政局配合", "7月底前"),
            new("2", "会议原则同意区级应急物资储备库建设方案，尽快启动前期工作。", "由区应急局牵头，会同区发改局办理", "8月底前"),
            new("3", "会议同意推进医保基金监管专项行动，形成长效机制。", "区卫健局、区医保局共同牵头，区公安分局配合", "2025年12月"),
            new("4", "会议同意建立重点企业服务专员制度，及时协调解决企业诉求。", "区工信局负责", "6月底前"),
        };
        var rows = new[]
        {
            SheetFiles.Row(1, SheetFiles.Inline("A1", "江州市青石区人民政府第六次常务会议议定事项交办单")),
            SheetFiles.Row(2, SheetFiles.Inline("A2", "（2025年5月20日）")),
        }.Concat(data.Select((d, i) =>
        {
            var r = (uint)(i + 3);
            return SheetFiles.Row(r, SheetFiles.Inline("A" + r, d.Number), SheetFiles.Inline("B" + r, d.Task), SheetFiles.Inline("C" + r, d.Roles), SheetFiles.Inline("D" + r, d.Due));
        })).ToArray();
        var bytes = SheetFiles.Create(new string[0], new DocumentFormat.OpenXml.Spreadsheet.NumberingFormat[0], new uint[0],
            new SheetFiles.SheetSpec("交办单", rows, new[] { "A1:D1", "A2:D2" }));
        var plan = ImportedModel.FromFile("jiaoban.xlsx", bytes);

        Assert.Equal(4, plan.Tasks.Count());
        Assert.Equal(new[] { "区城管局" }, plan.Leads("1"));
        Assert.Equal("7月底前", plan.Task("1").Declared.Due!.Text);
        Assert.Equal(new[] { "区住建局", "区财政局" }, plan.Supports("1"));
        Assert.Equal(new[] { "区应急局" }, plan.Leads("2"));
        Assert.Equal(new[] { "区发改局" }, plan.Supports("2"));
        Assert.Equal(new[] { "区卫健局", "区医保局" }, plan.Leads("3"));
        Assert.Equal(new[] { "区公安分局" }, plan.Supports("3"));
        Assert.Equal(new[] { "区工信局" }, plan.Leads("4"));
    }

    private sealed record SheetFilesRow(string Number, string Task, string Roles, string Due);

    [Fact]
    public void A_csv_whose_note_names_its_columns_is_read_by_those_names()
    {
        var csv = "柳溪县2025年文化惠民重点任务,,,,\r\n"
            + "说明：本表不另设表头，各列依次为序号、工作任务、牵头单位、配合单位、完成时限。,,,,\r\n"
            + "1,建设乡镇综合文化站示范点5个,县文化广电旅游局,县财政局、各乡镇人民政府,10月底前\r\n"
            + "2,组织送戏下乡演出120场,县文化广电旅游局,县融媒体中心,年底前\r\n"
            + "3,推进县图书馆总分馆制建设,,县图书馆、县教育局,2025年11月\r\n"
            + "4,开展全民阅读进社区活动,各乡镇人民政府,县文化广电旅游局,长期坚持\r\n";
        var plan = ImportedModel.FromFile("wenhua.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Equal(4, plan.Tasks.Count());
        Assert.Equal(new[] { "县文化广电旅游局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县财政局", "各乡镇人民政府" }, plan.Supports("1"));
        Assert.Equal(new[] { "3" }, plan.TasksWithoutLead);
        Assert.Equal(new[] { "县图书馆", "县教育局" }, plan.Supports("3"));
        Assert.Equal(new[] { "各乡镇人民政府" }, plan.Leads("4"));
    }

    [Fact]
    public void A_list_of_units_with_no_stated_rule_is_led_by_the_first_listed()
    {
        var csv = "1,全面推行河湖长制巡河工作,县水利局、县生态环境局,6月底前\n"
            + "2,推进城乡供水一体化工程建设,县住建局、县水利局、县财政局,2025年12月\n"
            + "3,实施农村公路提质改造工程,县交通运输局,年底前\n";
        var plan = ImportedModel.FromFile("tasks.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Equal(new[] { "县水利局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县生态环境局" }, plan.Supports("1"));
        Assert.Equal(new[] { "县住建局" }, plan.Leads("2"));
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("3"));
    }

    [Fact]
    public void Rows_spanning_the_table_under_the_title_open_sections()
    {
        var csv = "柳溪县2025年农业农村重点工作,,,\n"
            + "一、粮食安全,,,\n"
            + "1,稳定粮食播种面积三十五万亩以上,县农业农村局、各乡镇人民政府,年底前\n"
            + "2,新建高标准农田两万亩并完成验收,县农业农村局、县财政局,10月底前\n"
            + "二、乡村建设,,,\n"
            + "3,推进农村生活垃圾分类示范村建设,县城管局、各乡镇人民政府,9月底前\n";
        var plan = ImportedModel.FromFile("nongye.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Equal(2, plan.Model.Sections.Count());
        Assert.Equal(3, plan.Tasks.Count());
        Assert.Equal(new[] { "县城管局" }, plan.Leads("3"));
        Assert.Equal(new[] { "各乡镇人民政府" }, plan.Supports("3"));
    }

    [Fact]
    public void A_contact_list_without_a_header_makes_no_tasks()
    {
        var csv = "1,张明,县发改局办公室主任,13800000001\n2,李华,县财政局综合股股长,13800000002\n3,王芳,县教育局办公室科员,13800000003\n";
        var plan = ImportedModel.FromFile("contacts.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Empty(plan.Tasks);
    }

    [Fact]
    public void A_schedule_of_meetings_without_a_header_makes_no_tasks()
    {
        var html = "<html><body><p>柳溪县第二季度会议安排</p><table>"
            + "<tr><td>4月10日</td><td>全县安全生产工作推进会</td><td>县政府第一会议室</td><td>县应急管理局、各乡镇人民政府</td></tr>"
            + "<tr><td>5月15日</td><td>全县项目建设现场观摩会</td><td>县经济开发区</td><td>县发改局、县工信局</td></tr>"
            + "<tr><td>6月20日</td><td>全县防汛工作部署会</td><td>县政府第二会议室</td><td>县水利局、县气象局</td></tr>"
            + "</table></body></html>";
        var plan = ImportedModel.FromFile("meetings.html", Encoding.UTF8.GetBytes(html));
        Assert.Empty(plan.Tasks);
    }

    [Fact]
    public void A_budget_table_without_a_header_makes_no_tasks()
    {
        var csv = "1,城区道路提升改造工程,3200.5,县住建局\n2,乡镇污水处理厂扩建工程,1850,县生态环境局\n3,县人民医院门诊楼建设工程,9600,县卫生健康局\n";
        var plan = ImportedModel.FromFile("budget.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Empty(plan.Tasks);
        Assert.Contains(Notes(plan), n => n.Contains("do not make clear"));
    }

    [Fact]
    public void A_list_of_members_and_their_duties_makes_no_tasks()
    {
        var csv = "县发改局,负责统筹协调全县重点项目谋划和申报工作,\n县财政局,负责保障项目前期工作经费并加强资金监管,\n县自然资源局,负责做好项目用地保障和规划审批服务工作,\n";
        var plan = ImportedModel.FromFile("members.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Empty(plan.Tasks);
    }
}
