using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Task numbers printed in the forms other fonts, editors and sites give them (❶, ⅩⅢ．, iv., 【任务3】, 任务10 glued to its
/// title, a dash for 一), and numbering that jumps where a number was printed some other way.
/// </summary>
public class NumberingFormsTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Theory]
    [InlineData("❶", "❷", "❸")]
    [InlineData("➀", "➁", "➂")]
    [InlineData("➊", "➋", "➌")]
    [InlineData("⓵", "⓶", "⓷")]
    public void Dingbat_circled_numbers_number_tasks_as_circled_ones_do(string first, string second, string third)
    {
        var plan = Import(
            "某市推进义务教育优质均衡发展行动方案",
            "一、扩充优质教育资源",
            first + " 新建改扩建中小学校12所。2024年8月底前完成，市教育局牵头，市发展改革委配合。",
            second + " 推进城区学校大班额动态清零。由各县（市、区）人民政府负责。",
            third + " 实施农村薄弱学校改造提升工程。时间节点：2024年11月底前；牵头单位：市财政局。");
        Assert.Equal(new[] { first, second, third }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市教育局" }, plan.Leads(first));
        Assert.Equal(new[] { "市财政局" }, plan.Leads(third));
    }

    [Fact]
    public void Roman_numerals_past_twelve_are_read_from_their_characters()
    {
        var plan = Import(
            "某经开区2025年优化营商环境任务",
            "一、优化开放型营商环境",
            "Ⅺ．加强涉外法律服务。",
            "　　责任单位：经开区社会事务局（牵）、经开区综合执法局",
            "Ⅻ．提升跨境贸易便利化水平。",
            "　　责任单位：经开区经济发展局（牵）",
            "ⅩⅢ．加大开放型经济金融支持。",
            "　　责任单位：经开区财政金融局（牵）、中国出口信用保险公司沅泽营业部（配）",
            "ⅩⅣ．建立开放型经济运行监测机制。",
            "　　责任单位：经开区统计局");
        Assert.Equal(new[] { "Ⅺ．", "Ⅻ．", "ⅩⅢ．", "ⅩⅣ．" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "经开区财政金融局" }, plan.Leads("ⅩⅢ．"));
        Assert.Equal(new[] { "经开区统计局" }, plan.Leads("ⅩⅣ．"));
    }

    [Fact]
    public void Roman_numerals_in_letters_number_tasks_and_their_leads_stay_with_them()
    {
        var plan = Import(
            "2024年县卫生健康重点工作任务分工方案",
            "一、医疗服务",
            "i. 推进家庭医生签约。（县卫健局牵头）",
            "ii. 提升中医药服务能力。（县中医院牵头）",
            "iii. 加强疾病预防控制。（县疾控中心牵头）",
            "iv. 推进爱国卫生运动。（县爱卫办牵头）");
        Assert.Equal(new[] { "i.", "ii.", "iii.", "iv." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县爱卫办" }, plan.Leads("iv."));
        Assert.Empty(plan.Model.Sections.Single().Declared.Leads);
    }

    [Fact]
    public void A_task_named_and_numbered_in_square_brackets_is_a_task()
    {
        var plan = Import(
            "某学院本科教育教学审核评估整改工作方案",
            "一、整改任务",
            "【任务1】完善本科人才培养方案",
            "　　修订全部本科专业人才培养方案。",
            "　　牵头处室：教务处",
            "　　协同部门：发展规划处、各学院",
            "【任务2】加强一流专业和课程建设",
            "　　牵头处室：教务处、教师教育学院",
            "【任务三】深化教师教育课程改革",
            "　　牵头处室：教师教育学院");
        Assert.Equal(new[] { "【任务1】", "【任务2】", "【任务三】" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "教务处" }, plan.Leads("【任务1】"));
        Assert.Equal(new[] { "发展规划处", "各学院" }, plan.Supports("【任务1】"));
        Assert.Equal(new[] { "教师教育学院" }, plan.Leads("【任务三】"));
    }

    [Theory]
    [InlineData("任务09提升基层数字治理能力。（牵头：区大数据发展中心）", "任务09")]
    [InlineData("任务10筑牢网络和数据安全防线。（牵头：区委网信办）", "任务10")]
    public void A_task_word_glued_to_its_title_by_two_digits_numbers_it(string line, string label)
    {
        var plan = Import("临屿区2025年数字政府建设重点任务清单", "任务08建设电子档案管理系统。（牵头：区档案馆）", line);
        Assert.Equal(new[] { "任务08", label }, plan.Tasks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void A_task_word_glued_to_a_count_is_no_number()
    {
        var plan = Import("某区2025年重点工作", "一、重点任务", "1.推进项目建设。（区发改局牵头）", "项目12个已开工，其余年底前开工。");
        Assert.Equal(new[] { "1." }, plan.Tasks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void A_dash_printed_for_one_in_brackets_numbers_the_first_item()
    {
        var plan = Import(
            "运动会各部门工作安排",
            "一、学工部",
            "(—)负责看台的人员分布。",
            "(二)负责开幕式及闭幕式的广播工作。",
            "二、后勤集团",
            "(一)保证供应食品的卫生。",
            "三、保卫处",
            "(一)制定安全保卫预案。");
        Assert.Equal(new[] { "(—)", "(二)", "(一)", "(一)" }, plan.Tasks.Select(t => t.Label).ToArray());
    }

    [Theory]
    [InlineData("3.1　成立北部都会区发展委员会。（发展局）")]
    [InlineData("3.1 成立北部都会区发展委员会。（发展局）")]
    public void A_decimal_number_apart_from_its_words_numbers_them_whatever_word_they_open_with(string first)
    {
        var plan = Import("施政纲领", "第三章　建设宜居城市", "新措施", first, "3.2　加快公营房屋供应。（房屋局）", "3.3　推出简约公屋计划。（房屋局）");
        Assert.Equal(new[] { "3.1", "3.2", "3.3" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "发展局" }, plan.Leads("3.1"));
    }

    [Fact]
    public void A_value_glued_to_its_measure_is_no_decimal_number()
    {
        var plan = Import("某县2024年工作要点", "一、重点任务", "1.推进产业升级。（县发改局牵头）", "3.1成以上的企业完成技术改造。");
        Assert.Equal(new[] { "1." }, plan.Tasks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void Numbering_that_jumps_is_put_before_the_reviewer_on_the_task_above_the_gap()
    {
        var plan = Import(
            "一、重点任务",
            "1.推进甲工作。（县教育局牵头）",
            "2.推进乙工作。",
            "❸推进丙工作。（县财政局牵头）",
            "4.推进丁工作。（县住建局牵头）");
        Assert.Equal(new[] { "1.", "2.", "4." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Contains("# review: the numbering goes from 2. to 4. after this", plan.Result.Plan);
        Assert.Contains(plan.Result.Notes, n => n.Line == 3 && n.Message.StartsWith("the numbering goes from 2. to 4.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Circled_numbers_that_jump_are_a_gap_and_an_ocr_one_with_a_space_is_still_one()
    {
        var circled = Import("一、总体", "❶推进甲。（市甲局牵头）", "❷推进乙。（市乙局牵头）", "❹推进丁。（市丁局牵头）");
        Assert.Contains("numbering goes from ❷ to ❹", circled.Result.Plan);

        var ocr = Import("一、总体", "l. 推进甲。牵头单位：市甲局。", "2. 推进乙。", "3. 推进丙。牵头单位：市丙局。");
        Assert.Equal(new[] { "l.", "2.", "3." }, ocr.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市甲局" }, ocr.Leads("l."));
        Assert.Empty(ocr.Leads("2."));
    }

    [Fact]
    public void A_number_printed_twice_where_the_next_belongs_is_no_gap()
    {
        var plan = Import(
            "一、重点工作",
            "一是做好科学精准防控。完善数字防控工程。",
            "二是持续提升防控能力。开展应急演练。",
            "二是全力以赴疫苗接种。强力推进疫苗接种工作。",
            "四是加强院感防控。落实院感防控措施。");
        Assert.Equal(4, plan.Tasks.Count());
        Assert.DoesNotContain("numbering goes from", plan.Result.Plan);
    }

    [Fact]
    public void Tasks_numbered_in_each_section_from_one_and_a_table_numbered_apart_are_no_gaps()
    {
        var plan = Import(
            "一、重点任务",
            "1.推进甲工作。（县教育局牵头）",
            "2.推进乙工作。（县财政局牵头）",
            "二、保障措施",
            "1.加强组织领导。（县政府办牵头）",
            "3.强化督查考核。（县督查室牵头）");
        Assert.DoesNotContain("numbering goes from 2. to 1.", plan.Result.Plan);
        Assert.Contains("numbering goes from 1. to 3.", plan.Result.Plan);
    }

    [Fact]
    public void Numbers_typed_with_another_stop_or_behind_a_direction_mark_are_still_numbers()
    {
        var plan = Import(
            "2024年县城市管理重点工作任务",
            "一、重点任务",
            "1. 推进燃气安全整改。（县住建局牵头）",
            "2. 推进老旧小区改造。",
            "3：推进人居环境整治。（县农业农村局牵头）",
            "4. 推进停车场建设。",
            "5，推进口袋公园建设。（县城管局牵头）",
            "\u200F6. 加强城市照明管理。（县路灯所牵头）",
            "7､推进海绵城市建设。（县水务局牵头）",
            "8 、推进城市绿化。（县园林中心牵头）",
            "9. 推进市政道路养护。会议定于8：30召开。");
        Assert.Equal(new[] { "1.", "2.", "3：", "4.", "5，", "6.", "7､", "8 、", "9." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Empty(plan.Leads("2."));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("3："));
        Assert.Equal(new[] { "县路灯所" }, plan.Leads("6."));
        Assert.DoesNotContain("numbering goes from", plan.Result.Plan);
    }

    [Fact]
    public void Lettered_items_run_from_a_as_numbered_ones_do()
    {
        var plan = Import("一、重点任务", "a. 推进公交站台改造。（县城管局牵头）", "b. 推进智慧交通建设。（县大数据中心牵头）", "c. 推进停车场建设。（县住建局牵头）");
        Assert.Equal(new[] { "a.", "b.", "c." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县大数据中心" }, plan.Leads("b."));
    }

    [Fact]
    public void A_role_bracket_left_open_at_the_lines_end_is_read_and_noted()
    {
        var plan = Import("一、重点任务", "1. 推进家庭医生签约。（县卫健局牵头", "2. 提升中医药服务能力。（县中医院牵头）");
        Assert.Equal(new[] { "县卫健局" }, plan.Leads("1."));
        Assert.Contains("# review: the bracket from '（县卫健局牵头' is not closed", plan.Result.Plan);
    }
}
