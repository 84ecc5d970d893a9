using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Work listed by bullets (◆ ★ ◎ ● ■ ▶ …) rather than numbers: each bullet under a section, a sub-heading or a heading
/// is a task of its own with its own lead, not one element led by the units of all of them; under a numbered task the
/// bullets are its measures; a preamble's or a 保障措施's bullets are no tasks.
/// </summary>
public class BulletTaskTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private static string[] Titles(ImportedModel plan) => plan.Tasks.Select(t => t.Title).ToArray();

    private static string[] Leads(ImportedModel plan, string title) => plan.Names(plan.Tasks.Single(t => t.Title.StartsWith(title, System.StringComparison.Ordinal)).InEffect.Leads);

    private static string[] Supports(ImportedModel plan, string title) => plan.Names(plan.Tasks.Single(t => t.Title.StartsWith(title, System.StringComparison.Ordinal)).InEffect.Supports);

    [Theory]
    [InlineData("◆")]
    [InlineData("●")]
    [InlineData("▲")]
    [InlineData("□")]
    [InlineData("☆")]
    [InlineData("►")]
    [InlineData("✓")]
    [InlineData("→")]
    public void Bullets_under_a_section_are_its_tasks_each_with_its_own_lead(string mark)
    {
        var plan = Import(
            "某县2025年重点工作任务分工方案",
            "一、改善人居环境",
            mark + "推进农村道路提档升级。新改建农村公路60公里。（县交通运输局负责，各乡镇人民政府配合）",
            mark + "实施供水管网延伸工程。新增受益人口1.2万人。（县水务局牵头，县财政局配合）",
            "二、增进民生福祉",
            mark + "提高城乡低保标准。（县民政局负责）");
        Assert.Equal(3, plan.Tasks.Count());
        Assert.Equal(new[] { "县交通运输局" }, Leads(plan, "推进农村道路提档升级"));
        Assert.Equal(new[] { "县水务局" }, Leads(plan, "实施供水管网延伸工程"));
        Assert.Equal(new[] { "县财政局" }, Supports(plan, "实施供水管网延伸工程"));
        Assert.Equal(new[] { "县民政局" }, Leads(plan, "提高城乡低保标准"));
    }

    [Fact]
    public void Bullets_with_field_lines_under_each_are_tasks_with_their_fields()
    {
        var plan = Import(
            "某学院2025年工作要点",
            "一、学科专业建设",
            "★推进重点学科培育。遴选校级重点培育学科4个。",
            "牵头单位：学科建设处　参与单位：各二级学院",
            "★完善实验教学平台。新建虚拟仿真实验室2个。",
            "牵头单位：实验室管理处",
            "二、服务保障",
            "☆优化校园网络服务。",
            "牵头单位：网络信息中心　参与单位：后勤管理处");
        Assert.Equal(3, plan.Tasks.Count());
        Assert.Equal(new[] { "学科建设处" }, Leads(plan, "推进重点学科培育"));
        Assert.Equal(new[] { "各二级学院" }, Supports(plan, "推进重点学科培育"));
        Assert.Equal(new[] { "实验室管理处" }, Leads(plan, "完善实验教学平台"));
        Assert.Equal(new[] { "网络信息中心" }, Leads(plan, "优化校园网络服务"));
    }

    [Fact]
    public void Traditional_bullets_with_fields_are_tasks_and_a_bullet_after_a_field_line_is_not_joined_to_it()
    {
        var plan = Import(
            "○○市114年度施政重點",
            "一、長期照顧",
            "◎擴充居家服務量能，新增居家服務單位6家，",
            "　服務人次較上年度成長一成以上。",
            "　主辦單位：社會局　協辦單位：衛生局",
            "◎推動失智共照中心設置，新設失智據點4處。",
            "　主辦單位：衛生局",
            "二、城市建設",
            "◎辦理人行道改善工程，完成人行道改善8公里，",
            "　並同步推動無障礙設施改善計畫。",
            "　主辦單位：工務局　協辦單位：交通局",
            "◎推動老舊公園更新，完成公園更新5座。",
            "　主辦單位：工務局");
        Assert.Equal(4, plan.Tasks.Count());
        Assert.Equal(new[] { "社會局" }, Leads(plan, "擴充居家服務量能"));
        Assert.Equal(new[] { "衛生局" }, Supports(plan, "擴充居家服務量能"));
        Assert.Equal(new[] { "衛生局" }, Leads(plan, "推動失智共照中心設置"));
        Assert.Equal(new[] { "工務局" }, Leads(plan, "辦理人行道改善工程"));
        Assert.Equal(new[] { "交通局" }, Supports(plan, "辦理人行道改善工程"));
        Assert.Equal(new[] { "工務局" }, Leads(plan, "推動老舊公園更新"));
        Assert.Empty(Supports(plan, "推動老舊公園更新"));
    }

    [Fact]
    public void Wrapped_bullets_with_page_numbers_and_a_closing_line_for_the_list_each_take_that_lead()
    {
        var plan = Import(
            "某县2025年政府重点工作安排",
            "一、做强实体经济",
            "◆培育壮大特色产业集群。推动年产3万吨新型建材项目投产，新增规模以上工业企",
            "业15家，特色产业产值突破80亿元，力争引进产业链上下游配套企业10家以上。",
            "◆推进工业园区提质扩容。新建标准化厂房20万平方米，完成园区道路、供水、供",
            "电等基础设施配套，园区亩均税收提高10%以上，闲置土地处置率达到90%。",
            "　　以上两项工作由县工业和信息化局牵头，县自然资源局、县财政局配合。",
            "",
            "－2－",
            "",
            "二、提升城市品质",
            "◆实施城市更新行动。改造老旧小区18个，新建停车泊位1200个，完成主次干道",
            "提升改造6条，新增城市绿地面积10万平方米。（县住房和城乡建设局牵头，县城",
            "市管理局配合）",
            "◆推进县城排水防涝设施建设。新建改造雨污管网15公里，消除易涝点4处。（县水",
            "利局负责）");
        Assert.Equal(4, plan.Tasks.Count());
        Assert.Equal(new[] { "县工业和信息化局" }, Leads(plan, "培育壮大特色产业集群"));
        Assert.Equal(new[] { "县工业和信息化局" }, Leads(plan, "推进工业园区提质扩容"));
        Assert.Equal(new[] { "县住房和城乡建设局" }, Leads(plan, "实施城市更新行动"));
        Assert.Equal(new[] { "县水利局" }, Leads(plan, "推进县城排水防涝设施建设"));
    }

    [Fact]
    public void Bullets_under_sub_headings_are_tasks_and_a_preamble_and_safeguards_set_with_bullets_are_not()
    {
        var plan = Import(
            "某区2025年营商环境优化提升行动方案",
            "　　为持续优化营商环境，制定本方案。主要目标：",
            "■企业开办时间压缩至1个工作日以内。",
            "■政务服务事项网上可办率达到98%。",
            "一、重点任务",
            "（一）提升政务服务效能",
            "■推行企业开办“一窗通办”，实现全程网办。（区市场监督管理局牵头，区政务服务中心配合）",
            "■深化工程建设项目审批制度改革，审批时限压减至60个工作日。（区住房和城乡建设局负责）",
            "（二）强化要素保障",
            "■建立重点项目用地保障清单。（区自然资源局牵头）",
            "二、保障措施",
            "■加强组织领导。成立工作专班，区发展和改革局负责专班日常工作。",
            "■强化督查考核。将任务落实情况纳入年度绩效考核。");
        Assert.Equal(3, plan.Tasks.Count());
        Assert.Equal(new[] { "区市场监督管理局" }, Leads(plan, "推行企业开办"));
        Assert.Equal(new[] { "区住房和城乡建设局" }, Leads(plan, "深化工程建设项目审批制度改革"));
        Assert.Equal(new[] { "区自然资源局" }, Leads(plan, "建立重点项目用地保障清单"));
        Assert.DoesNotContain(plan.Tasks, t => t.Title.Contains("加强组织领导") || t.Title.Contains("企业开办时间"));
    }

    [Fact]
    public void Bullets_under_a_numbered_task_that_names_its_lead_are_its_points_not_tasks()
    {
        var plan = Import(
            "某县2025年工作方案",
            "一、重点任务",
            "1.推进重大项目建设（县发展和改革局牵头）",
            "●新开工项目30个。",
            "●完成项目投资50亿元。",
            "2.优化政务服务（县行政审批服务局牵头，县数据资源局配合）",
            "●推行高频事项一网通办。",
            "●压缩审批时限三分之一。");
        Assert.Equal(new[] { "1.", "2." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县发展和改革局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县行政审批服务局" }, plan.Leads("2."));
        Assert.Contains("新开工项目30个", plan.Task("1.").Text);
    }

    [Fact]
    public void Bullets_naming_their_own_bodies_under_a_numbered_task_naming_nobody_each_keep_their_lead()
    {
        var plan = Import(
            "某市2025年生态环境保护工作方案",
            "一、重点任务",
            "1.深入打好蓝天保卫战。",
            "▶开展重点行业超低排放改造，完成钢铁企业改造3家。（市生态环境局牵头，市工业和信息化局配合）",
            "▶加强建筑工地扬尘污染管控，扬尘治理达标率100%。（市住房和城乡建设局负责）",
            "2.深入打好碧水保卫战。（市水利局牵头）",
            "▶完成入河排污口整治。",
            "▶推进城市黑臭水体治理。");
        Assert.Equal(new[] { "市生态环境局" }, Leads(plan, "开展重点行业超低排放改造"));
        Assert.Equal(new[] { "市住房和城乡建设局" }, Leads(plan, "加强建筑工地扬尘污染管控"));
        Assert.Equal(new[] { "市水利局" }, plan.Leads("2."));
        Assert.DoesNotContain(plan.Tasks, t => t.InEffect.Leads.Count() > 1);
    }

    [Fact]
    public void A_second_mark_under_a_bullet_task_is_that_tasks_points()
    {
        var plan = Import(
            "某学院2025年工作要点",
            "一、人才培养",
            "★推进专业结构优化调整。（教务处牵头，各学院配合）",
            "●新增本科专业2个。",
            "●停招就业率偏低专业3个。",
            "★深化创新创业教育改革。（创新创业学院负责）",
            "●建设众创空间1个。",
            "二、队伍建设",
            "★实施青年教师培养计划。（人事处牵头，教师发展中心配合）");
        Assert.Equal(3, plan.Tasks.Count(t => t.Label == "★"));
        Assert.DoesNotContain(plan.Tasks, t => t.Title.StartsWith("新增本科专业", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "教务处" }, Leads(plan, "推进专业结构优化调整"));
        Assert.Equal(new[] { "创新创业学院" }, Leads(plan, "深化创新创业教育改革"));
        Assert.Equal(new[] { "人事处" }, Leads(plan, "实施青年教师培养计划"));
    }

    [Fact]
    public void Bullets_naming_nobody_under_a_heading_that_names_its_lead_stay_its_words()
    {
        var plan = Import(
            "某县2025年民生工作方案",
            "一、教育事业（牵头单位：县教育局）",
            "◆新建幼儿园3所。",
            "◆改造薄弱学校5所。",
            "二、卫生健康（牵头单位：县卫生健康局）",
            "◆建设紧密型县域医共体。",
            "◆提升乡镇卫生院服务能力。");
        Assert.DoesNotContain(plan.Tasks, t => t.Label == "◆");
        Assert.DoesNotContain(plan.Tasks, t => t.InEffect.Leads.Count() > 1);
    }

    [Fact]
    public void A_list_under_a_heading_line_without_numbers_is_tasks()
    {
        var plan = Import(
            "某街道2025年平安建设工作清单",
            "重点工作",
            "◇开展矛盾纠纷排查化解，化解率达到98%以上。（街道综治中心牵头，街道司法所配合）",
            "◇推进消防安全隐患整治，完成老旧小区消防设施改造12个。（街道应急管理办公室负责）");
        Assert.Equal(2, plan.Tasks.Count());
        Assert.Equal(new[] { "街道综治中心" }, Leads(plan, "开展矛盾纠纷排查化解"));
        Assert.Equal(new[] { "街道应急管理办公室" }, Leads(plan, "推进消防安全隐患整治"));
    }
}
