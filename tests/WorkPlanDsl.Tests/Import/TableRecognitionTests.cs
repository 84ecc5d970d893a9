using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Import;
using WorkPlanDsl.Import.Documents;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>Task tables (任务分工表) as a reader hands them over: rows of cells, merges carried.</summary>
public class TableRecognitionTests
{
    private static int _line;

    private static TableRow Row(params string[] cells) => new(++_line, cells.Select(c => c.StartsWith("^") ? new TableCell(c.Substring(1), isMergedCopy: true) : new TableCell(c)).ToArray());

    private static ImportedModel Import(params DocumentBlock[] blocks)
        => ImportedModel.From(PlanImporter.Import(new PlanDocument("table.docx", blocks), new ImportOptions("table.docx")));

    private static TableBlock Table(params TableRow[] rows) => new(rows[0].Line, rows);

    [Fact]
    public void Header_columns_rows_leads_supports_and_deadlines()
    {
        var plan = Import(
            new ParagraphBlock(1, "2024年某区重点工作任务分工表"),
            Table(
                Row("序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"),
                Row("1", "推进城市更新", "完成老旧小区改造30个。", "区住建局", "区财政局、各街道", "2024年10月底前"),
                Row("2", "优化营商环境", "企业开办时间压缩到1个工作日。", "区发改局", "区市场监管局", "2024年6月底前"),
                Row("3", "加强技能培训", "开展职业技能培训。", "区人社局", "", "长期坚持")));
        Assert.Equal(3, plan.Model.Tasks.Count);
        Assert.Equal(new[] { "1", "2", "3" }, plan.Model.Tasks.Select(t => t.Label));
        Assert.Equal("推进城市更新", plan.Task("1").Title);
        Assert.Equal(new[] { "区住建局" }, plan.Leads("1"));
        Assert.Equal(new[] { "区财政局", "各街道" }, plan.Supports("1"));
        Assert.Equal("2024年10月底前", plan.Task("1").Declared.Due!.Text);
        Assert.Equal(new[] { "区人社局" }, plan.Leads("3"));
        Assert.Null(plan.Task("3").Declared.Due);
        Assert.Contains("长期坚持", plan.Task("3").Text);
        Assert.Contains("完成老旧小区改造30个", plan.Task("1").Text);
    }

    [Fact]
    public void A_task_cell_merged_over_several_measure_rows_is_one_task_with_items()
    {
        var plan = Import(
            new ParagraphBlock(1, "2024年工作方案"),
            Table(
                Row("序号", "重点任务", "具体措施", "牵头单位", "配合单位"),
                Row("1", "提升医疗服务", "推进胸痛中心建设。", "市卫健委", "市医保局"),
                Row("^1", "^提升医疗服务", "推进卒中中心建设。", "^市卫健委", "^市医保局"),
                Row("2", "加强公共卫生", "完善疾控体系。", "市疾控中心", ""),
                Row("^2", "^加强公共卫生", "开展爱国卫生运动。", "市爱卫办", "")));
        Assert.Equal(2, plan.Model.Tasks.Count);
        var first = plan.Task("1");
        Assert.Equal(2, first.Items.Count);
        Assert.Equal(new[] { "市卫健委" }, plan.Leads("1"));
        Assert.Equal(new[] { "市医保局" }, plan.Supports("1"));

        // Measures with different leads: each leads its own measure, none the task's other work.
        var second = plan.Task("2");
        Assert.Equal(2, second.Items.Count);
        Assert.Empty(second.InEffect.Leads);
        Assert.Equal(new[] { "市疾控中心" }, plan.Names(second.Items[0].InEffect.Leads));
        Assert.Equal(new[] { "市爱卫办" }, plan.Names(second.Items[1].InEffect.Leads));
    }

    [Fact]
    public void A_category_column_and_a_spanning_row_become_sections()
    {
        var plan = Import(
            Table(
                Row("类别", "工作任务", "责任单位", "完成时间"),
                Row("一、深化改革", "推进医共体建设", "市卫健委", "6月底前"),
                Row("^一、深化改革", "推进集采", "市医保局", "年底前"),
                Row("二、民生实事", "新增托位4000个", "市卫健委", "年底前"),
                Row("三、保障措施", "^三、保障措施", "^三、保障措施", "^三、保障措施"),
                Row("", "加强督查", "市政府办", "")));
        Assert.Equal(new[] { "深化改革", "民生实事", "保障措施" }, plan.Model.Sections.Select(s => s.Title));
        Assert.Equal(new[] { "一、", "二、", "三、" }, plan.Model.Sections.Select(s => s.Label));
        Assert.Equal(4, plan.Model.Tasks.Count);
        Assert.Equal(new[] { "S01", "S01", "S02", "S03" }, plan.Model.Tasks.Select(t => t.SectionId));
        Assert.All(plan.Model.Tasks, t => Assert.Single(t.InEffect.Leads));
    }

