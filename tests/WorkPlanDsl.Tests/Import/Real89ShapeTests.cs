using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Shapes the real89 and hostile89 blind sets found wrong or missing, each in a few invented lines: the rule, not a set's
/// wording.
/// </summary>
public class Real89ShapeTests
{
    private static ImportedModel Import(params string[] lines) => ImportedModel.From(string.Join("\n", lines));

    private static string[] Labels(ImportedModel plan) => plan.Tasks.Select(t => t.Label ?? t.Id).ToArray();

    private static readonly string[] PartOfALongerTable =
    {
        "某区2023年政府工作报告重点工作任务分解表",
        "序号 重点工作任务 主要责任单位 协同配合单位 完成期限",
        "33 新培育科技型中小企业50家以上。 区科技局 区经信局、区税务局等区政府有关部门,区经开区管委会。 2023年12月底",
        "34 推动农业科技园区提档升级,谋划共建智慧农业研究院。 区科技局",
        "区商务局",
        "区经开区管委会",
        "区发改委、区农业农村局等区政府有关部门,区农投公司。 2023年12月底",
        "35 强化企业创新主体地位,研发费用突破6亿元。 区科技局 区经信局等区政府有关部门。 2023年12月底",
    };

    [Fact]
    public void A_table_copied_from_its_later_rows_with_single_spaces_is_rebuilt_from_its_first_number()
    {
        // real89 14: rows 33–35 of a 分解表, the part one department publishes.
        var plan = Import(PartOfALongerTable);

        Assert.Equal(new[] { "33", "34", "35" }, Labels(plan));
        Assert.Equal(new[] { "区科技局" }, plan.Leads("33"));
        Assert.Equal(new[] { "区经信局", "区税务局", "区政府有关部门", "区经开区管委会" }, plan.Supports("33"));
        Assert.Equal(new[] { "区科技局" }, plan.Leads("35"));
    }

