using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Wordings of hostile run 14 that gave no lead: 一是/二是 items each closing with who leads before their ；, and a
/// notice numbered 一、 alone whose items direct bodies in prose (X要会同Y，…; X牵头，Y配合，…; X负责…的及时足额供应).
/// </summary>
public class ItemAndDirectiveWordingTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Items_inside_a_paragraph_each_closing_with_who_leads_take_their_own_leads()
    {
        var plan = Import(
            "一、守牢安全底线",
            "一是强化食品安全监管，食品安全科牵头，各市场监管所配合；二是加强特种设备安全监管，特种设备安全监察科负责；三是开展药品安全专项整治，药品医疗器械监管科负责。");
        var tasks = plan.Model.Tasks.ToList();
        Assert.Equal(new[] { "一是", "二是", "三是" }, tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "食品安全科" }, plan.Names(tasks[0].InEffect.Leads));
        Assert.Equal(new[] { "各市场监管所" }, plan.Names(tasks[0].InEffect.Supports));
        Assert.Equal(new[] { "特种设备安全监察科" }, plan.Names(tasks[1].InEffect.Leads));
        Assert.Equal(new[] { "药品医疗器械监管科" }, plan.Names(tasks[2].InEffect.Leads));
    }

    private static readonly string[] Notice =
    {
        "关于做好2024年夏粮收购工作的通知",
        "各乡镇人民政府，县直有关部门：",
        "现就做好今年夏粮收购工作通知如下：",
        "一、加强组织领导。各有关单位要高度重视，把夏粮收购作为当前一项重要工作抓紧抓好。",
        "二、落实最低收购价政策。县发展和改革局要会同县财政局、县农业发展银行，按照国家政策做好执行预案的启动准备。",
        "三、做好收购资金保障。县农业发展银行负责收购资金的及时足额供应。",
        "四、加强市场监管。县市场监督管理局牵头，县粮食和物资储备中心配合，严厉打击压级压价行为。",
        "五、做好仓容准备。县粮食和物资储备中心要组织收储企业腾仓并库。",
    };

    [Fact]
    public void A_notices_items_give_their_work_to_the_bodies_their_sentences_direct()
    {
        var plan = Import(Notice);
        Assert.Empty(plan.Leads("一、"));
        Assert.Equal(new[] { "县发展和改革局" }, plan.Leads("二、"));
        Assert.Equal(new[] { "县财政局", "县农业发展银行" }, plan.Supports("二、"));
        Assert.Equal(new[] { "县农业发展银行" }, plan.Leads("三、"));
        Assert.Equal(new[] { "县市场监督管理局" }, plan.Leads("四、"));
        Assert.Equal(new[] { "县粮食和物资储备中心" }, plan.Supports("四、"));
        Assert.Equal(new[] { "县粮食和物资储备中心" }, plan.Leads("五、"));
    }

    [Theory]
    [InlineData("原由县城管局负责的占道停车管理事项，已于2023年移交县公安局。")]
    [InlineData("由县文明办牵头的文明交通联席会议制度已建立。")]
    [InlineData("去年由县水利局负责建成的5座农村水厂已移交县自来水公司统一运营。")]
    [InlineData("县城管局负责的停车管理事项已移交县公安局。")]
    [InlineData("县文旅局牵头组织的宣传活动，各乡镇要积极参与。")]
    [InlineData("县文旅局负责组织的宣传活动。")]
    [InlineData("县发改局负责编制的规划。")]
    public void A_role_that_describes_a_thing_in_a_notice_gives_no_lead(string sentence)
    {
        var lines = Notice.ToList();
        lines.Add("六、做好衔接。" + sentence);
        Assert.Empty(Import(lines.ToArray()).Leads("六、"));
    }

    [Fact]
    public void Directives_and_decisions_name_who_does_the_work_before_when_and_what()
    {
        var plan = Import(
            "关于群众来信办理意见的通知",
            "各有关单位：",
            "一、关于占道经营问题。请县城市管理局会同城关镇人民政府于4月底前完成整治，并将结果报县信访局。",
            "二、关于农村低保审核问题。请县民政局核实后依法依规处理。",
            "三、关于建议增设公交线路问题。建请县交通运输局研究。",
            "四、关于城区停车难问题。会议议定：由县公安局牵头，县住房和城乡建设局配合，6月底前拿出建设方案。");
        Assert.Equal(new[] { "县城市管理局" }, plan.Leads("一、"));
        Assert.Equal(new[] { "城关镇人民政府" }, plan.Supports("一、"));
        Assert.Equal(new[] { "县民政局" }, plan.Leads("二、"));

        // 建请 proposes to a body the writer cannot direct: no one is given the work.
        Assert.Empty(plan.Leads("三、"));
        Assert.Equal(new[] { "县公安局" }, plan.Leads("四、"));
        Assert.Equal(new[] { "县住房和城乡建设局" }, plan.Supports("四、"));
    }

    [Theory]
    [InlineData("请示省农业农村厅牵头协调秸秆综合利用项目资金。")]
    [InlineData("市住房和城乡建设局牵头、市城市管理局配合的扬尘联合检查机制已经建立。")]
    public void Asking_for_instructions_or_a_mechanism_two_bodies_set_up_gives_no_lead(string sentence)
    {
        var plan = Import("一、重点任务", "1.深化工业源治理。市生态环境局要会同市工业和信息化局推动超低排放改造。", "2.推进秸秆综合利用。" + sentence);
        Assert.Equal(new[] { "市生态环境局" }, plan.Leads("1."));
        Assert.Empty(plan.Leads("2."));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).StartsWith("示", System.StringComparison.Ordinal) || (u.FullName ?? u.Id).StartsWith("请示", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_items_lead_in_and_its_work_are_no_unit_in_traditional_characters()
    {
        var plan = Import(
            "二、推進文旅融合",
            "一是創建國家全域旅遊示範區，資源開發科牽頭，各街道辦事處配合；二是培育旅遊新業態，新增精品民宿20家。");
        Assert.Equal(new[] { "資源開發科" }, plan.Leads("一是"));
        Assert.Equal(new[] { "各街道辦事處" }, plan.Supports("一是"));
        Assert.Empty(plan.Leads("二是"));
        Assert.DoesNotContain(plan.Model.Units, u => (u.FullName ?? u.Id).Contains("示範區"));
    }

    [Fact]
    public void A_body_that_must_work_with_partners_leads_also_where_other_tasks_name_theirs_in_brackets()
    {
        var plan = Import(
            "一、重点任务",
            "1.推进项目建设，完成年度目标。（牵头单位：县发改局，配合单位：县财政局）",
            "2.加强农房建设管理。县住建局要会同县自然资源局，按照要求做好审批监管。",
            "3.完善救助机制。县民政局要会同有关部门，做好困难群众救助。");
        Assert.Equal(new[] { "县住建局" }, plan.Leads("2."));
        Assert.Equal(new[] { "县自然资源局" }, plan.Supports("2."));
        Assert.Equal(new[] { "县民政局" }, plan.Leads("3."));
    }

    [Theory]
    [InlineData("各乡镇负责的项目由县农业农村局验收。")]
    [InlineData("县水利局负责的工程移交属地乡镇管理。")]
    [InlineData("县农业农村局负责的工作由县委督查室督查。")]
    public void A_thing_a_body_is_in_charge_of_handed_to_another_gives_it_no_lead(string sentence)
    {
        var plan = Import("一、重点任务", "1.加强项目验收。" + sentence, "2.做好后续管护。");
        Assert.DoesNotContain("各乡镇", plan.Leads("1."));
        Assert.DoesNotContain("县水利局", plan.Leads("1."));
        Assert.DoesNotContain("县农业农村局", plan.Leads("1."));
    }

    [Theory]
    [InlineData("县财政局要会同县发改局，配合县应急局做好隐患排查资金保障。")]
    [InlineData("县教育局要会同县公安局，积极配合县委政法委开展校园周边整治。")]
    public void A_body_that_must_work_with_partners_in_support_of_another_leads_nothing(string sentence)
    {
        var plan = Import("一、重点任务", "1.开展隐患排查。" + sentence, "2.加强校园安全。");
        Assert.DoesNotContain("县财政局", plan.Leads("1."));
        Assert.DoesNotContain("县教育局", plan.Leads("1."));
    }

    [Fact]
    public void Items_said_with_yiyao_are_items_as_yishi_are()
    {
        // hostile74 h74-19: 一要…二要…三要… each with its own roles was one task holding all of their bodies.
        var plan = Import("某市2025年防汛工作要点",
            "一要加强雨情水情监测，加密重点河段水文监测（市水文局负责）；二要强化气象预报预警（市气象局负责，市应急管理局配合）；三要完善预警信息发布机制（市应急管理局负责）。");
        var tasks = plan.Tasks.ToList();
        Assert.Equal(new[] { "一要", "二要", "三要" }, tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市气象局" }, plan.Leads("二要"));

        // 统一要求 holds 一要 inside a word: no item.
        var word = Import("某市2025年工作要点", "一、加强管理", "1.统一要求，规范程序。（市政府办公室负责）");
        Assert.Equal(new[] { "市政府办公室" }, word.Leads("1."));
        Assert.Empty(word.Task("1.").Items);
    }

    [Fact]
    public void A_paragraph_opening_on_a_word_of_yao_keeps_its_yishi_items()
    {
        // review-75 A12: 三要素 at the paragraph's start was taken for the first 要 item, and no 一是 item was read after it;
        // the task took the three items' leads.
        var plan = Import("某县2025年政务服务工作要点", "一、重点任务", "1.推行政务服务“三要素”核验。",
            "三要素核验是基础。一是推行身份证件核验（县公安局负责）；二是推行营业执照核验（县市场监管局负责）；三是推行不动产权证核验（县自然资源局负责）。",
            "2.推进高频事项“一件事一次办”。（县政务服务中心负责）");
        Assert.Equal(3, plan.Task("1.").Items.Count);
        Assert.Empty(plan.Leads("1."));
    }
}