    [Fact]
    public void An_accountable_column_without_a_support_column_follows_the_first_listed_convention()
    {
        var plan = Import(
            Table(
                Row("序号", "任务", "责任单位"),
                Row("1", "任务一", "市发改委、市财政局"),
                Row("2", "任务二", "市商务局")),
            new ParagraphBlock(10, "注：排在第一位的为牵头单位。"));
        Assert.Equal(new[] { "市发改委" }, plan.Leads("1"));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("1"));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("national convention"));
    }

    [Fact]
    public void A_two_row_header_with_persons_and_verbs_inside_cells()
    {
        var plan = Import(
            Table(
                Row("序号", "重点任务", "责任单位", "^责任单位", "责任领导"),
                Row("^序号", "^重点任务", "牵头单位", "配合单位", "^责任领导"),
                Row("1", "建设智慧城市", "市数据局", "市工信局、各区", "张三"),
                Row("2", "整治背街小巷", "市城管局牵头，市住建局配合", "", "李四")));
        Assert.Equal(new[] { "市数据局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市工信局", "各区" }, plan.Supports("1"));
        Assert.Equal(new[] { "市城管局" }, plan.Leads("2"));
        Assert.Equal(new[] { "市住建局" }, plan.Supports("2"));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id is "张三" or "李四");
        Assert.Contains("责任领导：张三", plan.Task("1").Text);
    }

    [Fact]
    public void A_table_without_a_task_header_is_text()
    {
        var plan = Import(
            new ParagraphBlock(1, "一、总体要求"),
            new ParagraphBlock(2, "(一)任务一。内容。"),
            Table(Row("指标", "2023年", "2024年"), Row("床位数", "100", "120")));
        Assert.Single(plan.Model.Tasks);
        Assert.Contains("床位数", plan.Task("(一)").Text);
    }

    [Fact]
    public void Cells_that_are_not_organisations_are_reported()
    {
        var plan = Import(
            Table(
                Row("序号", "重点任务", "牵头单位"),
                Row("1", "任务一", "王五"),
                Row("2", "任务二", "/")));
        Assert.Empty(plan.Model.Units);
        Assert.Equal(new[] { "1", "2" }, plan.TasksWithoutLead);
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("'王五' does not look like an organisation"));
    }

    [Fact]
    public void Numbered_safeguards_beside_a_task_table_are_text_and_the_tables_rows_are_the_tasks()
    {
        var plan = Import(
            new ParagraphBlock(1, "一、工作目标"),
            new ParagraphBlock(2, "全县卫生厕所普及率达到90%以上。"),
            new ParagraphBlock(3, "二、保障措施"),
            new ParagraphBlock(4, "（一）加强组织领导。领导小组办公室设在县农业农村局，负责日常调度。"),
            new ParagraphBlock(5, "（二）强化资金保障。县财政局要统筹整合涉农资金。"),
            new ParagraphBlock(6, "附件：任务分工表"),
            Table(
                Row("序号", "工作任务", "牵头单位", "配合单位"),
                Row("1", "推进农村户厕改造", "县农业农村局", "县卫生健康局"),
                Row("2", "开展村庄清洁行动", "各乡镇人民政府", "县农业农村局")));
        Assert.Equal(new[] { "1", "2" }, plan.Model.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("1"));
        Assert.Contains("（一）加强组织领导。领导小组办公室设在县农业农村局，负责日常调度。", plan.Result.Plan);
    }

    [Fact]
    public void Numbered_paragraphs_naming_who_is_accountable_stay_tasks_beside_a_task_table()
    {
        var plan = Import(
            new ParagraphBlock(1, "一、重点任务"),
            new ParagraphBlock(2, "（一）推进学前教育普惠发展。（责任单位：区教育局）"),
            new ParagraphBlock(3, "（二）加强教师队伍建设。（责任单位：区人社局）"),
            Table(
                Row("序号", "工作任务", "牵头单位", "配合单位"),
                Row("1", "新建幼儿园", "区教育局", "区住建局")));
        Assert.Equal(new[] { "（一）", "（二）", "1" }, plan.Model.Tasks.Select(t => t.Label));
    }

    [Fact]
    public void Header_words_are_the_role_words_a_clause_knows()
    {
        // 实施单位 beside a lead supports it, alone it is accountable; 督办单位 is neither and stays text; 牵头负责单位
        // leads as 牵头负责 does in a sentence; 截止时间 is when, as in a field.
        var plan = Import(
            new ParagraphBlock(1, "2025年某县民生项目分工表"),
            Table(
                Row("序号", "项目名称", "牵头负责单位", "实施单位", "督办单位", "截止时间"),
                Row("1", "改造供水管网", "县水利局", "县自来水公司", "县委督查室", "2025年10月底前"),
                Row("2", "改造农村道路", "", "县交通建设集团", "县政府督查室", "2025年12月底前")));
        Assert.Equal(new[] { "县水利局" }, plan.Leads("1"));
        Assert.Equal(new[] { "县自来水公司" }, plan.Supports("1"));
        Assert.Equal(new[] { "县交通建设集团" }, plan.Leads("2"));
        Assert.Empty(plan.Supports("2"));
        Assert.Contains("督办单位：县委督查室", plan.Task("1").Text);
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("督查室"));
        Assert.Equal("2025年10月底前", plan.Task("1").Declared.Due!.Text);
    }

    [Fact]
    public void A_table_whose_only_unit_column_is_its_implementer_is_a_task_table()
    {
        var plan = Import(
            new ParagraphBlock(1, "2025年某区项目表"),
            Table(
                Row("序号", "项目名称", "实施主体", "完成时间"),
                Row("1", "新建社区食堂", "区民政局", "2025年9月"),
                Row("2", "改造口袋公园", "区城管局", "2025年11月")));
        Assert.Equal(new[] { "1", "2" }, plan.Model.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "区民政局" }, plan.Leads("1"));
        Assert.Equal(new[] { "区城管局" }, plan.Leads("2"));
    }

    [Fact]
    public void The_roles_in_the_row_under_a_tasks_work_are_the_tasks()
    {
        // hostile73 h73-24 (a .docx): each task takes two rows, 序号 and 完成时限 merged down over both, the work in the
        // first and who does it (牵头单位：X；配合单位：Y) in the second; the second row was dropped, and every task lost its
        // lead with no note.
        _line = 1;
        var plan = Import(
            new ParagraphBlock(1, "临安市提振消费专项行动任务清单"),
            Table(
                Row("序号", "工作任务", "完成时限"),
                Row("1", "开展“消费促进月”系列活动：全年组织主题促消费活动100场以上。", "2025年12月底"),
                Row("^1", "牵头单位：市商务局；配合单位：市财政局、市文化广电旅游局", "^2025年12月底"),
                Row("2", "扩大体育消费：举办品牌赛事10项。", "2025年11月底"),
                Row("^2", "责任单位：市体育局（牵头）、市公安局", "^2025年11月底"),
                Row("3", "改善停车和交通条件：新增公共停车泊位2000个。", "2025年12月底"),
                Row("^3", "", "^2025年12月底")));
        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市商务局" }, plan.Leads("1"));
        Assert.Equal(new[] { "市财政局", "市文化广电旅游局" }, plan.Supports("1"));
        Assert.Equal(new[] { "市体育局" }, plan.Leads("2"));
        Assert.Equal(new[] { "市公安局" }, plan.Supports("2"));
        Assert.Empty(plan.Leads("3"));
    }
}

public class SheetTitleTests
{
    [Fact]
    public void Rows_above_the_header_are_the_title_not_tasks()
    {
        static TableRow Row(int line, params string[] cells) => new(line, cells.Select((c, i) => new TableCell(c, i > 0 && c == cells[0])).ToArray());
        var table = new TableBlock(1, new[]
        {
            Row(1, "附件1", "附件1", "附件1"),
            Row(2, "2024年某县重点任务分工表", "2024年某县重点任务分工表", "2024年某县重点任务分工表"),
            Row(3, "序号", "重点任务", "牵头单位"),
            Row(4, "1", "推进乡村振兴", "县农业农村局"),
        });
        var plan = ImportedModel.From(PlanImporter.Import(new PlanDocument("tasks.xlsx", new DocumentBlock[] { table }), new ImportOptions("tasks.xlsx")));
        Assert.Equal("2024年某县重点任务分工表", plan.Model.Title);
        Assert.Equal(2024, plan.Model.Year);
        Assert.Equal(new[] { "1" }, plan.Model.Tasks.Select(t => t.Label));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("1"));
    }
}
