using System.Linq;
using System.Text;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Three shapes of set U's first contact: an activity arrangement whose items number their fields (<c>1、时 间：…</c>
/// <c>3、承办单位：…</c>), a duty list printed one body a line with no number (<c>县自然资源局：负责…</c>), and a table
/// column that names the bodies with their people (<c>责任单位及责任人</c>: <c>区教育局　张某</c>).
/// </summary>
public class ActivityFieldsAndDutyLinesTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private static ImportedModel Import(string name, byte[] bytes) => ImportedModel.FromFile(name, bytes);

    private static readonly string[] Festival =
    {
        "六、主体活动：",
        "（一）樱花旅游节开幕式",
        "1、时 间：2010年3月27日9:30",
        "2、地 点：县农场",
        "3、承办单位：县委宣传部，县旅游发展局",
        "4、活动内容：领导讲话致辞，文艺表演",
        "（二）书画作品展",
        "",
        "1、时 间：2010年3月27日",
        "",
        "2、承办单位：县文联",
        "",
        "3、活动内容：组织本地书画艺术家进行展示。",
        "七、其他事项",
    };

    [Fact]
    public void An_items_numbered_fields_are_its_fields_and_the_item_is_the_task()
    {
        var plan = Import(Festival);
        Assert.Equal(new[] { "（一）", "（二）" }, plan.Tasks.Select(t => t.Label).ToArray());
        Assert.Equal(new[] { "县委宣传部" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县旅游发展局" }, plan.Supports("（一）"));
        Assert.Equal(new[] { "县文联" }, plan.Leads("（二）"));
        Assert.Contains("时 间：2010年3月27日9:30", plan.Result.Plan);
    }

    [Fact]
    public void Numbered_lines_with_a_colon_are_tasks_where_they_are_stages_of_work_or_name_no_bodies()
    {
        var plan = Import(
            "一、工作步骤",
            "1、动员部署：3月底前，制定实施方案（牵头单位：县发改局）。",
            "2、组织实施：4月至10月，全面推进（牵头单位：县住建局）。",
            "二、活动安排",
            "（一）开幕式",
            "1、时间：3月27日",
            "2、地点：县广场",
            "（二）闭幕式",
            "2、时间：3月28日",
            "3、承办单位：县文联");
        var tasks = plan.Tasks.ToList();
        Assert.Equal(new[] { "县发改局" }, plan.Names(tasks[0].InEffect.Leads));
        Assert.Equal(new[] { "县住建局" }, plan.Names(tasks[1].InEffect.Leads));

        // Fields that name no body (时间, 地点) and a run that does not open at 1 stay as they were printed.
        Assert.Equal(new[] { "1、", "2、", "1、", "2、", "2、", "3、" }, tasks.Select(t => t.Label).ToArray());
    }

    [Fact]
    public void Duty_lines_one_body_a_line_are_each_a_task_of_that_body()
    {
        var plan = Import(
            "县防汛抗旱应急预案",
            "四、成员单位职责",
            "县住房城乡建设局：负责城镇建成区排水防涝工程建设；负责灾区房屋安全评估。",
            "县自然资源局：负责因暴雨引发地质灾害的调查、监测。",
            "",
            "县农业农村局：牵头做好灾后农业生产恢复工作。",
            "各乡镇：负责本辖区防汛抗旱工作。");
        var tasks = plan.Tasks.ToList();
        Assert.Equal(4, tasks.Count);
        Assert.Equal(new[] { "县住房城乡建设局" }, plan.Names(tasks[0].InEffect.Leads));
        Assert.StartsWith("县住房城乡建设局：负责城镇建成区排水防涝工程建设", tasks[0].Title);
        Assert.Equal(new[] { "县自然资源局" }, plan.Names(tasks[1].InEffect.Leads));
        Assert.Equal(new[] { "县农业农村局" }, plan.Names(tasks[2].InEffect.Leads));
        Assert.Equal(new[] { "各乡镇" }, plan.Names(tasks[3].InEffect.Leads));
    }

    [Fact]
    public void Duty_lines_opening_with_their_body_as_subject_are_each_a_task_of_that_body()
    {
        // real65 x10: a district's duties in a campaign, one paragraph a body, no colon and no number.
        var plan = Import(
            "现将区各单位在村庄环境整治工作中的任务作如下明确:",
            "区住建局负责全区村庄环境整治总协调工作,指导督查康居乡村的创建。",
            "区委农办要结合全区“三新”建设任务,负责指导督查新社区建设。",
            "规划分局负责辖区规划布点村庄的确定,配合市住建局组织技术人员的培训。",
            "区财政局负责村庄环境整治专项经费的落实。",
            "县农委。负责全县农作物秸秆综合利用工作的督导。");
        var tasks = plan.Tasks.ToList();
        Assert.Equal(5, tasks.Count);
        Assert.Equal(new[] { "区住建局" }, plan.Names(tasks[0].InEffect.Leads));
        Assert.Equal(new[] { "区委农办" }, plan.Names(tasks[1].InEffect.Leads));
        Assert.Equal(new[] { "规划分局" }, plan.Names(tasks[2].InEffect.Leads));
        Assert.Equal(new[] { "区财政局" }, plan.Names(tasks[3].InEffect.Leads));
        Assert.Equal(new[] { "县农委" }, plan.Names(tasks[4].InEffect.Leads));
    }

    [Fact]
    public void Paragraphs_that_open_with_a_body_but_give_it_no_duty_are_no_tasks()
    {
        // A report of what was asked or done, and 要 that is 要求, are not duties; nor is a run where fewer than half say 负责.
        Assert.Empty(Import("会议纪要", "市政府要求各部门抓好落实。", "市财政局要求各区加快支出进度。").Tasks);
        Assert.Empty(Import("情况通报", "区住建局要加强监管。", "区城管局要做好保洁。", "区财政局负责保障经费。", "区环保局要加大执法。").Tasks);
        Assert.Empty(Import("工作动态", "县教育局召开会议，部署秋季开学工作。", "县卫健局开展义诊活动。").Tasks);
    }

    [Theory]
    [InlineData("县财政局：张某，电话12345678", "县教育局：李某，电话87654321")]
    [InlineData("县财政局：2000万元", "县教育局：1500万元")]
    [InlineData("联系人：张某", "联系电话：12345678")]
    public void Lines_of_bodies_and_no_duty_are_no_tasks(string first, string second)
        => Assert.Empty(Import("附件：联系方式", first, second).Tasks);

    [Fact]
    public void One_body_a_line_needs_two_lines_and_no_number()
    {
        Assert.Empty(Import("说明", "县财政局：负责资金保障。", "以上请遵照执行。").Tasks);

        var numbered = Import("一、职责分工", "1.县财政局：负责资金保障。", "2.县审计局：负责审计监督。");
        Assert.Equal(new[] { "县财政局" }, numbered.Leads("1."));
        Assert.Equal(new[] { "县审计局" }, numbered.Leads("2."));
    }

    private const string PeopleTable = "序号,重点任务,责任单位及责任人,完成时限\n"
        + "1,推进学校标准化建设,区教育局　张某,2025年底\n"
        + "2,建设社区养老服务中心,区民政局（李某某）,2025年6月\n"
        + "3,实施老旧小区改造,区住建局 王五、区城管局 赵六,2025年12月\n"
        + "4,加强食品安全监管,区市场监管局局长 陈某,2025年底\n"
        + "5,建设县域医共体,县人民医院（县医共体）,2025年底\n";

    [Fact]
    public void A_column_of_bodies_with_their_people_gives_the_bodies_and_keeps_the_people_as_words()
    {
        var plan = Import("tasks.csv", Encoding.UTF8.GetBytes(PeopleTable));
        Assert.Equal(new[] { "区教育局" }, plan.Leads("1"));
        Assert.Equal(new[] { "区民政局" }, plan.Leads("2"));
        Assert.Equal(new[] { "区住建局" }, plan.Leads("3"));
        Assert.Equal(new[] { "区城管局" }, plan.Supports("3"));
        Assert.Equal(new[] { "区市场监管局" }, plan.Leads("4"));
        Assert.Equal(new[] { "县人民医院（县医共体）" }, plan.Leads("5"));
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("张某") || u.Id.Contains("王五") || (u.FullName ?? string.Empty).Contains("李某某"));
        Assert.Contains("责任单位及责任人：区教育局　张某", plan.Result.Plan);
    }

    [Fact]
    public void The_same_column_copied_out_one_cell_a_line_gives_the_same_bodies()
    {
        var lines = PeopleTable.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).SelectMany(row => row.Split(',')).ToArray();
        var plan = Import(new[] { "2025年区重点工作任务分解表" }.Concat(lines).ToArray());
        Assert.Equal(new[] { "区教育局" }, plan.Leads("1"));
        Assert.Equal(new[] { "区民政局" }, plan.Leads("2"));
        Assert.Equal(new[] { "区住建局" }, plan.Leads("3"));
    }

    [Theory]
    [InlineData("责任单位及责任人", true)]
    [InlineData("牵头单位（责任人）", true)]
    [InlineData("责任领导/责任单位", true)]
    [InlineData("责任单位", false)]
    [InlineData("责任人", false)]
    [InlineData("牵头单位及配合单位", false)]
    public void A_header_joining_bodies_and_people_is_told_apart(string header, bool joined)
        => Assert.Equal(joined, WorkPlanDsl.Import.Reading.TableColumns.NamesPersonsBeside(header));

    [Fact]
    public void Numbered_fields_stay_as_printed_where_the_document_numbers_its_tasks_the_same_way()
    {
        // hostile12 a4-14: unnumbering the fields made 二、's tasks the section's words.
        var plan = Import(
            "一、活动安排",
            "（一）启动仪式",
            "1、时 间：3月27日",
            "2、地 点：县广场",
            "3、承办单位：县消防救援大队",
            "二、工作任务",
            "1、加强宣传。由县融媒体中心负责全程报道。",
            "2、排查隐患。县应急管理局牵头开展隐患排查。");
        var tasks = plan.Tasks.Where(t => t.Title.StartsWith("加强宣传") || t.Title.StartsWith("排查隐患")).ToList();
        Assert.Equal(2, tasks.Count);
        Assert.Equal(new[] { "县融媒体中心" }, plan.Names(tasks[0].InEffect.Leads));
        Assert.Equal(new[] { "县应急管理局" }, plan.Names(tasks[1].InEffect.Leads));
        Assert.Contains(plan.Tasks, t => t.Title.StartsWith("承办单位"));
    }

    [Fact]
    public void Duty_lines_in_a_document_that_numbers_its_tasks_leave_the_numbered_tasks_as_they_were()
    {
        // hostile12: a duty table made every numbered task of the document its section's words.
        var plan = Import(
            "某县防汛工作方案",
            "1. 开展隐患排查。由县水利局负责。",
            "2. 做好物资储备。由县应急管理局负责。",
            "县气象局：负责天气预报。",
            "县交通运输局：负责道路抢通。");
        Assert.Equal(new[] { "县水利局" }, plan.Leads("1."));
        Assert.Equal(new[] { "县应急管理局" }, plan.Leads("2."));

        var headed = Import(
            "某县森林防火应急预案",
            "县林业局：负责森林防火日常工作。",
            "县应急管理局：负责森林火灾扑救指挥。",
            "一、预防措施",
            "县林业局要加强火源管控。",
            "二、应急处置",
            "县应急管理局负责组织扑救。");
        Assert.Equal(new[] { "县林业局" }, headed.Leads("一、"));
        Assert.Equal(new[] { "县应急管理局" }, headed.Leads("二、"));
    }

    [Fact]
    public void A_persons_post_is_no_body_beside_the_bodys_full_name()
    {
        // hostile12 a3-10, a3-17: 宣传部 from 宣传部部长, and 县商务局党组 from 县商务局党组书记, were made leads.
        var csv = "序号,重点任务,责任领导/责任单位,完成时限\n"
            + "1,加强宣传阵地建设,区委常委、宣传部部长 秦某/区委宣传部,2025年底\n"
            + "2,促进消费,县商务局党组书记、局长 窦某,2025年底\n";
        var plan = Import("tasks.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Equal(new[] { "区委宣传部" }, plan.Leads("1"));
        Assert.Equal(new[] { "县商务局" }, plan.Leads("2"));
    }

    [Fact]
    public void Numbered_lines_each_naming_their_own_unit_under_one_label_are_tasks_not_fields()
    {
        // hostile9 r5-12: （一）责任单位：X。主要任务：… three times over is three tasks; an item's fields differ.
        var plan = Import(
            "一、重点任务",
            "（一）责任单位：县政务服务中心。主要任务：推进政务服务事项“一网通办”。",
            "（二）责任单位：县市场监管局。主要任务：推进企业开办“一日办结”。",
            "（三）责任单位：县自然资源局。主要任务：推进不动产登记“一窗受理”。");
        Assert.Equal(new[] { "县政务服务中心" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县市场监管局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "县自然资源局" }, plan.Leads("（三）"));
    }

    [Fact]
    public void A_bodys_heading_ending_in_a_colon_gives_the_duties_under_it_to_that_body()
    {
        // v03 (县信访工作长效机制): （一）县信访局： over 1、…9、 was no body heading for its colon.
        var plan = Import(
            "三、主要任务",
            "（一）县信访局：",
            "1、认真阅批群众来信，热情接待群众来访。",
            "2、承办上级机关交办的信访事项。",
            "（二）各乡镇：",
            "1、做好本辖区内的信访工作。");
        var tasks = plan.Tasks.ToList();
        Assert.Equal(new[] { "县信访局" }, plan.Names(tasks[0].InEffect.Leads));
        Assert.Equal(new[] { "县信访局" }, plan.Names(tasks[1].InEffect.Leads));
    }

    [Fact]
    public void A_bureau_named_without_its_level_leads_the_duty_its_words_give_it()
    {
        // v07 (森林火灾应急方案): 2、发改委：负责… — a county plan naming its own bureaus bare.
        var plan = Import(
            "一、成员单位职责",
            "1、发改委：负责森林火灾控制保障体系建设的计划安排。",
            "2、财政局：负责安排森林火灾控制所需资金。",
            "3、公安局：实施森林火灾区封锁、隔离工作。",
            "4、工作目标：负责任地做好防火工作。",
            "5、武警中队：20名官兵。");
        Assert.Equal(new[] { "发改委" }, plan.Leads("1、"));
        Assert.Equal(new[] { "财政局" }, plan.Leads("2、"));
        Assert.Equal(new[] { "公安局" }, plan.Leads("3、"));

        // A label is never a body; without words that give it the work or say what it does, a bare name leads nothing.
        Assert.Empty(plan.Leads("4、"));
        Assert.Empty(plan.Leads("5、"));

        var lines = Import("某县森林防火方案", "财政局：负责安排防火资金。", "民政局：负责受灾群众的安抚和救济工作。");
        Assert.Equal(new[] { "财政局", "民政局" }, lines.Tasks.SelectMany(t => lines.Names(t.InEffect.Leads)).ToArray());
    }

    [Fact]
    public void Lines_naming_a_bodys_work_as_a_thing_or_as_done_are_no_duties()
    {
        // hostile66 W4, W5: a work summary and a request for funds had each line made a task of its body.
        Assert.Empty(Import("某区2023年工作总结", "区交通局牵头完成了农村公路建设86公里。", "区农委承担的改厕任务已全部完成。").Tasks);
        Assert.Empty(Import("关于农村危房改造资金的请示", "区政府：", "区住建局负责的农村危房改造项目资金缺口较大。", "区财政局承担的配套资金尚未到位。", "妥否，请批示。").Tasks);
    }

    [Fact]
    public void A_numbered_paragraph_whose_sentences_give_parts_to_several_bodies_names_no_one_lead()
    {
        // real65 x09: a document site's chunk number made one task of a town's duty list, led by its last body.
        var duties = Import(
            "三、职责分工",
            "1、各村是禁止秸秆焚烧工作责任主体。农业办积极开展秸秆综合利用推广工作。企管站做好现场检查工作。派出所负责对焚烧行为进行查处。");
        Assert.Empty(duties.Leads("1、"));
        Assert.Contains(duties.Result.Notes, n => n.Message.Contains("several bodies"));

        // One body's work, with others that only help: it leads.
        var one = Import("一、任务", "1、推进农房改造。县住建局负责组织实施改造工作。县财政局配合做好资金保障。县自然资源局配合做好用地保障。");
        Assert.Equal(new[] { "县住建局" }, one.Leads("1、"));
    }
}
