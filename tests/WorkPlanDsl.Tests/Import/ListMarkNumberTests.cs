using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Import;

/// <summary>
/// Tasks set off by the marks of other media: markdown checklists (- [ ] **…**), No.1, zero-padded [01], a post's
/// ✅ 实事1｜…, a speech's 第一件事，…, and a draft's margin line numbers: each item is a task, not its section's words
/// (which then led with all of their units at once).
/// </summary>
public class ListMarkNumberTests
{
    [Fact]
    public void Checklist_items_are_tasks_with_their_sub_bullets_as_fields()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "# 某局 2024 年工作清单",
            "",
            "## 一、基础建设",
            "",
            "- [ ] **建设统一身份认证平台**",
            "  - 负责：技术保障科",
            "  - 协作：综合科",
            "- [x] **完成机房搬迁**（已完成）",
            "  - 负责：运维科",
            "",
            "## 二、应用推广",
            "",
            "- [ ] **推广移动办公应用**",
            "  - 负责：待分配"));
        Assert.Equal(3, plan.Model.Tasks.Count);
        Assert.Equal(new[] { "技术保障科" }, plan.Names(plan.Model.Tasks[0].InEffect.Leads));
        Assert.Equal(new[] { "综合科" }, plan.Names(plan.Model.Tasks[0].InEffect.Supports));
        Assert.Equal(new[] { "运维科" }, plan.Leads("- [x]"));
        Assert.Empty(plan.Model.Tasks[2].InEffect.Leads);
    }

    [Fact]
    public void Projects_numbered_no_and_zero_padded_brackets_are_tasks()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某区项目推进计划",
            "",
            "No.1　建设滨河步道",
            "　　责任单位：区住建局",
            "No.2　改造农贸市场",
            "　　责任单位：区商务局、区市场监管局"));
        Assert.Equal(new[] { "区住建局" }, plan.Leads("No.1"));
        Assert.Equal(new[] { "区商务局" }, plan.Leads("No.2"));

        // NO2 is nitrogen dioxide, not a number: the line stays the words of the task above.
        plan = ImportedModel.From(string.Join("\n",
            "某区大气治理任务",
            "",
            "1.开展工业废气治理。（区生态环境局负责）",
            "NO2 浓度同比下降5%。",
            "2.推进扬尘管控。（区住建局负责）"));
        Assert.Equal(2, plan.Model.Tasks.Count);

        plan = ImportedModel.From(string.Join("\n",
            "某委重点任务",
            "",
            "一、改革",
            "[01] 推进医联体建设。组建医联体3个。",
            "责任单位：市卫健委",
            "[02] 推进支付方式改革。",
            "责任单位：市医保局、市卫健委"));
        Assert.Equal(new[] { "市卫健委" }, plan.Leads("[01]"));
        Assert.Equal(new[] { "市医保局" }, plan.Leads("[02]"));
    }

    [Fact]
    public void Footnotes_in_square_brackets_are_no_tasks()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某区民生实事",
            "",
            "（一）新建托育园[1]。",
            "（二）改造菜市场[2]。",
            "————",
            "[1] 责任单位：区卫健局。",
            "[2] 由区商务局负责。",
            "[10] 资金由区财政局统筹安排。"));
        Assert.Equal(2, plan.Model.Tasks.Count);
    }

    [Fact]
    public void A_posts_ticked_promises_are_tasks_not_their_headings_words()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "某区为民办实事清单",
            "",
            "【一】学有优教",
            "✅ 实事1｜新建幼儿园2所",
            "📍牵头单位：区教育局",
            "✅ 实事2｜建设学校食堂",
            "👉由区教育局负责，区卫健局做好指导。",
            "【二】老有颐养",
            "✅ 实事3｜建设养老服务站",
            "📍牵头单位：区民政局"));
        Assert.Equal(new[] { "区教育局" }, plan.Leads("实事1"));
        Assert.Equal(new[] { "区民政局" }, plan.Leads("实事3"));
        Assert.Equal(3, plan.Model.Tasks.Count);
    }

    [Fact]
    public void A_speechs_counted_matters_are_tasks()
    {
        var plan = ImportedModel.From(string.Join("\n",
            "在全县项目建设推进会上的讲话",
            "",
            "同志们：今天我讲几件事。",
            "第一件事，加快项目审批。这件事由县行政审批局牵头，县发改局要全力配合。",
            "第二件事，保障项目用地。请县自然资源局扛起主责。",
            "第三件事，优化服务。这个事情大家都要上心。"));
        Assert.Equal(3, plan.Model.Tasks.Count);
        Assert.Equal(new[] { "县行政审批局" }, plan.Leads("第一"));
        Assert.Empty(plan.Leads("第三"));
    }

    [Fact]
    public void Margin_line_numbers_are_no_part_of_the_text()
    {
        var lines = new System.Collections.Generic.List<string> { "某市托育服务行动方案（征求意见稿）", "" };
        var body = new[]
        {
            "　　为加快托育服务发展，制定本方案。", "一、重点任务", "　　（一）增加普惠托育供给。新增托位",
            "2000个。（市卫健委牵头，市发改委配合）", "　　（二）加强托育人才培养。培训保育人员", "1000人次。（市人社局负责）",
            "　　（三）规范托育机构管理。开展托育机构", "专项检查。（市卫健委负责）", "二、保障措施", "　　各地要加强组织领导。",
            "　　各部门要加强协同配合。",
        };
        for (var i = 0; i < body.Length; i++)
        {
            lines.Add($"{i + 1,3}    {body[i]}");
        }

        var plan = ImportedModel.From(string.Join("\n", lines));
        Assert.Equal(new[] { "市卫健委" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "市人社局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "市卫健委" }, plan.Leads("（三）"));
    }

    [Fact]
    public void Margin_line_numbers_of_blank_lines_too_are_no_part_of_the_text()
    {
        // hostile74 h74-18: the margin numbered the blank lines as well (`   3` alone), which broke the count; nothing was read.
        var body = new[]
        {
            "山西省加快数字经济发展实施方案", "（征求意见稿）", "", "一、重点任务", "（一）加快5G网络规模化部署。累计建成5G基站12万个。（省通信管理局牵头，省发展改革委配合）",
            "（二）建设算力网络节点。算力规模达到20EFLOPS。（省数据局牵头，省能源局配合）", "", "（三）推进传统基础设施数字化改造。（省交通运输厅负责）",
            "（四）壮大电子信息制造业。（省工业和信息化厅牵头，省科技厅配合）", "", "（五）发展软件和信息技术服务业。（省工业和信息化厅负责）", "（六）培育数据要素市场。（省数据局牵头）",
        };
        var lines = body.Select((text, i) => $"{i + 1,4}" + (text.Length > 0 ? "  " + text : string.Empty));
        var plan = ImportedModel.From(string.Join("\n", lines));
        Assert.Equal(new[] { "省通信管理局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "省工业和信息化厅" }, plan.Leads("（五）"));
        Assert.Equal(6, plan.Tasks.Count());
    }

    [Fact]
    public void Page_numbers_flush_at_the_margin_of_a_margin_numbered_draft_are_the_pages_not_the_margins()
    {
        // review-75 B1: a bare number on its own line was a margin number wherever it stood, so each page's 1, 2 broke the
        // count twice, the margin numbers stayed in the text and no task was read.
        var body = new List<string> { "山西省加快数字经济发展实施方案", "（征求意见稿）", "", "一、重点任务" };
        body.AddRange(Enumerable.Range(1, 40).Select(n => $"{n}.推进第{n}项数字经济重点工作，完成年度目标任务。（省数据局牵头）"));
        var lines = new List<string>();
        for (var i = 0; i < body.Count; i++)
        {
            lines.Add($"{i + 1,4}" + (body[i].Length > 0 ? "  " + body[i] : string.Empty));
            if ((i + 1) % 14 == 0)
            {
                lines.Add(((i + 1) / 14).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        var plan = ImportedModel.From(string.Join("\n", lines));
        Assert.Equal(40, plan.Tasks.Count());
        Assert.Equal(new[] { "省数据局" }, plan.Leads("40."));
    }

    [Fact]
    public void Full_width_margin_line_numbers_are_no_part_of_the_text()
    {
        // A draft typed in full width numbers its lines `１２　　`, blank lines too.
        var body = new[]
        {
            "某县农村人居环境整治方案", "（征求意见稿）", "", "一、重点任务", "（一）推进农村厕所改造。完成改厕3000户。（县农业农村局牵头，县卫健局配合）",
            "（二）治理农村生活污水。（县生态环境分局负责）", "", "（三）清理村庄垃圾。（县城管局牵头，各乡镇配合）",
            "（四）提升村容村貌。（县住建局负责）", "", "（五）建立长效管护机制。（县农业农村局牵头）", "二、保障措施", "　　各乡镇要加强组织领导。",
        };
        var lines = body.Select((text, i) => new string('　', i + 1 < 10 ? 1 : 0) + string.Concat((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)(d - '0' + '０')))
            + (text.Length > 0 ? "　　" + text : string.Empty));
        var plan = ImportedModel.From(string.Join("\n", lines));
        Assert.Equal(new[] { "县农业农村局" }, plan.Leads("（一）"));
        Assert.Equal(new[] { "县生态环境分局" }, plan.Leads("（二）"));
        Assert.Equal(new[] { "县城管局" }, plan.Leads("（三）"));
        Assert.Equal(5, plan.Tasks.Count());
        Assert.DoesNotContain(plan.Tasks, task => task.Title.StartsWith("１", System.StringComparison.Ordinal) || task.Title.StartsWith("1", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_set_with_spaces_keeps_its_number_column()
    {
        var lines = new System.Collections.Generic.List<WorkPlanDsl.Import.Documents.LayoutLine>();
        for (var i = 1; i <= 12; i++)
        {
            lines.Add(new WorkPlanDsl.Import.Documents.LayoutLine(i, $"{i,-4}    建设第{i}号项目        县发改局        县财政局", false));
        }

        var kept = WorkPlanDsl.Import.Documents.MarginNumbers.Strip(lines);
        Assert.StartsWith("1 ", kept[0].Text);
    }
}
