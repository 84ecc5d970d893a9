using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Tasks numbered 第1条 / 第2项 in Arabic digits, 1-1．under 1、 sections, 任务1 with a space, and 措施1-1: each is a task
/// of its own, not the words of the section above it (which then led with all of its tasks' units at once).
/// </summary>
public class ArticleAndHyphenNumberTests
{
    [Fact]
    public void Articles_numbered_in_digits_are_the_tasks()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某县关于支持小微企业发展的若干措施",
            "",
            "一、减轻负担",
            "第1条　减免小微企业房租。对租用国有房屋的小微企业减免三个月租金。（县国资中心为第一责任单位，县财政局为第二责任单位）",
            "第2条　降低融资担保费率。担保费率降至1%以下。（第一责任单位：县金融办；第二责任单位：县担保公司）",
            "二、优化服务",
            "第3条　推行企业服务专员制度。（责任单位：县工信局、县商务局）",
            "第4条　建立诉求快速响应机制。"));
        Assert.Equal(new[] { "县国资中心" }, plan.Leads("第1条"));
        Assert.Equal(new[] { "县财政局" }, plan.Supports("第1条"));
        Assert.Equal(new[] { "县金融办" }, plan.Leads("第2条"));
        Assert.Equal(new[] { "县工信局" }, plan.Leads("第3条"));
        Assert.Empty(plan.Leads("第4条"));
    }

    [Fact]
    public void Items_numbered_in_digits_are_the_tasks_but_a_list_of_items_given_a_role_is_not()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某市水利重点任务",
            "",
            "第1项　加固病险水库。完成8座小型水库除险加固。（市水利局负责）",
            "第2项　治理中小河流。治理河道40公里。（市水利局牵头，市财政局配合）",
            "第3项　建设灌区节水工程。（市农业农村局负责）",
            "第4项、第6项：以上工作按月报送进度。"));
        Assert.Equal(new[] { "市水利局" }, plan.Leads("第1项"));
        Assert.Equal(new[] { "市财政局" }, plan.Supports("第2项"));
        Assert.Equal(new[] { "市农业农村局" }, plan.Leads("第3项"));
        Assert.Equal(3, plan.Model.Tasks.Count);
    }

    [Fact]
    public void Hyphenated_numbers_under_numbered_sections_are_the_tasks()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某县商贸攻坚任务",
            "",
            "1、消费提振",
            "1-1．举办促消费活动。全年举办活动20场。（县商务局主办，县文旅局协办）",
            "1-2．发展夜间经济。（县商务局、县城管局双牵头）",
            "2、外贸稳定",
            "2-1．培育外贸主体。新增外贸企业15家。（县商务局承办，县税务局协助）",
            "2-2．完成1-3季度目标。（牵头县领导：副县长 某某）"));
        Assert.Equal(new[] { "县商务局" }, plan.Leads("1-1．"));
        Assert.Equal(new[] { "县文旅局" }, plan.Supports("1-1．"));
        Assert.Equal(new[] { "县商务局", "县城管局" }, plan.Leads("1-2．"));
        Assert.Equal(new[] { "县商务局" }, plan.Leads("2-1．"));
        Assert.Empty(plan.Leads("2-2．"));
    }

    [Fact]
    public void Named_numbers_with_a_space_or_a_hyphen_are_the_tasks()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某校年度重点工作",
            "",
            "策略一：提升教学质量",
            "措施1-1　推进课堂教学改革",
            "　　承办处室：教务处",
            "　　协办处室：教研室",
            "措施1-2　完善学生评价体系",
            "　　承办处室：学生处"));
        Assert.Equal(new[] { "教务处" }, plan.Leads("措施1-1"));
        Assert.Equal(new[] { "教研室" }, plan.Supports("措施1-1"));
        Assert.Equal(new[] { "学生处" }, plan.Leads("措施1-2"));

        plan = ImportedModel.From(string.Join("\n",
            "某局年度任务",
            "",
            "任务1　推进智慧校园建设",
            "　　责任单位：信息中心",
            "任务2　开展教师培训",
            "　　责任单位：人事科、教研室",
            "任务书：由各科室分别填报。"));
        Assert.Equal(new[] { "信息中心" }, plan.Leads("任务1"));
        Assert.Equal(new[] { "人事科" }, plan.Leads("任务2"));
        Assert.Equal(2, plan.Model.Tasks.Count);
    }

    [Fact]
    public void A_sentence_opening_with_a_number_and_a_quantity_is_no_task()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某县工作要点",
            "",
            "1、推进项目建设。（县发改局负责）",
            "1-3月完成项目开工10个。",
            "2、推进招商引资。（县投促中心负责）"));
        Assert.Equal(2, plan.Model.Tasks.Count);
        Assert.Equal(new[] { "县发改局" }, plan.Leads("1、"));
    }

    [Fact]
    public void Articles_over_measures_numbered_again_under_each_are_the_sections()
    {
        // review-73 A11: 第二条's 区行政审批局负责 was read as more of 第一条's last measure, and led it.
        var plan = ImportedModel.From(string.Join("\n",
            "东陵区促进民营经济发展若干措施",
            "第一条 加大融资支持力度。",
            "1. 设立民营企业应急转贷资金。（牵头单位：区金融办）",
            "2. 推广“信易贷”模式。",
            "第二条 优化政务服务。区行政审批局负责，区直各部门配合。",
            "1. 推行“一件事一次办”。",
            "2. 推进涉企审批“容缺受理”。"));
        string[] LeadsOf(string title) => plan.Names(plan.Tasks.Single(t => t.Title.StartsWith(title, System.StringComparison.Ordinal)).InEffect.Leads);
        Assert.Equal(new[] { "区金融办" }, LeadsOf("设立民营企业"));
        Assert.Empty(LeadsOf("推广"));
        Assert.Equal(new[] { "区行政审批局" }, LeadsOf("推行"));
        Assert.Equal(new[] { "区行政审批局" }, LeadsOf("推进涉企审批"));
    }
}
