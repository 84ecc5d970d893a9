using System.Linq;
using System.Text;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes the hostile93 blind set found missing, in a few invented lines each: a task table exported to .csv with a
/// merged 序号 kept in its first row only, a tax bureau's 收入股, and a sentence whose subject must work together with a
/// list of partners.
/// </summary>
public class Hostile93ShapeTests
{
    private static ImportedModel Csv(params string[] rows) => ImportedModel.FromFile("plan.csv", Encoding.UTF8.GetBytes(string.Join("\r\n", rows)));

    [Fact]
    public void A_row_with_no_number_lead_or_deadline_in_an_export_continues_the_row_above()
    {
        var plan = Csv(
            "序号,具体措施,牵头股室,配合股室,完成时限",
            "13,规范税务执法检查,风险管理股,法制股,持续推进",
            "14,加强发票电子化改革,征收管理股,信息中心,2025年12月底",
            ",开展虚开发票风险监控,,风险管理股,",
            "15,推进税费争议调解,法制股,第一税务分局,2025年9月底");

        Assert.Equal(new[] { "13", "14", "15" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "征收管理股" }, plan.Leads("14"));
        Assert.Equal(new[] { "信息中心", "风险管理股" }, plan.Supports("14"));
    }

    [Fact]
    public void A_row_with_its_own_lead_and_no_number_is_no_continuation()
    {
        var plan = Csv(
            "序号,具体措施,牵头股室,配合股室,完成时限",
            "13,规范税务执法检查,风险管理股,法制股,持续推进",
            "14,加强发票电子化改革,征收管理股,信息中心,2025年12月底",
            ",开展虚开发票风险监控,稽查局,风险管理股,2025年10月底",
            "15,推进税费争议调解,法制股,第一税务分局,2025年9月底");

        Assert.Equal(new[] { "信息中心" }, plan.Supports("14"));
    }

    [Fact]
    public void A_revenue_section_is_a_body()
    {
        var plan = ImportedModel.From("一、重点任务\n1.做好社会保险费集中征缴。（牵头单位：社会保险费和非税收入股）");

        Assert.Equal(new[] { "社会保险费和非税收入股" }, plan.Leads("1."));
    }

    [Fact]
    public void A_subject_that_must_work_with_a_list_of_partners_leads_them()
    {
        // 市人力资源社会保障局 holds 保障, a word of work: the list of partners was read as no list at all.
        var plan = ImportedModel.From(string.Join("\n",
            "一、重点任务",
            "1.新生儿出生一件事。市卫生健康委要会同市公安局、市医保局、市人力资源社会保障局，将出生医学证明、户口登记等事项整合为“一件事”。",
            "2.推进改造。（市住建局负责）"));

        Assert.Equal(new[] { "市卫生健康委" }, plan.Leads("1."));
        Assert.Equal(new[] { "市公安局", "市医保局", "市人力资源社会保障局" }, plan.Supports("1."));
    }
}
