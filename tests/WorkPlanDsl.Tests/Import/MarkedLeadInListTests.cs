using System.Text;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>A lead mark on one name of a list: （牵头） in a 牵头单位 cell, （共同牵头） after a run of names.</summary>
public class MarkedLeadInListTests
{
    [Fact]
    public void A_lead_cell_marking_one_of_its_names_makes_the_others_support()
    {
        var csv = "序号,工作任务,牵头单位,配合单位\n"
            + "1,推进国道改扩建工程,市交通运输局,市自然资源和规划局\n"
            + "2,开展城乡客运一体化示范创建,\"市交通运输局（牵头）\n市财政局\",\n"
            + "3,推进智慧交通建设,市交通运输局、市大数据局,市公安局交警支队\n";
        var plan = ImportedModel.FromFile("分工.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Equal(new[] { "市交通运输局" }, plan.Leads("2"));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("2"));
        Assert.Equal(new[] { "市交通运输局", "市大数据局" }, plan.Leads("3"));
    }

    [Fact]
    public void A_shared_lead_mark_covers_the_names_before_it()
    {
        var plan = ImportedModel.From("某区2024年平安建设要点\n\n(6)开展校园周边环境综合治理。责任单位：区教育局、区公安分局（共同牵头）、区市场监管局");
        Assert.Equal(new[] { "区教育局", "区公安分局" }, plan.Leads("(6)"));
        Assert.Equal(new[] { "区市场监管局" }, plan.Supports("(6)"));
    }

    [Fact]
    public void A_lead_mark_in_an_accountable_list_leaves_the_list_as_it_was()
    {
        var plan = ImportedModel.From("某区2024年工作要点\n\n1. 开展校园周边环境综合治理。（责任单位：区教育局（牵头）、区公安分局、区市场监管局）");
        Assert.Equal(new[] { "区教育局" }, plan.Leads("1."));
        Assert.Equal(new[] { "区公安分局", "区市场监管局" }, plan.Supports("1."));
    }
}
