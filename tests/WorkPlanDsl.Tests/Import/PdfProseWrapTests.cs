using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Prose plans printed to PDF and copied out with pdftotext (plain, -raw), where every paragraph is wrapped at the page's
/// width: a field line's last name wrapped onto the next line, over a blank line too; a paragraph's first line shorter
/// by its indent; a clause in every task that, joined from two lines, looked like the page's width.
/// </summary>
public class PdfProseWrapTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    // Lines of 27 characters, as a page of a plan prints them; a paragraph's first line loses its indent of two.
    private static readonly string[] Paragraphs =
    {
        "一、提升城市治理水平",
        "6.加快城中村改造。坚持问题导向，按照“一街一策”制",
        "定改造方案，年内完成改造项目40个。广泛征求居民意见，推",
        "动共建共治共享。",
        "牵头单位：区住房和建设局",
        "配合单位：区农业农村和水务局、市自然资源和规划局云",
        "栖分局",
        "完成时限：全年持续推进",
        "7.开展城乡接合部环境整治。对标创建标准，开展常态化督查",
        "，确保整治成效。加强部门协同联动，形成工作合力，确保各项",
        "任务按期完成。",
        "牵头单位：区住房和建设局",
        "配合单位：市自然资源和规划局云栖分局、区农业农村和",
        "水务局",
        "完成时限：全年持续推进",
        "8.开展违法建设专项治理。对标创建标准，开展常态化督查，确",
        "保整治成效。广泛征求居民意见，推动共建共治共享，确保各项",
        "任务按期完成。",
        "牵头单位：市自然资源和规划局云栖分局",
        "完成时限：2025年6月底前",
    };

    [Fact]
    public void A_field_wrapped_at_the_pages_width_reads_its_last_name_whole()
    {
        var plan = Import(new[] { "云栖区2025年工作要点", "" }.Concat(Paragraphs).ToArray());
        Assert.Equal(new[] { "区住房和建设局" }, plan.Leads("6."));
        Assert.Equal(new[] { "区农业农村和水务局", "市自然资源和规划局云栖分局" }, plan.Supports("6."));
        Assert.Equal(new[] { "市自然资源和规划局云栖分局", "区农业农村和水务局" }, plan.Supports("7."));
        Assert.Equal(new[] { "市自然资源和规划局云栖分局" }, plan.Leads("8."));
    }

    [Fact]
    public void A_name_broken_at_a_fields_end_goes_on_after_a_blank_line()
    {
        // Plain pdftotext prints a field line parted by a wide space as two, with the second's wrapped end after a blank.
        var plan = Import(
            "石门县2025年十件民生实事",
            "一、深化职业教育产教融合。完善教师招聘、培训和交流",
            "轮岗机制，提升教师专业素养。",
            "责任领导：副县长 吴海涛",
            "牵头单位：县财政局",
            "",
            "配合单位：团县委、各乡镇人民",
            "",
            "政府",
            "二、发展普惠托育服务。优化医疗资源布局，推动优质医",
            "疗资源扩容下沉和区域均衡布局。",
            "牵头单位：县财政局",
            "",
            "配合单位：县人民医院、县市场",
            "",
            "监督管理局");
        Assert.Equal(new[] { "团县委", "各乡镇人民政府" }, plan.Supports("一、"));
        Assert.Equal(new[] { "县人民医院", "县市场监督管理局" }, plan.Supports("二、"));
    }

    [Theory]
    [InlineData("牵头单位：县交通", "运输局；配合单位：县发展和改革局、县自然资源局。")]
    [InlineData("（牵头单位：县交通", "运输局；配合单位：县发展和改革局、县自然资源局）")]
    public void A_lead_broken_over_two_lines_of_a_short_paragraph_is_one_name(string first, string second)
    {
        var plan = Import(
            "某县2025年交通运输工作要点",
            "一、基础设施建设",
            "1.推进国省干线公路改造。完成G205线改造工程30公里，年底前通车。" + first,
            second,
            "2.实施农村公路提质工程。新改建农村公路120公里。牵头单位：县交通运输局。");
        Assert.Equal(new[] { "县交通运输局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县发展和改革局", "县自然资源局" }, plan.Supports("1."));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id is "运输局" or "县交通");
    }

    [Fact]
    public void A_name_is_not_completed_from_the_next_lines_words_when_it_is_whole()
    {
        // 各区 is a group already: the line under it is the next paragraph, not the rest of a name.
        var plan = Import(
            "某市2025年工作要点",
            "一、重点任务",
            "1.推进老旧小区改造。完成改造项目40个。牵头单位：市住房和城乡建设局；配合单位：市财政局、各区",
            "县级以上城市要同步推进加装电梯工作。",
            "2.实施城市更新行动。牵头单位：市自然资源和规划局。");
        Assert.Equal(new[] { "市财政局", "各区" }, plan.Supports("1."));
    }

    [Fact]
    public void A_clause_in_every_task_joined_from_two_lines_does_not_set_the_pages_width()
    {
        // pdftotext -raw: each task's bracket broken over two lines; joined, each is longer than a printed line, and
        // counted as lines they made the page look 37 characters wide, so no paragraph was joined and the clause
        // 由X | 会同A、B负责推进 broken at the line's end named nobody.
        var lines = new System.Collections.Generic.List<string> { "2025年全市卫生健康工作要点", "一、深化医药卫生体制改革" };
        for (var i = 1; i <= 6; i++)
        {
            lines.Add(i + ".发展普惠托育服务第" + i + "项。加强信息化支撑，推进检查检验");
            lines.Add("结果互认共享。优化医疗资源布局，推动优质医疗资源扩容下沉");
            lines.Add("和区域均衡布局。");
            lines.Add("（市卫生健康委员会牵头，市医疗保障局、市");
            lines.Add("财政局配合，省卫生健康委员会指导）");
        }

        lines.Add("7.完善疾病预防控制体系。优化医疗资源布局，推动优质");
        lines.Add("医疗资源扩容下沉和区域均衡布局。加强基层医疗卫生机构标");
        lines.Add("准化建设，提升常见病多发病诊疗能力。由市卫生健康委员会");
        lines.Add("会同市中医药管理局、市红十字会负责推进。");
        var plan = Import(lines.ToArray());
        Assert.Equal(new[] { "市卫生健康委员会" }, plan.Leads("7."));
        Assert.Equal(new[] { "市中医药管理局", "市红十字会" }, plan.Supports("7."));
        Assert.Equal(new[] { "市医疗保障局", "市财政局" }, plan.Supports("1."));
    }

    [Fact]
    public void A_field_line_filled_to_the_width_is_not_joined_to_the_field_line_under_it()
    {
        var lines = new System.Collections.Generic.List<string> { "江屿市生态环境保护督察反馈问题整改方案", "二、整改任务" };
        foreach (var (label, lead) in new[] { ("（一）", "市生态环境局"), ("（二）", "市住房和城乡建设局"), ("（三）", "市林业局") })
        {
            lines.Add("  " + label + "深入打好蓝天保卫战不到位问题。整改目标：加强");
            lines.Add("执法监管，依法查处各类环境违法行为。整改措施：加强执法");
            lines.Add("监管，依法查处各类环境违法行为。严格落实各项管控措施，");
            lines.Add("全年细颗粒物平均浓度控制在35微克/立方米以内。");
            lines.Add("  责任领导：李建华");
            lines.Add("  责任单位：" + lead + "（牵头），市交通运输局、市公安");
            lines.Add("  整改时限：2025年6月底前");
        }

        var plan = Import(lines.ToArray());
        Assert.Equal(new[] { "市住房和城乡建设局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "市交通运输局" }, plan.Supports("（二）"));
        Assert.All(plan.Tasks, t => Assert.NotNull(t.Declared.Due));
    }
    [Fact]
    public void A_signature_under_a_name_the_reader_does_not_know_is_not_its_end()
    {
        var plan = Import(
            "某县2025年医疗保障工作要点",
            "一、待遇保障",
            "1.提高城乡居民医保财政补助标准。牵头单位：县医保",
            "",
            "",
            "县人民政府办公室",
            "2025年3月1日");
        Assert.Empty(plan.Leads("1."));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.StartsWith("县医保县"));
    }

    [Theory]
    [InlineData("区公安分局负责交通组织。")]
    [InlineData("具体措施见附件清单，由各牵头单位细化分解。")]
    public void A_field_filled_to_the_width_ends_at_its_last_whole_name(string after)
    {
        var lines = new System.Collections.Generic.List<string> { "云栖区2025年工作要点", "", "一、提升城市治理水平" };
        for (var i = 1; i <= 3; i++)
        {
            lines.Add(i + ".加快城中村改造第" + i + "项。坚持问题导向，按照一街一策制定改");
            lines.Add("造方案，年内完成改造项目40个。广泛征求居民意见，推动共建");
            lines.Add("共治共享。");
            lines.Add("责任单位：区城市管理局、区综合行政执法局、区公安分局");
            lines.Add(after);
        }

        var plan = Import(lines.ToArray());
        Assert.All(new[] { "1.", "2.", "3." }, label => Assert.Equal(new[] { "区城市管理局" }, plan.Leads(label)));
        Assert.Equal(new[] { "区综合行政执法局", "区公安分局" }, plan.Supports("2."));
    }
    [Theory]
    [InlineData("  责任单位：市生态环境局、市公安局、市交通运输局、各", "县（市、区）人民政府")]
    [InlineData("  责任单位：市生态环境局、市公安局、市交通运输局、各县（市、区）人", "民政府")]
    [InlineData("  责任单位：市生态环境局、市公安局、市交通运输局、各县", "（市、区）人民政府")]
    public void A_group_broken_at_the_lines_end_is_read_whole(string first, string second)
    {
        var plan = Import(
            "江屿市生态环境保护督察反馈问题整改方案",
            "二、整改任务",
            "  （六）推进污水处理厂提标改造。整改目标：完成提标改造。",
            "  责任领导：周晓明（副市长）",
            first,
            second,
            "  整改时限：2024年12月底前",
            "  （七）落实河湖长制不到位问题。整改目标：落实属地管理责任。",
            "  责任单位：市水利局");
        Assert.Equal(new[] { "市生态环境局" }, plan.Leads("（六）"));
        Assert.Equal(new[] { "市公安局", "市交通运输局", "各县（市、区）人民政府" }, plan.Supports("（六）"));
        Assert.Equal(new[] { "市水利局" }, plan.Leads("（七）"));
    }

    [Fact]
    public void A_name_broken_over_a_blank_line_may_go_on_with_more_names()
    {
        var plan = Import(
            "石门县2025年十件民生实事",
            "五、优化交通运输营商环境。完善运营服务标准，提升群",
            "众出行满意度。",
            "牵头单位：县发展和改革局",
            "",
            "配合单位：县公安局交警",
            "",
            "大队、县公路事业发展中心、各乡镇人民政府",
            "六、实施乡村建设示范工程。压实属地责任。",
            "牵头单位：县农业农村局");
        Assert.Equal(new[] { "县公安局交警大队", "县公路事业发展中心", "各乡镇人民政府" }, plan.Supports("五、"));
    }
}
