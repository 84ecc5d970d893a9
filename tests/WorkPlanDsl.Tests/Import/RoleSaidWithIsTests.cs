using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Responsibility said with 为 (以X为牵头单位, 责任单位为X, X为主，Y为辅), a person in charge heading the sentence, 经X协助,
/// and a division named for credit (信用处).
/// </summary>
public class RoleSaidWithIsTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Units_named_as_lead_and_partners_with_wei_are_read_as_the_role_words_say()
    {
        var plan = Import(
            "某市2024年营商环境工作要点", "一、重点任务",
            "1.优化营商环境。责任单位为市营商环境建设局。",
            "2.推进信用体系建设。以市发展改革委为牵头责任单位，市市场监管局、市税务局为协作单位。",
            "3.加强治安防控。特巡警大队为主，交警大队、各派出所为辅。",
            "4.推进社区治理。以各街道为主体，市民政局提供指导。",
            "5.完善政务服务。由市政务服务中心作为牵头单位，市大数据局等为配合单位。");
        Assert.Equal(new[] { "市营商环境建设局" }, plan.Leads("1."));
        Assert.Equal(new[] { "市发展改革委" }, plan.Leads("2."));
        Assert.Equal(new[] { "市市场监管局", "市税务局" }, plan.Supports("2."));
        Assert.Equal(new[] { "特巡警大队" }, plan.Leads("3."));
        Assert.Equal(new[] { "交警大队", "各派出所" }, plan.Supports("3."));
        Assert.Equal(new[] { "各街道" }, plan.Leads("4."));
        Assert.Empty(plan.Supports("4."));
        Assert.Equal(new[] { "市政务服务中心" }, plan.Leads("5."));
        Assert.Equal(new[] { "市大数据局" }, plan.Supports("5."));
        Assert.Contains("以市发展改革委为牵头责任单位", plan.Words());
    }

    [Theory]
    [InlineData("1.坚持以人民为中心，以企业为主体，推进改革。")]
    [InlineData("1.坚持预防为主、防治结合，加强监测。")]
    [InlineData("1.完善以政府为主导的投入机制，提升服务水平。")]
    [InlineData("1.确定责任单位为本年度重点。")]
    public void A_principle_said_with_wei_names_no_unit(string line)
    {
        var plan = Import("某县2024年工作要点", "一、重点任务", line);
        Assert.Equal(new[] { "1." }, plan.TasksWithoutLead);
        Assert.Empty(plan.Model.Units);
    }

    [Fact]
    public void A_person_in_charge_heading_the_sentence_is_no_unit_and_the_bodies_after_do_the_work()
    {
        var plan = Import(
            "某医院2024年质量工作计划", "一、重点工作",
            "1.提升医疗质量。院长 周建华 负总责，质控科具体实施，运营管理部配合。",
            "2.抓好安全生产。分管副院长 李明 负责。");
        Assert.Equal(new[] { "质控科" }, plan.Leads("1."));
        Assert.Equal(new[] { "运营管理部" }, plan.Supports("1."));
        Assert.Equal(new[] { "2." }, plan.TasksWithoutLead);
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("周建华") || (u.FullName ?? u.Id).Contains("李明"));
    }

    [Fact]
    public void Jing_before_a_helper_is_no_part_of_its_name_but_economic_bodies_keep_it()
    {
        var plan = Import(
            "某校衛生工作計畫", "一、健康檢查",
            "1.新生健康檢查簽約（經總務處協助招標簽約）。責任單位：衛保組",
            "2.推进企业技改。（县经信局牵头，县经侦大队配合）");
        Assert.Equal(new[] { "衛保組" }, plan.Leads("1."));
        Assert.Equal(new[] { "總務處" }, plan.Supports("1."));
        Assert.Equal(new[] { "县经信局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县经侦大队" }, plan.Supports("2."));
    }

    [Fact]
    public void A_credit_division_is_an_organisation()
    {
        var plan = Import("某省发展改革委2024年工作要点", "一、重点任务", "1.完善信用平台。责任处室：财金信用处（省信用中心）");
        Assert.Equal(new[] { "财金信用处（省信用中心）" }, plan.Leads("1."));
    }
}
