using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes of plans as governments publish them that a labelled set of long invented plans (h39) found read wrong: role
/// fields in the middle of a task's paragraph, a short name declared
/// in the covering notice, 政协 read as 协办, a list after a bracket of when, a contact person beside the lead, and the
/// follow-up of the whole plan after its last task.
/// </summary>
public class PublishedPlanShapeTests
{
    private static ImportedModel Plan(params string[] tasks)
        => ImportedModel.From(string.Join("\n", new[] { "某县2022年重点工作督查情况通报", "一、推进情况" }.Concat(tasks)));

    [Theory]
    [InlineData("1.城南环路改造工程。牵头单位：县交通运输局；责任领导：副县长周学文。该项目全长6.8公里，已于8月底完工通车。", "县交通运输局", null)]
    [InlineData("1.门急诊综合楼建设。牵头单位：县卫生健康局，配合单位：县人民医院。已竣工验收并投入使用。", "县卫生健康局", "县人民医院")]
    [InlineData("1.门急诊综合楼建设。牵头单位：县卫生健康局。配合单位：县人民医院。已竣工验收并投入使用。", "县卫生健康局", "县人民医院")]
    public void Role_fields_between_a_tasks_sentences_are_read(string task, string lead, string? support)
    {
        var plan = Plan(task, "2.做好其他工作。");
        Assert.Equal(new[] { lead }, plan.Leads("1."));
        Assert.Equal(support is null ? new string[0] : new[] { support }, plan.Supports("1."));
    }

    [Fact]
    public void A_person_alone_between_the_sentences_names_no_lead()
        => Assert.Empty(Plan("1.城区智慧停车项目。责任领导：副县长陈芳。项目可研已编制，具体实施单位尚未明确。", "2.做好其他工作。").Leads("1."));

    [Fact]
    public void A_short_name_declared_where_reports_are_sent_is_the_bodys_alias()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "省食品安全委员会关于印发2022年工作安排的通知",
            "各设区市食安委：现印发给你们，请于12月10日前将落实情况报省食品安全委员会办公室（以下简称省食安办）。",
            "2022年全省食品安全重点工作安排",
            "一、强化监管",
            "（一）推进包保督导工作。（省食安办牵头，各设区市食安委负责落实）",
            "（二）开展评议考核。（省食安办牵头，省委组织部参与）"));
        Assert.Equal(new[] { "省食品安全委员会办公室" }, plan.Leads("（一）"));
        Assert.Single(plan.Model.Units, u => u.Id == "省食品安全委员会办公室");
    }

    [Theory]
    [InlineData("1.加强协商机构建设，深化协商议政。（市政协办公室牵头）", "市政协办公室", null)]
    [InlineData("1.办好提案。（区政协办公室、区政府办公室负责）", "区政协办公室", "区政府办公室")]
    public void The_xie_of_zhengxie_starts_no_supporting_role(string task, string lead, string? support)
    {
        var plan = Plan(task);
        Assert.Equal(new[] { lead }, plan.Leads("1."));
        Assert.Equal(support is null ? new string[0] : new[] { support }, plan.Supports("1."));
    }

    [Fact]
    public void A_list_after_a_bracket_of_when_is_still_after_the_sentence()
    {
        var plan = Plan("1.做好工作。（思想政治工作处、机关党委）", "2.稳妥推进改革。（9月底前出台）（高校学生工作处、省教育考试院、基础教育处）");
        Assert.Equal(new[] { "高校学生工作处" }, plan.Leads("2."));
        Assert.Equal(new[] { "省教育考试院", "基础教育处" }, plan.Supports("2."));
    }

    [Fact]
    public void A_list_glued_to_words_with_a_date_between_stays_words()
        => Assert.Empty(Plan("1.做好工作。（思想政治工作处、机关党委）", "2.与省直部门对接（9月底前）（省发改委、省财政局）").Leads("2."));

    [Theory]
    [InlineData("牵头单位：市人力资源社会保障局（联系人：吴静，电话：6217733）")]
    [InlineData("牵头单位：市人力资源社会保障局（电话：6217733）")]
    [InlineData("牵头单位：市人力资源社会保障局（吴静，139****2233）")]
    public void A_contact_beside_the_lead_is_no_part_of_its_name(string field)
    {
        var plan = Plan("1.全年城镇新增就业5万人", field, "进展情况：上半年完成。");
        Assert.Equal(new[] { "市人力资源社会保障局" }, plan.Leads("1."));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("吴静") || u.Id.Contains("6217733"));
    }

    [Fact]
    public void The_follow_up_of_the_whole_plan_after_its_last_task_is_not_that_tasks()
    {
        var plan = Plan("1.带头加强学习。（县委办公室、县委组织部）", "2.带头改进作风，每位常委每年到基层调研不少于60天。",
            "县委办公室要加强对本要点落实情况的督促检查，重大事项及时向县委常委会报告。");
        Assert.Empty(plan.Leads("2."));
    }

    [Fact]
    public void A_tasks_own_second_paragraph_naming_its_body_still_counts()
        => Assert.Equal(new[] { "县住建局" }, Plan("1.推进老旧小区改造。", "县住建局负责组织实施，年底前完成改造任务。", "2.做好其他工作。").Leads("1."));
}
