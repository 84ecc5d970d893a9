using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Tasks that real published plans number or lay out as text in ways the recogniser did not find (a number alone on
/// its line, a damaged indent before every paragraph, a list of projects closed by full stops, …), each tested with
/// invented text in the same shape.
/// </summary>
public class RealPlanNumberingTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    [Fact]
    public void Numbers_01_02_alone_on_their_lines_number_the_titles_below_them()
    {
        var plan = Import(
            "2031年河岸县十件民生实事出炉",
            "县人大代表票决产生今年的民生实事项目，一起来看",
            "01",
            "建设社区食堂",
            "在城区新建社区食堂6个，为老年人提供助餐服务。",
            "02",
            "改造背街小巷",
            "完成背街小巷改造12条，同步整治管线。",
            "03",
            "增设公共厕所",
            "在景区和公园新增公共厕所20座。");
        Assert.Equal(new[] { "01", "02", "03" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.StartsWith("建设社区食堂", plan.Task("01").Title);
        Assert.Equal(3, plan.TasksWithoutLead.Length);
        Assert.Contains("社区食堂6个", plan.Words());
    }

    [Fact]
    public void Numbers_alone_on_their_lines_with_numbered_tasks_between_them_stay_headings_of_parts()
    {
        var plan = Import(
            "01",
            "安居宜业",
            "1．新增城镇就业3000人。",
            "牵头单位：县人社局",
            "02",
            "教育惠民",
            "2．新增学位800个。",
            "牵头单位：县教育局");
        Assert.Equal(new[] { "1．", "2．" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县教育局" }, plan.Leads("2．"));
    }

    [Fact]
    public void Question_marks_glued_before_every_paragraph_are_its_indent_not_a_damaged_number()
    {
        // A copy that turned each full-width indent into '??': the numbers after them are the document's own.
        var plan = Import(
            "河岸区优化营商环境行动方案",
            "??为进一步优化营商环境，制定本方案：",
            "??一、让企业办事更便捷",
            "??(一)提升网上办事体验。具体措施:",
            "??1.扩大网上可办事项范围，实现高频事项全程网办。(责任单位:区政务办、区数据局)",
            "??2.推行电子证照应用，减少纸质材料。(责任单位:区数据局)",
            "??(二)提升窗口服务水平。具体措施:",
            "??3.推行帮办代办服务。(责任单位:区政务办)");
        Assert.Equal(new[] { "1.", "2.", "3." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "区数据局" }, plan.Leads("2."));
        Assert.Equal(new[] { "区政务办" }, plan.Leads("3."));
    }

    [Fact]
    public void An_announced_list_of_projects_one_a_line_closed_by_full_stops_is_the_tasks()
    {
        var plan = Import(
            "清水镇第九届人民代表大会第三次会议票决确定，以下项目为清水镇2031年度民生实事项目：",
            "一、清水镇中心幼儿园扩建工程。",
            "二、清水镇东环路（石桥至河口段）改造工程。",
            "三、清水河堤岸绿化提升工程。",
            "四、镇卫生院发热门诊建设",
            "现予公告。",
            "清水镇第九届人民代表大会第三次会议主席团",
            "2031年5月20日");
        Assert.Equal(new[] { "一、", "二、", "三、", "四、" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(4, plan.TasksWithoutLead.Length);
    }

    [Fact]
    public void Headings_with_work_under_them_stay_sections()
    {
        var plan = Import(
            "一、总体要求",
            "坚持以人民为中心。",
            "二、重点任务",
            "1.建设城市书房5个。（牵头单位：市文旅局）",
            "三、保障措施",
            "加强组织领导。");
        Assert.Equal(new[] { "1." }, plan.Tasks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void A_section_holding_one_paragraph_of_work_beside_sections_of_named_items_is_a_task()
    {
        // A 监督工作计划: report titles under 一、 and 三、; 二、 and 四、 carry their work in one paragraph, no item.
        var plan = Import(
            "河岸县人大常委会2031年监督工作计划",
            "一、听取专项工作报告",
            "1.关于全县农业生产情况的报告",
            "2.关于城乡供水工作情况的报告",
            "3.关于学前教育发展情况的报告",
            "二、执法检查",
            "上半年组织对《水污染防治法》在本县的实施情况开展执法检查，年底前听取检查报告。",
            "三、专题询问",
            "1.关于养老服务工作情况的专题询问",
            "四、代表视察",
            "组织常委会组成人员和部分代表对重点项目建设开展视察。",
            "五、保障措施",
            "加强与各专门委员会的协调配合。");
        Assert.Equal(new[] { "1.", "2.", "3.", "二、", "1.", "四、" }, plan.Tasks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void A_directive_numbered_like_a_section_beside_a_report_with_numbered_decisions_is_a_task()
    {
        var plan = Import(
            "院長提示：",
            "一、近日颱風造成多處農損，請農業部持續關心受災農民，並儘速完成補助發放作業。各機關應全力配合。",
            "二、有關離島縣長建議增設直航班次一事，請交通部先行研議。",
            "報告事項",
            "三、交通部陳報「公路養護現況」報告，請鑒核案。",
            "決定：",
            "（一）准予備查。",
            "（二）請交通部積極與各縣市政府合作，加速完成橋梁補強工程。");
        Assert.Equal(new[] { "一、", "二、", "（一）", "（二）" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "農業部" }, plan.Leads("一、"));

        // A directive of one short sentence is work too, not a heading.
        Assert.Equal(new[] { "交通部" }, plan.Leads("二、"));
    }

    [Fact]
    public void Covering_notice_items_naming_nobody_beside_numbered_tasks_stay_sections()
    {
        var plan = Import(
            "一、各责任单位要高度重视，切实加强领导，确保各项任务按期完成，每季度末报送进展情况。",
            "二、考评机构要将本表任务纳入年度绩效考评，对工作不力的单位予以通报，并限期整改到位。",
            "三、重点任务",
            "（一）新建城市公园2个。（牵头单位：区城管局）",
            "（二）改造老旧小区10个。（牵头单位：区住建局）");
        Assert.Equal(new[] { "（一）", "（二）" }, plan.Tasks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void The_items_of_a_meeting_record_each_a_heading_then_its_decision_are_tasks()
    {
        var plan = Import(
            "2031年3月2日，县长主持召开县政府第12次常务会议，研究了以下事项：",
            "一、略",
            "二、审议《河岸县农村公路养护管理办法（送审稿）》",
            "会议议定：原则同意，按会议要求修改完善后，由河岸交通投资公司按程序组织实施。",
            "三、听取县城供水管网改造情况汇报，研究相关工作",
            "会议要求，由县水务局负责组织实施，年底前完成改造。",
            "出席：张某某、李某某");
        Assert.Equal(new[] { "二、", "三、" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.StartsWith("审议《河岸县农村公路养护管理办法", plan.Task("二、").Title);

        // 由X按程序组织实施: the body that carries the decision out.
        Assert.Equal(new[] { "河岸交通投资公司" }, plan.Leads("二、"));
    }

    [Fact]
    public void Framing_headings_of_a_plan_in_prose_are_not_agenda_items()
    {
        var plan = Import(
            "一、总体要求",
            "坚持以人民为中心，推动各项工作落实。",
            "二、保障措施",
            "各部门要加强协作，确保按期完成。",
            "三、工作要求",
            "各单位要按时报送进展情况。");
        Assert.Empty(plan.Tasks);
    }

    [Fact]
    public void Two_columns_side_by_side_in_a_fixed_width_page_are_read_one_after_the_other()
    {
        // The left column's 1.…: titles head its (1) items, the work; the right column (expected results) is their text.
        var plan = Import(
            "環境保護署歲出計畫提要",
            "計畫內容:                                                   預期成果:",
            "  1.河川水質監測之研究:                                     1.河川水質監測之研究:",
            "  (1)建立重點河段水質自動監測                               (1)完成自動監測站12處建置,",
            "  網絡之研究。                                              每日上傳監測數據。",
            "  2.空氣品質改善:                                           2.空氣品質改善:",
            "  (1)細懸浮微粒來源解析之研究。                             (1)完成3處工業區微粒成分",
            "  (2)移動污染源排放管制之研究。                             分析報告。",
            "  3.廢棄物資源化:                                           (2)完成機車排氣抽驗5000輛。");
        Assert.Equal(new[] { "(1)", "(1)", "(2)" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.StartsWith("建立重點河段水質自動監測", plan.Tasks.First().Title);
        Assert.StartsWith("細懸浮微粒來源解析之研究", plan.Tasks.ElementAt(1).Title);
        Assert.Contains("完成機車排氣抽驗5000輛", plan.Words());
    }

    [Fact]
    public void Titled_items_closed_by_a_colon_stay_tasks_where_they_name_who_is_accountable()
    {
        var plan = Import(
            "1.改善基层医疗条件（牵头单位：市卫健委）：",
            "（1）为村卫生室配备设备200套；",
            "（2）培训乡村医生600名。",
            "2.建设城市书房（牵头单位：市文旅局）：",
            "（1）新建城市书房10个。");
        Assert.Equal(new[] { "1.", "2." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市卫健委" }, plan.Leads("1."));
    }

    [Fact]
    public void An_appeal_to_a_body_in_a_later_paragraph_does_not_take_the_directive_from_the_body_told()
    {
        // 籲請法院…: an appeal to those the speaker cannot direct; the task stays with the body 請 tells.
        var plan = Import(
            "院長提示：",
            "一、昨日發生消防員執勤受傷事件，請內政部持續關心受傷同仁，並檢討執勤安全規範。各機關應共同重視。",
            "暴力攻擊執法人員的行為應予譴責，並籲請法院從重量刑。",
            "二、近日颱風造成多處農損，請農業部儘速完成補助發放作業。各機關應全力配合。");
        Assert.Equal(new[] { "內政部" }, plan.Leads("一、"));
        Assert.Equal(new[] { "一、", "二、" }, plan.Tasks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void Numbers_glued_to_the_work_count_as_tasks_where_two_or_more_count_up()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "责任单位:市政府法制办",
            "11完善规范性文件定期清理制度。政府及其部门每隔两年要进行一次清理。",
            "责任单位:市政府办公厅、市政府法制办",
            "四、严格行政执法",
            "12改革行政执法体制。适当下移行政执法重心。",
            "责任单位:市政府法制办、市编委办"), year: 2010);
        Assert.Equal(new[] { "11", "12" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市政府办公厅" }, plan.Leads("11"));
        Assert.Equal(new[] { "市政府法制办" }, plan.Leads("12"));

        // A hotline's number, a year, one paragraph alone: words, not numbers.
        var words = ImportedModel.From(string.Join("\n",
            "一、优化服务",
            "12345热线全年受理诉求10万件。",
            "2025推进年活动全面启动。",
            "（一）提升办事效率。（市政务服务中心）"), year: 2025);
        Assert.Equal(new[] { "（一）" }, words.Tasks.Select(t => t.Label).ToArray());
    }
    [Fact]
    public void A_task_glued_after_the_clause_closing_the_one_before_is_its_own()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "一、主要目标",
            "(一)地区生产总值增长6%左右。(市发改委负责)(二)一般公共预算收入增长5%。(市财政局主办,市税务局协办)",
            "(三)城镇新增就业3万人。(市人社局负责)",
            "二、推进产业项目建设",
            "(一)全力推进产业项目建设。",
            "1.抓好100个重点产业项目。(市发改委主办,市工信局协办)2.推进燃气轮机项目落地。(市工信局主办,市发改委协办)"), year: 2025);
        Assert.Equal(new[] { "(一)", "(二)", "(三)", "1.", "2." }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "市发改委" }, plan.Names(plan.Tasks.First().InEffect.Leads));
        Assert.Equal(new[] { "市财政局" }, plan.Leads("(二)"));
        Assert.Equal(new[] { "市税务局" }, plan.Supports("(二)"));
        Assert.Equal(new[] { "市发改委" }, plan.Leads("1."));
        Assert.Equal(new[] { "市工信局" }, plan.Leads("2."));
    }

    [Fact]
    public void A_list_numbered_with_a_space_after_the_number_counts_where_three_or_more_count_up()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "市政府2025年十大民生实事",
            "      1 实施10条城市“断头路”畅通工程;",
            "      2 发展数据服务产业,创造5000个就业岗位;",
            "      3 建设20所普惠性幼儿园。"), year: 2025);
        Assert.Equal(new[] { "1", "2", "3" }, plan.Tasks.Select(t => t.Label).ToArray());

        // Two alone are a sentence's numbers; under 1.1 decimals they head the decimals.
        var two = ImportedModel.From(string.Join("\n", "一、概况", "1 号楼已完工。", "2 号楼在建。"), year: 2025);
        Assert.Empty(two.Tasks);
    }

    [Fact]
    public void A_list_run_together_after_a_news_paragraph_is_split_into_its_tasks()
    {
        // A news item printing the whole list on its one line: the words before 1、 stay the preface.
        var plan = ImportedModel.From(
            "2月16日，县人民代表大会公布了今年的惠民实事。 1、完成2所学校建设 项目内容：新建宿舍楼一栋。 2、稳定和扩大就业 项目内容：新增城镇就业1300人以上。 3、完成15个老旧小区改造。",
            year: 2025);
        Assert.Equal(new[] { "1、", "2、", "3、" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Contains("惠民实事", plan.Model.Preface);
        Assert.DoesNotContain("完成2所", plan.Model.Preface);

        var colon = ImportedModel.From(string.Join("\n", "某局2025年工作安排", "今年重点抓好以下工作：1.推进政务公开；2.完善服务体系（局办公室负责）。"), year: 2025);
        Assert.Equal(new[] { "1.", "2." }, colon.Tasks.Select(t => t.Label).ToArray());

        // Under 1. tasks, numbers inside a paragraph are the steps of the task it goes on with.
        var steps = ImportedModel.From(string.Join("\n", "一、任务", "1.推进政务公开。", "主要做法：1.公开目录；2.公开清单。", "2.完善服务体系。"), year: 2025);
        Assert.Equal(new[] { "1.", "2." }, steps.Tasks.Select(t => t.Label).ToArray());

        // One number alone after a stop is a sentence's.
        var one = ImportedModel.From(string.Join("\n", "一、概况", "全县共有学校30所。1、2号楼已完工。"), year: 2025);
        Assert.Empty(one.Tasks);
    }
}
