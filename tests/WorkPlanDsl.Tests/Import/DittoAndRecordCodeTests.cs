using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Responsibility written as a ditto in text (（同上）, （同第3项）, 责任单位：同上), and ledgers whose records open with a
/// code (DB-01 ｜ 督办事项：… ｜ 承办单位：…) instead of a number.
/// </summary>
public class DittoAndRecordCodeTests
{
    private static readonly string Plan = string.Join("\n",
        "某县2024年重点工作任务",
        "",
        "一、城市建设",
        "1.推进老旧小区改造50个（县住房和城乡建设局牵头，县财政局配合）",
        "2.推进城市道路建设（责任单位同上）",
        "3.实施城市绿化提升，新增绿地20公顷",
        "责任单位：县城市管理局",
        "4.整治背街小巷30条",
        "责任单位：同上",
        "二、乡村建设",
        "5.推进农村卫生厕所改造3000户（县农业农村局负责）",
        "6.提升农村供水保障水平（同第1项）",
        "7.完善农村客运网络（责任分工同第三项）",
        "8.推进公园建设（同上年标准）",
        "9.做好防汛准备（同第12项）");

    [Theory]
    [InlineData("2.", "县住房和城乡建设局", "县财政局")]
    [InlineData("4.", "县城市管理局", null)]
    [InlineData("6.", "县住房和城乡建设局", "县财政局")]
    [InlineData("7.", "县城市管理局", null)]
    public void A_ditto_gives_the_task_the_roles_of_the_task_it_names(string label, string lead, string? support)
    {
        var plan = ImportedModel.From(Plan);
        Assert.Equal(new[] { lead }, plan.Leads(label));
        Assert.Equal(support is null ? new string[0] : new[] { support }, plan.Supports(label));
    }

    [Fact]
    public void A_ditto_is_said_once_in_a_note_and_is_no_unit()
    {
        var plan = ImportedModel.From(Plan);
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("'（责任单位同上）' (ditto) is read as the responsibility of task 1."));
        Assert.DoesNotContain(plan.Result.Notes, n => n.Message.Contains("'同上' does not look like an organisation"));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("同"));
    }

    [Fact]
    public void Words_that_only_begin_like_a_ditto_or_name_a_missing_task_give_no_lead()
    {
        var plan = ImportedModel.From(Plan);
        Assert.Empty(plan.Leads("8."));
        Assert.Empty(plan.Leads("9."));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("'（同第12项）' (ditto) names no task this document has"));
    }

    [Fact]
    public void A_ditto_after_a_task_without_roles_gives_none()
    {
        var plan = ImportedModel.From(string.Join("\n", "某县2024年工作要点", "一、城市建设", "1.做好防汛准备", "2.维护城市秩序（同上）", "3.推进道路建设（县交通运输局负责）"));
        Assert.Empty(plan.Leads("2."));
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("3."));
    }

    [Fact]
    public void A_numbered_ditto_names_the_nearest_task_with_that_number_where_numbers_restart()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某县2024年工作要点",
            "一、城市建设", "（一）推进道路建设（县交通运输局负责）", "（二）推进绿化（同第一项）",
            "二、乡村建设", "（一）推进厕所改造（县农业农村局负责）", "（二）推进供水（同第一项）"));
        var tasks = plan.Tasks.ToList();
        Assert.Equal(new[] { "县交通运输局" }, plan.Names(tasks[1].InEffect.Leads));
        Assert.Equal(new[] { "县农业农村局" }, plan.Names(tasks[3].InEffect.Leads));
    }

    private static readonly string Ledger = string.Join("\n",
        "××县2024年第二季度重点督办事项台账",
        "",
        "说明：1.承办单位对督办事项负主要责任，承办单位有两个的，排在首位的为主承办单位，协办单位积极配合；2.督办单位负责跟踪督促，不承担办理任务。",
        "",
        "DB-01 ｜ 督办事项：加快城南污水处理厂提标改造，6月底前完成主体工程 ｜ 承办单位：县住房和城乡建设局 ｜ 协办单位：县生态环境分局、县财政局 ｜ 督办单位：县政府督查室 ｜ 办结时限：2024年6月30日",
        "DB-02 ｜ 督办事项：推进县人民医院门诊楼改扩建工程建设 ｜ 承办单位：县卫生健康局 ｜ 协办单位：县人民医院 ｜ 督办单位：县政府督查室 ｜ 办结时限：2024年9月30日",
        "DB-03 ｜ 督办事项：开展校园周边食品安全专项整治行动 ｜ 承办单位：县市场监督管理局、县教育局 ｜ 协办单位：县公安局 ｜ 督办单位：县委督查室 ｜ 办结时限：2024年5月31日",
        "DB-04 ｜ 督办事项：落实高标准农田建设后续管护责任制度 ｜ 承办单位：县农业农村局 ｜ 协办单位：各乡镇人民政府 ｜ 督办单位：县委督查室 ｜ 办结时限：2024年11月30日");

    [Fact]
    public void Records_opening_with_counting_codes_are_tasks_with_their_fields()
    {
        var plan = ImportedModel.From(Ledger);
        Assert.Equal(new[] { "DB-01", "DB-02", "DB-03", "DB-04" }, plan.Tasks.Select(t => t.Label).Where(l => l!.StartsWith("DB")).ToArray());
        Assert.Equal("加快城南污水处理厂提标改造，6月底前完成主体工程", plan.Task("DB-01").Title);
        Assert.Equal(new[] { "县住房和城乡建设局" }, plan.Leads("DB-01"));
        Assert.Equal(new[] { "县生态环境分局", "县财政局" }, plan.Supports("DB-01"));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("DB-04"));
    }

    [Fact]
    public void The_documents_rule_that_the_first_of_two_is_the_main_one_names_one_lead()
    {
        var plan = ImportedModel.From(Ledger);
        Assert.Equal(new[] { "县市场监督管理局" }, plan.Leads("DB-03"));
        Assert.Equal(new[] { "县教育局", "县公安局" }, plan.Supports("DB-03"));
    }

    [Fact]
    public void Records_parted_by_bars_are_not_glued_as_a_hard_wrapped_paragraph()
    {
        // Lines of about one length that stop mid-sentence look wrapped; a code opening the next says it is a record.
        var lines = Enumerable.Range(1, 6).Select(i => "RW-0" + i + " 推进第" + "一二三四五六"[i - 1] + "批老旧小区改造项目建设，完成年度投资计划的百分之九十以上，责任单位：县住房和城乡建设局，配合单位：县财政局");
        var plan = ImportedModel.From(string.Join("\n", new[] { "某县2024年重点项目清单", "" }.Concat(lines)));
        Assert.Equal(6, plan.Tasks.Count(t => t.Label!.StartsWith("RW-")));
        Assert.All(plan.Tasks, t => Assert.Equal(new[] { "县住房和城乡建设局" }, plan.Leads(t.Label!)));
    }

    [Fact]
    public void Codes_that_do_not_count_number_nothing()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某市2024年工作要点",
            "一、对外开放",
            "1.办好国际会议（市外事办负责）",
            "G20 峰会期间做好服务保障。",
            "5G 基站新建1000个。",
            "2.推进数字建设（市数据局负责）"));
        Assert.Equal(new[] { "1.", "2." }, plan.Tasks.Select(t => t.Label).ToArray());
    }
}