    [Fact]
    public void A_row_whose_names_go_on_over_lines_where_columns_cannot_be_told_apart_is_a_task_with_no_unit_and_a_warning()
    {
        // real89 14 row 34 (review-89 t02, t14): one name on the first line, four below, two columns of names: the leads
        // may be the first line's alone or every name but the last; neither is read.
        var plan = Import(PartOfALongerTable);

        Assert.Empty(plan.Leads("34"));
        Assert.Empty(plan.Supports("34"));
        Assert.StartsWith("推动农业科技园区提档升级", plan.Task("34").Title);
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("row 34 of the table") && n.Message.Contains("cannot be told"));
    }

    [Fact]
    public void A_row_whose_names_go_on_over_lines_under_one_column_of_names_has_them_all()
    {
        var plan = Import(
            "某区重点工作任务分解表",
            "序号 重点工作任务 责任单位 完成期限",
            "1 新建口袋公园12个。 区住建局 2023年12月底",
            "2 完成老旧小区改造20个。 区住建局",
            "区城管局",
            "各街道办事处 2023年10月底",
            "3 新增停车泊位800个。 区城管局 2023年10月底");

        Assert.Equal(new[] { "1", "2", "3" }, Labels(plan));
        Assert.Equal(new[] { "区住建局" }, plan.Leads("2"));
        Assert.Equal(new[] { "区城管局", "各街道办事处" }, plan.Supports("2"));
        Assert.Equal(new[] { "区城管局" }, plan.Leads("3"));
    }

    [Fact]
    public void A_row_whose_first_line_starts_every_column_of_names_puts_the_lines_below_in_the_last_with_a_warning()
    {
        // review-89 t02: 区城管局 区公安分局 / 区住建局 / 区国资委 2024年12月底 gave 区公安分局 and 区住建局 the lead.
        var plan = Import(
            "某区重点工作任务分解表",
            "序号 重点工作任务 牵头单位 配合单位 完成期限",
            "3 新建口袋公园12个。 区住建局 区园林中心 2024年6月底",
            "4 新增公共停车泊位2000个。 区城管局 区公安分局",
            "区住建局",
            "区国资委 2024年12月底",
            "5 建设智慧停车平台。 区大数据中心 区城管局 2024年12月底");

        Assert.Equal(new[] { "3", "4", "5" }, Labels(plan));
        Assert.Equal(new[] { "区城管局" }, plan.Leads("4"));
        Assert.Equal(new[] { "区公安分局", "区住建局", "区国资委" }, plan.Supports("4"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("row 4 of the table"));
    }

    [Fact]
    public void A_row_that_cannot_be_read_into_its_columns_is_a_task_with_no_unit_and_a_warning_and_the_table_goes_on()
    {
        // review-89 t07, review-90 m10: rows after a row that could not be read went into the preface, the run saying
        // nothing.
        var plan = Import(
            "某区重点工作任务分解表",
            "序号 重点工作任务 牵头单位 配合单位 完成期限",
            "12 新建口袋公园12个。 区住建局 区园林中心 2024年6月底",
            "13 新增公共停车泊位2000个。 区城管局 区公安分局 2024年12月底",
            "14 建设产业园区配套设施。 区发改局",
            "这一行不是单位的名字",
            "15 建设智慧停车平台。 区大数据中心 区城管局 2024年12月底");

        Assert.Equal(new[] { "区住建局" }, plan.Leads("12"));
        Assert.StartsWith("建设产业园区配套设施", plan.Task("14").Title);
        Assert.Empty(plan.Leads("14"));
        Assert.Equal(new[] { "区大数据中心" }, plan.Leads("15"));
        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("row 14 of the table") && n.Message.Contains("no unit read"));
    }

    [Fact]
    public void Words_after_the_last_row_that_are_no_cell_of_it_stay_words_and_the_rows_keep_their_units()
    {
        var plan = Import(
            "某区重点工作任务分解表",
            "序号 重点工作任务 主要责任单位 完成期限",
            "7 新建口袋公园12个。 区住建局 2023年12月底",
            "8 新增停车泊位800个。 区城管局 2023年10月底",
            "9 完成老旧小区改造20个。 区住建局",
            "区城管局",
            "各街道要高度重视，认真抓好落实。",
            "请于每月25日前报送进展情况。");

        Assert.Equal(new[] { "区住建局" }, plan.Leads("7"));
        Assert.Equal(new[] { "区城管局" }, plan.Leads("8"));
        Assert.Contains("请于每月25日前报送进展情况", plan.Words());
        Assert.DoesNotContain(plan.Tasks, t => t.InEffect.Leads.Any(l => l.Contains("街道")));
    }

    [Fact]
    public void A_task_whose_sentence_opens_with_who_is_responsible_for_its_work_is_read_in_a_document_of_clauses()
    {
        // hostile86 11: in a plan whose other tasks close with a clause, X负责推动… after a guide's words and X会同Y负责 were
        // not read; a body and 负责 alone in a broken bracket gives no lead. Of two bodies each given a part, the one given
        // the part over the other's (统筹调度) leads, as the labels of hostile86 11 say.
        var plan = Import(
            "某市2026年数据工作要点",
            "一、夯实数据资源",
            "（一）完善公共数据目录。全面梳理公共数据资源（市数据局牵头，市级各部门配合）。",
            "（二）数据要素×金融服务。在金融监管分局指导下，市地方金融管理局负责推动金融机构依法使用公共数据。",
            "（三）开展公共数据授权运营。制定授权运营管理办法。市数据局会同市财政局、市市场监管局负责，授权运营主体为数字集团。",
            "（四）推进数据共享交换。市大数据中心负责平台运维，市数据局负责统筹调度。",
            "（五）拓展低空物流应用。开通无人机物流航线20条。",
            "市交通运输局负责）",
            "（六）加强数据安全（市委网信办负责）。");

        Assert.Equal(new[] { "市地方金融管理局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "市数据局" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "市财政局", "市市场监管局" }, plan.Supports("（三）"));
        Assert.Equal(new[] { "市数据局" }, plan.Leads("（四）"));
        Assert.Equal(new[] { "市大数据中心" }, plan.Supports("（四）"));
        Assert.Empty(plan.Leads("（五）"));
    }

    [Theory]
    [InlineData("。 ")]
    [InlineData("。　")]
    [InlineData("。  ")]
    public void A_note_quotes_a_clause_from_its_first_word_whatever_blanks_follow_the_stop(string stop)
    {
        // hostile86 11: after 。 and a blank the note quoted ( 市科技局、市数据局负), a character early.
        var plan = Import("某市计划", "一、任务", "（一）培育数据企业" + stop + "市科技局、市数据局负责，培育数据服务商40家。");

        Assert.Contains(plan.Result.Notes, n => n.Message.Contains("(市科技局、市数据局负责)"));
    }

    [Fact]
    public void The_plans_name_printed_again_after_each_pages_number_leaves_a_bracket_it_broke_whole()
    {
        // holdout12 d27: copied from a PDF without form feeds, a page's number then the plan's name stood inside a bracket.
        var plan = Import(
            "某市低空经济发展三年行动方案（2025—2027年）",
            "一、重点任务",
            "（一）建设低空基础设施。新建起降点30个。（市交通运输局牵头；市自然资源局配合）",
            "",
            "— 1 —",
            "",
            "某市低空经济发展三年行动方案（2025—2027年）",
            "",
            "（二）拓展低空物流应用场景。开通城市无人机物流配送航线20条。（市邮政管理局、",
            "",
            "— 2 —",
            "",
            "某市低空经济发展三年行动方案（2025—2027年）",
            "",
            "市交通运输局负责）",
            "（三）发展低空文旅消费。打造文旅产品10个。（市文化广电旅游局牵头）");

        Assert.Equal(new[] { "市邮政管理局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "市交通运输局" }, plan.Supports("（二）"));
        Assert.DoesNotContain("三年行动方案", plan.Task("（二）").Text);
        Assert.Equal("某市低空经济发展三年行动方案（2025—2027年）", plan.Model.Title);
    }

    [Fact]
    public void Tasks_given_respectively_share_the_supports_said_after_their_leads()
    {
        // hostile89 05: 第12、13项分别由A、B负责，C、D配合 gave each its lead and neither the supports.
        var plan = Import(
            "某市应急管理局2020年工作要点",
            "一、防灾减灾",
            "1.做好防汛抗旱工作。修订防汛应急预案。",
            "2.加强地震和地质灾害防治。开展隐患排查。",
            "3.做好救灾物资储备。",
            "第1、2项分别由防汛抗旱科、地震和地质灾害救援科负责，市水利局、市自然资源和规划局配合；第3项由救灾和物资保障科负责。");

        Assert.Equal(new[] { "防汛抗旱科" }, plan.Leads("1."));
        Assert.Equal(new[] { "地震和地质灾害救援科" }, plan.Leads("2."));
        Assert.Equal(new[] { "市水利局", "市自然资源和规划局" }, plan.Supports("1."));
        Assert.Equal(new[] { "市水利局", "市自然资源和规划局" }, plan.Supports("2."));
        Assert.Empty(plan.Supports("3."));
    }

    [Fact]
    public void A_range_said_of_its_tasks_that_name_no_lead_leads_those_and_leaves_the_others_theirs()
    {
        // hostile89 05: 第15—22项中未明确责任科室的，由X牵头 was not read as a statement about tasks at all.
        var plan = Import(
            "某市应急管理局2020年工作要点",
            "一、安全生产",
            "1.开展安全生产专项整治三年行动。",
            "2.推进危险化学品安全治理。（危险化学品监管科负责）",
            "3.加强工贸行业安全监管。",
            "第1—3项中未明确责任科室的，由安全生产综合协调科牵头，相关业务科室配合。");

        Assert.Equal(new[] { "安全生产综合协调科" }, plan.Leads("1."));
        Assert.Equal(new[] { "危险化学品监管科" }, plan.Leads("2."));
        Assert.Equal(new[] { "安全生产综合协调科" }, plan.Leads("3."));
        Assert.Equal(new[] { "相关业务科室" }, plan.Supports("3."));
    }

    [Fact]
    public void A_pages_record_copied_under_its_table_is_no_task()
    {
        // real89 16: 索引号: | … | 成文日期: | … after the rows became a task 索引号.
        var plan = Import(
            "类别 | 民生事项名称 | 任务目标 | 责任单位 |",
            "四、教育文化 | 14.改扩建泉山学校 | 完成一期2座教学楼建设。 | 教育体育局 |",
            "| 15.推进学校塑胶运动场地建设 | 完成13处农村学校塑胶运动场地建设。 | 教育体育局 |",
            "索引号: | 113706850042672474/2022-04772 | 成文日期: | 2022-10-08 |");

        Assert.Equal(2, plan.Tasks.Count());
        Assert.DoesNotContain(plan.Tasks, t => t.Title.Contains("索引号"));
    }

    [Fact]
    public void A_task_table_exported_with_english_keys_is_read_by_what_its_keys_say()
    {
        // real77 02 and 03: id,category,task,owner,co,time (a page's data written out) was no table at all.
        var plan = ImportedModel.FromFile("plan.csv", System.Text.Encoding.UTF8.GetBytes(string.Join("\n",
            "id,category,task,owner,co,leader,time",
            "1,推动芯片全链发展,设立省重大科技专项支持芯片研发攻关。,省科技厅,省经信厅、省发展改革委,张明,2026年12月",
            "2,推动芯片全链发展,建设模芯协同中试服务平台。,省发展改革委,无,李华,持续推进",
            "3,建设算力网络,推进智算中心建设。,省通信管理局,省经信厅,王强,2026年6月")));

        Assert.Equal(new[] { "1", "2", "3" }, Labels(plan));
        Assert.Equal(new[] { "省科技厅" }, plan.Leads("1"));
        Assert.Equal(new[] { "省经信厅", "省发展改革委" }, plan.Supports("1"));
        Assert.Equal(new[] { "省通信管理局" }, plan.Leads("3"));
        Assert.Equal(new[] { "推动芯片全链发展", "建设算力网络" }, plan.Model.Sections.Select(s => s.Title).ToArray());
        Assert.DoesNotContain(plan.Model.Units, u => u.Id.Contains("张明") || u.Id.Contains("李华"));
    }

    [Theory]
    [InlineData("Lead Unit", "leadunit")]
    [InlineData("lead_unit", "LEAD-UNIT")]
    public void English_keys_are_read_whatever_their_case_blanks_and_joins(string one, string other)
    {
        var plan = ImportedModel.FromFile("plan.csv", System.Text.Encoding.UTF8.GetBytes(string.Join("\n",
            "No,Task," + one + ",Support,Deadline",
            "1,推进智算中心建设。,省通信管理局,省经信厅,2026年6月",
            "2,建设数据交易场所。,省数据局,省金融局,2026年9月")));
        var again = ImportedModel.FromFile("plan.csv", System.Text.Encoding.UTF8.GetBytes(string.Join("\n",
            "No,Task," + other + ",Support,Deadline",
            "1,推进智算中心建设。,省通信管理局,省经信厅,2026年6月",
            "2,建设数据交易场所。,省数据局,省金融局,2026年9月")));

        Assert.Equal(new[] { "省通信管理局" }, plan.Leads("1"));
        Assert.Equal(new[] { "省金融局" }, plan.Supports("2"));
        Assert.Equal(new[] { "省数据局" }, again.Leads("2"));
    }

    [Fact]
    public void Bodies_in_a_lead_field_or_column_each_in_their_remit_all_lead()
    {
        // real77 02: 省经信厅、省科技厅按职责分工负责 under owner read as a list led by its first; in a bracket's
        // 牵头单位： field the same words made both supports and left no lead.
        var text = Import(
            "某省计划",
            "一、任务",
            "（一）推进芯片攻关。（牵头单位：省经信厅、省科技厅按职责分工负责；配合单位：省发展改革委）",
            "（二）建设平台。（责任单位：省经信厅、省科技厅按职责分工负责）",
            "（三）改造老旧小区。（责任单位：市住建局、市城管局，按职责分工负责）");
        var table = ImportedModel.FromFile("plan.csv", System.Text.Encoding.UTF8.GetBytes(string.Join("\n",
            "序号,重点任务,牵头单位,配合单位",
            "1,推进芯片攻关。,省经信厅、省科技厅按职责分工负责,省发展改革委",
            "2,建设平台。,省经信厅,省发展改革委")));

        Assert.Equal(new[] { "省经信厅", "省科技厅" }, text.Leads("（一）"));
        Assert.Equal(new[] { "省发展改革委" }, text.Supports("（一）"));
        // An accountable list each in its remit stays a list.
        Assert.Equal(new[] { "省经信厅" }, text.Leads("（二）"));
        Assert.Equal(new[] { "市住建局" }, text.Leads("（三）"));
        Assert.DoesNotContain(text.Result.Notes, n => n.Message.Contains("'按职责'"));
        Assert.Equal(new[] { "省经信厅", "省科技厅" }, table.Leads("1"));
        Assert.Equal(new[] { "省发展改革委" }, table.Supports("1"));
    }

    [Fact]
    public void A_task_set_apart_with_its_own_lead_in_a_bracket_or_after_qiizhong_leaves_the_range_before_it()
    {
        // hostile90 05: 以上第27—29项由科教处负责，人事处配合（第28项由人事处牵头，科教处配合） led 27 and 29 by 人事处.
        var plan = Import(
            "某市卫健委2020年工作要点",
            "一、人才建设",
            "1.实施卫生人才引育工程。",
            "2.深化人事薪酬制度改革。",
            "3.推进医学科技创新。",
            "以上第1—3项由科教处负责，人事处配合（第2项由人事处牵头，科教处配合）。",
            "二、信息化",
            "4.建设全民健康信息平台。",
            "5.推进电子健康卡应用。",
            "6.加强网络安全。",
            "第4至6项由规划信息处牵头，其中第6项由网络安全办牵头，财务处配合。");

        Assert.Equal(new[] { "科教处" }, plan.Leads("1."));
        Assert.Equal(new[] { "人事处" }, plan.Leads("2."));
        Assert.Equal(new[] { "科教处" }, plan.Supports("2."));
        Assert.Equal(new[] { "科教处" }, plan.Leads("3."));
        Assert.Equal(new[] { "人事处" }, plan.Supports("3."));
        Assert.Equal(new[] { "规划信息处" }, plan.Leads("5."));
        Assert.Equal(new[] { "网络安全办" }, plan.Leads("6."));
        Assert.Equal(new[] { "财务处" }, plan.Supports("6."));
    }

    [Fact]
    public void Supports_given_respectively_after_leads_given_respectively_pair_with_the_tasks()
    {
        // review-89 d08: 分别由C、D配合 after 分别由A、B牵头 gave both tasks C and D.
        var plan = Import(
            "某区方案",
            "一、任务",
            "1.推进便民生活圈建设。",
            "2.推进农贸市场改造。",
            "第1、2项分别由区商务局、区市场监管局牵头，分别由各街道办事处、区城管局配合。");

        Assert.Equal(new[] { "区商务局" }, plan.Leads("1."));
        Assert.Equal(new[] { "各街道办事处" }, plan.Supports("1."));
        Assert.Equal(new[] { "区市场监管局" }, plan.Leads("2."));
        Assert.Equal(new[] { "区城管局" }, plan.Supports("2."));
    }

    [Fact]
    public void A_support_set_apart_without_by_and_followed_by_another_scope_is_read_with_it()
    {
        // review-89 d15: 其中第（二）项区法院、区信访局配合，第（三）项由区公安分局牵头 read neither part.
        var plan = Import(
            "某区方案",
            "一、任务",
            "（一）推进矛盾纠纷多元化解。",
            "（二）规范诉讼服务。",
            "（三）加强治安防控。",
            "（四）建设综治中心。",
            "二、责任分工",
            "第（一）至（四）项由区委政法委牵头，各街道办事处配合，其中第（二）项区法院、区信访局配合，第（三）项由区公安分局牵头。");

        Assert.Equal(new[] { "区委政法委" }, plan.Leads("（一）"));
        Assert.Contains("区法院", plan.Supports("（二）"));
        Assert.Equal(new[] { "区公安分局" }, plan.Leads("（三）"));
        Assert.Equal(new[] { "区委政法委" }, plan.Leads("（四）"));
    }

    [Fact]
    public void A_pages_record_written_label_and_value_in_one_cell_is_no_task_but_a_task_so_named_stays()
    {
        // review-89 t12: | 索引号：001234567/2024-00021 | … | inside a Markdown table was a task.
        var plan = ImportedModel.From(string.Join("\n",
            "| 序号 | 重点任务 | 牵头单位 |",
            "|---|---|---|",
            "| 索引号：001234567/2024-00021 | | |",
            "| 发布机构：临海市人民政府办公室 | | |",
            "| 1 | 推进智慧停车建设。 | 市城管局 |",
            "| 2 | 索引号编制规范修订。 | 市档案局 |"), "plan.md");

        Assert.Equal(new[] { "1", "2" }, Labels(plan));
        Assert.Equal(new[] { "市档案局" }, plan.Leads("2"));
    }

    [Theory]
    [InlineData("注：牵头单位为“—”的，由排在首位的责任单位牵头。", "—", true)]
    [InlineData("注：牵头单位为“—”的，由排在首位的责任单位牵头。", "", false)]
    [InlineData("注：牵头单位空缺的，由第一责任单位牵头。", "", true)]
    [InlineData("注：责任单位为配合单位。", "—", false)]
    public void A_note_that_gives_a_row_left_open_to_the_first_of_its_units_leads_with_it_for_the_open_mark_it_names(string note, string leadCell, bool firstLeads)
    {
        // hostile87 11: 牵头单位为“—”的，由排在首位的责任单位牵头 at the foot of a .csv was not read.
        var plan = ImportedModel.FromFile("plan.csv", System.Text.Encoding.UTF8.GetBytes(string.Join("\n",
            "序号,重点任务,牵头单位,责任单位,完成时限",
            "1,城镇燃气安全整治。,市住建局,市发展改革委、市市场监管局,2026年6月",
            "2,自然灾害防治。," + leadCell + ",市水利局、市自然资源和规划局、市气象局,2026年9月",
            note + ",,,,")));

        Assert.Equal(new[] { "市住建局" }, plan.Leads("1"));
        if (firstLeads)
        {
            Assert.Equal(new[] { "市水利局" }, plan.Leads("2"));
            Assert.Equal(new[] { "市自然资源和规划局", "市气象局" }, plan.Supports("2"));
            Assert.Contains(plan.Result.Notes, n => n.Message.Contains("as the document says"));
        }
        else
        {
            Assert.Empty(plan.Leads("2"));
            Assert.Equal(new[] { "市水利局", "市自然资源和规划局", "市气象局" }, plan.Supports("2"));
        }
    }

    [Theory]
    [InlineData("No.,Task,Owner(s),Partners,Due Date")]
    [InlineData("No,Task,Lead Dept,Support Depts,Deadline")]
    [InlineData("#,Task,Owners,Co-owner,Timeline")]
    [InlineData("序号 No.,重点任务 Task,牵头单位 Lead,配合单位 Support,完成时限 Due")]
    public void English_and_bilingual_keys_in_their_common_variants_keep_the_units_of_their_columns(string header)
    {
        // review-90 e01, e02, e06, e19, e22: a header read by its known keys turned a column of an unknown one into text.
        var plan = ImportedModel.FromFile("plan.csv", System.Text.Encoding.UTF8.GetBytes(string.Join("\n",
            header,
            "1,建设城市运行管理服务平台。,区城管局,区大数据中心、区财政局,2024年12月",
            "2,推进智慧停车系统建设。,区城投集团,区公安分局,2024年10月")));

        Assert.Equal(new[] { "区城管局" }, plan.Leads("1"));
        Assert.Equal(new[] { "区大数据中心", "区财政局" }, plan.Supports("1"));
        Assert.Equal(new[] { "区城投集团" }, plan.Leads("2"));
    }

    [Fact]
    public void A_lead_cell_or_field_keeps_who_supports_after_a_comma_beside_bodies_each_in_their_remit()
    {
        // review-90 f02, f03, f05: 牵头单位：X，A、B按职责分工负责 made A and B leads or lost them; A、B按职责分工负责，C配合 in a
        // 牵头单位 cell read as an accountable list.
        var text = Import(
            "某区方案",
            "一、任务",
            "（一）深入打好碧水保卫战。（牵头单位：区生态环境局，区水务局、区农业农村局按职责分工负责）",
            "（二）推进无废城市建设。（牵头单位：区生态环境局牵头，区发改委、区城管局等按职责分工负责）");
        var table = ImportedModel.FromFile("plan.csv", System.Text.Encoding.UTF8.GetBytes(string.Join("\n",
            "序号,重点任务,牵头单位",
            "1,打击食品安全违法犯罪。,区公安分局、区市场监管局按职责分工负责，区检察院配合",
            "2,开展食品安全宣传周活动。,区食安办，各成员单位按职责分工负责")));

        Assert.Equal(new[] { "区生态环境局" }, text.Leads("（一）"));
        Assert.Equal(new[] { "区水务局", "区农业农村局" }, text.Supports("（一）"));
        Assert.Equal(new[] { "区生态环境局" }, text.Leads("（二）"));
        Assert.Equal(new[] { "区发改委", "区城管局" }, text.Supports("（二）"));
        Assert.Equal(new[] { "区公安分局", "区市场监管局" }, table.Leads("1"));
        Assert.Equal(new[] { "区检察院" }, table.Supports("1"));
        Assert.Equal(new[] { "区食安办" }, table.Leads("2"));
    }

    [Fact]
    public void A_task_named_again_with_words_that_give_no_readable_lead_keeps_the_range_before_it()
    {
        // review-90 n12: 第2项由A、B分别负责X和Y set 2 apart from 第1至6项由X牵头 and left it with nobody.
        var plan = Import(
            "某区方案",
            "一、任务",
            "1.推进工业企业超低排放改造。",
            "2.开展扬尘污染治理。",
            "3.推进农业面源污染防治。",
            "第1至3项由区生态环境局牵头，第2项由区住建局、区城管局分别负责建筑工地和道路扬尘。");

        Assert.Equal(new[] { "区生态环境局" }, plan.Leads("2."));
        Assert.Equal(new[] { "区生态环境局" }, plan.Leads("3."));
    }

    [Fact]
    public void Names_a_line_broke_are_no_names_of_a_row_that_goes_on_over_lines()
    {
        // review-90 m10: 区市场监督管 / 理局 gave the support 理局 and the lead of the next column.
        var plan = Import(
            "某区重点工作任务分解表",
            "序号 重点工作任务 牵头单位 配合单位 完成期限",
            "1 开展特种设备安全隐患排查。 区市场监督管 区应急管理局 2024年9月底",
            "理局",
            "2 开展价格监督检查。 区发展改革委 区市场监管局 2024年10月底",
            "3 推进食品安全城市创建。 区市场监管局 区卫健委 2024年12月底");

        Assert.DoesNotContain(plan.Model.Units, u => u.Id == "理局");
        Assert.DoesNotContain(plan.Tasks, t => plan.Names(t.InEffect.Leads).Contains("区应急管理局"));
    }

    [Fact]
    public void A_row_read_on_its_line_takes_the_names_below_it_into_its_last_column_of_names_with_a_warning()
    {
        // review-90 m03: 2 … 区城管局 区住建局 2024年12月底 / 区自然资源局 / 区国资委 ended the table, its later rows lost.
        var plan = Import(
            "某区交通治堵工作任务清单",
            "序号 重点工作任务 主要责任单位 协同配合单位 完成期限",
            "1 优化调整公交线路10条 区交通运输局 区公安分局交警大队 2024年6月底",
            "2 新增公共停车泊位1800个 区城管局 区住建局 2024年12月底",
            "区自然资源局",
            "区国资委",
            "3 改造拥堵节点8处 区住建局 区公安分局交警大队 2024年10月底");

        Assert.Equal(new[] { "1", "2", "3" }, Labels(plan));
        Assert.Equal(new[] { "区城管局" }, plan.Leads("2"));
        Assert.Equal(new[] { "区住建局", "区自然资源局", "区国资委" }, plan.Supports("2"));
        Assert.Equal(new[] { "区住建局" }, plan.Leads("3"));
    }

    [Fact]
    public void A_header_with_pinyin_after_characters_a_mirror_could_not_show_is_no_bilingual_header()
    {
        // The bilingual reading (牵头单位 Lead) took 決策事項(xiàng) for words and a header of a decision list was lost.
        var plan = Import(
            "某县重大行政决策事项目录",
            "序號(hào) | 決策事項(xiàng)名稱(chēng) | 承辦單位 |",
            "1 | 某縣城區供水管網改造方案 | 縣水利局 |",
            "2 | 某縣養老服務設施布局規劃 | 縣民政局 |");

        Assert.Equal(new[] { "縣水利局" }, plan.Leads("1"));
    }

    [Theory]
    [InlineData("Item No.")]
    [InlineData("Task ID")]
    [InlineData("Serial Number")]
    public void An_english_key_ending_in_a_number_word_numbers_the_rows_whatever_it_opens_with(string key)
    {
        // Item No. read as a second task column made every task's title its number.
        var plan = ImportedModel.FromFile("plan.csv", System.Text.Encoding.UTF8.GetBytes(string.Join("\n",
            key + ",Task,Owner,Support,Due",
            "1,建设城市运行管理服务平台。,区城管局,区财政局,2024年12月",
            "2,推进智慧停车系统建设。,区城投集团,区公安分局,2024年10月")));

        Assert.Equal(new[] { "1", "2" }, Labels(plan));
        Assert.Equal("建设城市运行管理服务平台", plan.Task("1").Title);
    }

    [Fact]
    public void Rows_whose_names_go_on_below_their_first_line_are_said_once_for_the_table()
    {
        // A long table laid out so gave a warning a row: thousands of lines of standard error for one fact.
        var lines = new System.Collections.Generic.List<string> { "某区任务分解表", "序号 重点工作任务 主要责任单位 协同配合单位 完成期限" };
        for (var i = 1; i <= 30; i++)
        {
            lines.Add(i + " 推进第" + i + "项重点工程建设。 区住建局 区城管局");
            lines.Add("区财政局 2024年12月底");
        }

        var plan = Import(lines.ToArray());

        Assert.Equal(30, plan.Tasks.Count());
        Assert.Equal(new[] { "区城管局", "区财政局" }, plan.Supports("30"));
        var note = Assert.Single(plan.Result.Notes, n => n.Message.Contains("of the table: names go on"));
        Assert.Contains("and 20 more", note.Message);
    }
}
