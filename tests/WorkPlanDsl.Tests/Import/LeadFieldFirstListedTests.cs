using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// A document that says of its lead field itself that the first of several names leads
/// (「主責機關」列有二個以上機關者，以列於首位者為主責，其餘為協力): a lead field of two names has one lead; without that
/// word, or with a rule said only of the accountable lists, every name a lead field gives leads.
/// </summary>
public class LeadFieldFirstListedTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void The_first_of_a_lead_field_leads_where_the_document_says_so_of_that_field()
    {
        var plan = Import(
            "某区2025年民生工作计划",
            "说明：“主办单位”列有两个以上单位的，排在首位的为主办，其余为协办。",
            "一、养老服务",
            "（一）新建社区食堂10处。",
            "主办单位：区民政局、区商务局；协办单位：区卫健局",
            "（二）建设区级养老服务中心。",
            "主办单位：区民政局");
        Assert.Equal(new[] { "区民政局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "区商务局", "区卫健局" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "区民政局" }, plan.Leads("（二）"));
    }

    [Fact]
    public void The_rule_in_traditional_characters_with_the_label_in_corner_quotes()
    {
        var plan = Import(
            "某市114年度交通重點工作計畫",
            "說明：「主責機關」列有二個以上機關者，以列於首位者為主責，其餘為協力。",
            "一、公共運輸",
            "（一）增闢公車路線5條。",
            "　主責機關：交通局及工務局；協力機關：各區公所",
            "（二）改善候車亭設施。",
            "　主責機關：交通局");
        Assert.Equal(new[] { "交通局" }, plan.Leads("（一）"));
        Assert.Contains("工務局", plan.Supports("（一）"));
        Assert.Equal(new[] { "交通局" }, plan.Leads("（二）"));
    }

    [Fact]
    public void Without_the_word_on_the_lead_field_every_name_it_gives_leads()
    {
        var plan = Import(
            "某区2025年民生工作计划",
            "一、养老服务",
            "（一）新建社区食堂10处。",
            "主办单位：区民政局、区商务局；协办单位：区卫健局");
        Assert.Equal(new[] { "区民政局", "区商务局" }, plan.Leads("（一）"));
    }

    [Fact]
    public void A_rule_said_of_the_accountable_lists_leaves_a_lead_field_whole()
    {
        var plan = Import(
            "某区2025年民生工作计划",
            "说明：责任单位列有两个以上单位的，排在首位的为牵头单位。",
            "一、养老服务",
            "（一）新建社区食堂10处。",
            "牵头单位：区民政局、区商务局；配合单位：区卫健局",
            "（二）建设区级养老服务中心。",
            "责任单位：区民政局、区财政局");
        Assert.Equal(new[] { "区民政局", "区商务局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "区民政局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "区财政局" }, plan.Supports("（二）"));
    }
}
