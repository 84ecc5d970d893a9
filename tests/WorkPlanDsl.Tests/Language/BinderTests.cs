using System.Linq;
using WorkPlanDsl.Language;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Language;

public class BinderTests
{
    private static CompiledPlan Compile(params string[] lines) => PlanCompiler.Compile(string.Join("\n", lines));

    private static string[] Diagnostics(params string[] lines) => DiagnosticFormat.Describe(Compile(lines).Diagnostics);

    [Fact]
    public void The_spec_example_binds_with_one_warning_at_T01()
    {
        var compiled = PlanCompiler.Compile(RepositoryPaths.TestPlan("spec-example.wplan"));
        var diagnostic = Assert.Single(compiled.Diagnostics);
        Assert.Equal("WPL0002 (18,6)-(18,9)", DiagnosticFormat.Describe(diagnostic));
        Assert.Equal("Task 'T01' has no lead unit (牵头): it declares no 'lead' and its section gives none", diagnostic.Message);

        var model = compiled.Model!;
        Assert.Equal("Zhuzhou.Health2024", model.Name);
        Assert.Equal(new PlanDate(2024, 4, 1), model.Published);
        Assert.Equal(2024, model.Year);
        Assert.Equal(7, model.Units.Count);
        Assert.Equal(UnitModelKind.Group, model.Units.Single(u => u.Id == "各县市区卫生健康局").Kind);
        Assert.Equal("办公室(对外合作交流处)", model.Units.Single(u => u.Id == "办公室").FullName);
        Assert.Equal(new[] { "规信科" }, model.Units.Single(u => u.Id == "规划信息科").Aliases);

        var t03 = model.Tasks.Single(t => t.Id == "T03");
        Assert.Equal("S02", t03.SectionId);
        Assert.Equal("(三)", t03.Label);
        Assert.Equal(new[] { "体改科" }, t03.InEffect.Leads);
        Assert.Equal(new[] { "人事科", "基药办", "各县市区卫生健康局" }, t03.InEffect.Supports);
        Assert.Equal(new DeadlineModel(null, new PlanDate(2024, 12, 31)), t03.InEffect.Due);
        Assert.Equal(new TargetModel("新增3岁以下婴幼儿托位", TargetModelOperator.Equal, "4000", "个"), Assert.Single(t03.Targets));
        Assert.Equal("以推广三明医改经验为抓手,继续推动各级党委政府主要负责同志亲自抓医改、负总责。", t03.Text);

        var item = Assert.Single(t03.Items);
        Assert.Equal("T03_1", item.Id);
        Assert.Equal("一是", item.Label);
        Assert.True(item.Declared.Leads.IsEmpty);
        Assert.Equal(t03.InEffect, item.InEffect);
    }

    [Theory]
    [InlineData("95", "95")]
    [InlineData("99.50", "99.50")]
    [InlineData("0.5", "0.5")]
    [InlineData("-3", "-3")]
    [InlineData("0", "0")]
    [InlineData("007", "7")]
    [InlineData("00.5", "0.5")]
    [InlineData("-0", "0")]
    [InlineData("-0.00", "0.00")]
    [InlineData("1234567890123456789012345678", "1234567890123456789012345678")]
    [InlineData("0.12345678901234567890123456789", "0.1234567890123456789012345679")]
    public void A_targets_number_is_kept_as_the_decimal_it_means_writes_it(string written, string kept)
    {
        var model = Compile("plan P", "unit A", "task T1", "  lead A", "  target \"m\" >= " + written + " 个").Model!;
        Assert.Equal(new TargetModel("m", TargetModelOperator.GreaterOrEqual, kept, "个"), Assert.Single(model.Tasks[0].Targets));
    }

    [Fact]
    public void Tasks_inherit_from_their_section_and_items_from_their_task()
    {
        var model = Compile(
            "plan A.B",
            "unit 甲",
            "unit 乙",
            "unit 丙",
            "section S \"s\"",
            "  lead 甲",
            "  support 乙",
            "  due \"6月底前\"",
            "task T1 \"t\"",
            "task T2 \"t\"",
            "  support 丙",
            "  item \"i\"",
            "  item X \"x\"",
            "    lead 丙",
            "    due 2024-03-01").Model!;

        var t1 = model.Tasks[0];
        Assert.True(t1.Declared.Leads.IsEmpty);
        Assert.Equal(new[] { "甲" }, t1.InEffect.Leads);
        Assert.Equal(new[] { "乙" }, t1.InEffect.Supports);
        Assert.Equal("6月底前", t1.InEffect.Due!.Text);
        Assert.Null(t1.InEffect.Due.Date);

        var t2 = model.Tasks[1];
        Assert.Equal(new[] { "丙" }, t2.InEffect.Supports);
        Assert.Equal(new[] { "甲" }, t2.Items[0].InEffect.Leads);
        Assert.Equal(new[] { "丙" }, t2.Items[0].InEffect.Supports);
        Assert.Equal("T2_1", t2.Items[0].Id);
        Assert.Equal("X", t2.Items[1].Id);
        Assert.Equal(new[] { "丙" }, t2.Items[1].InEffect.Leads);
        Assert.Equal(new PlanDate(2024, 3, 1), t2.Items[1].InEffect.Due!.Date);
    }

    [Fact]
    public void Worded_deadlines_carry_a_date_in_the_plans_year()
    {
        var model = Compile("plan A", "year 2024", "unit U", "task T \"t\"", "  lead U", "  due \"6月底前\"").Model!;
        Assert.Equal(new DeadlineModel("6月底前", new PlanDate(2024, 6, 30)), model.Tasks[0].InEffect.Due);
    }

    [Fact]
    public void Aliases_resolve_to_the_units_id()
    {
        var model = Compile("plan A", "task T \"t\"", "  lead 规信科", "unit 规划信息科 alias 规信科").Model!;
        Assert.Equal(new[] { "规划信息科" }, model.Tasks[0].InEffect.Leads);
    }

    [Fact]
    public void Plan_level_tasks_come_before_any_section_and_preface_text_goes_to_the_plan()
    {
        var model = Compile("plan A", "| 前言", "| 第二行", "unit U", "task T0 \"t\"", "  lead U", "section S \"s\"", "task T1 \"t\"", "  lead U").Model!;
        Assert.Equal("前言\n第二行", model.Preface);
        Assert.Null(model.Tasks[0].SectionId);
        Assert.Equal("S", model.Tasks[1].SectionId);
    }

    [Fact]
    public void WPL0002_a_task_without_a_lead_in_effect()
        => Assert.Equal(
            new[] { "WPL0002 (4,6)-(4,8)", "WPL0002 (7,6)-(7,8)" },
            Diagnostics("plan A", "unit U", "group G", "task T1 \"no lead at all\"", "  support G", "section S \"s\"", "task T2 \"section has none either\"", "section L \"s\"", "  lead U", "task T3 \"inherits\""));

    [Fact]
    public void WPL0002_is_not_reported_for_a_lead_that_is_only_misspelt()
        => Assert.Equal(new[] { "WPL0004 (3,8)-(3,11)" }, Diagnostics("plan A", "task T \"t\"", "  lead 体政科", "unit 体改科"));

    [Fact]
    public void WPL0002_is_not_reported_beside_the_syntax_error_of_a_lead_line()
    {
        // The lead line's own error says what is wrong; "declares no lead" beside it would be false. A section's broken
        // lead line keeps its tasks from the follow-on too; a task with no lead line at all still gets WPL0002.
        var ids = Diagnostics("plan A", "unit 办公室", "task T1 \"t\"", "  lead 办公室，", "section S \"s\"", "  lead ，", "task T2 \"t\"", "section S2 \"s\"", "task T3 \"t\"");
        Assert.Equal(new[] { "WPL0001", "WPL0001", "WPL0002" }, ids.Select(d => d.Substring(0, 7)).ToArray());
        Assert.EndsWith("(9,6)-(9,8)", ids[2]);
    }

    [Fact]
    public void WPL0003_a_task_led_only_by_groups()
    {
        var compiled = Compile("plan A", "group G1", "group G2", "unit U", "task T \"t\"", "  lead G1, G2", "task T2 \"t\"", "  lead G1, U");
        var diagnostic = Assert.Single(compiled.Diagnostics);
        Assert.Equal("WPL0003 (6,8)-(6,10)", DiagnosticFormat.Describe(diagnostic));
        Assert.Equal("Task 'T' is led only by groups (G1、G2): nobody in particular is accountable", diagnostic.Message);
    }

    [Fact]
    public void WPL0004_names_the_closest_declared_name()
    {
        var compiled = Compile("plan A", "unit 规划信息科", "unit 体改科", "task T \"t\"", "  lead 体改科", "  support 规划信息处");
        var diagnostic = Assert.Single(compiled.Diagnostics);
        Assert.Equal("WPL0004 (6,11)-(6,16)", DiagnosticFormat.Describe(diagnostic));
        Assert.Equal("'规划信息处' is not a declared unit or group; the closest declared name is '规划信息科'", diagnostic.Message);
        Assert.Equal("'X' is not a declared unit or group; the file declares no unit or group", Compile("plan A", "task T \"t\"", "  lead X").Diagnostics.Single(d => d.Id == "WPL0004").Message);
    }

    [Fact]
    public void WPL0005_duplicate_identifiers_in_each_name_space()
    {
        var compiled = Compile(
            "plan A",
            "unit U",
            "group U",
            "unit V alias U",
            "unit W alias X, X",
            "section S \"s\"",
            "section S \"s\"",
            "  lead U",
            "task T \"t\"",
            "  item T \"i\"",
            "task S \"a task may share a section's id\"",
            "  lead U",
            "  item \"i\"",
            "task S_1 \"clashes with the generated item id\"",
            "  lead U");
        Assert.Equal(
            new[] { "WPL0005 (3,7)-(3,8)", "WPL0005 (4,14)-(4,15)", "WPL0005 (5,17)-(5,18)", "WPL0005 (7,9)-(7,10)", "WPL0005 (10,8)-(10,9)", "WPL0005 (14,6)-(14,9)" },
            DiagnosticFormat.Describe(compiled.Diagnostics));
        Assert.Equal("group 'U' is already declared at line 2", compiled.Diagnostics[0].Message);
        Assert.Equal("alias 'U' is already declared at line 2", compiled.Diagnostics[1].Message);
        Assert.Equal("task or item 'S_1' is already declared at line 13", compiled.Diagnostics[5].Message);
    }

    [Fact]
    public void WPL0006_a_unit_that_both_leads_and_supports()
    {
        var compiled = Compile("plan A", "unit U", "unit V", "section S \"s\"", "  lead U", "task T \"t\"", "  support U", "task T2 \"t\"", "  lead V", "  support V, U");
        Assert.Equal(new[] { "WPL0006 (7,11)-(7,12)", "WPL0006 (10,11)-(10,12)" }, DiagnosticFormat.Describe(compiled.Diagnostics));
        Assert.Equal("'U' is both lead and support of 'T' (the lead is inherited from section 'S')", compiled.Diagnostics[0].Message);
        Assert.Equal("'V' is both lead and support of 'T2'", compiled.Diagnostics[1].Message);
    }

    [Fact]
    public void An_element_with_its_own_lead_inherits_no_supports_so_a_supporting_unit_may_lead_an_item()
    {
        var compiled = Compile("plan A", "unit A", "unit B", "unit C", "section S \"s\"", "  support C", "task T \"t\"", "  lead A", "  support B",
            "  item \"B leads this one\"", "    lead B", "  item \"inherits\"", "task T2 \"own lead, no section support\"", "  lead A");
        Assert.Empty(compiled.Diagnostics);
        var task = compiled.Model!.Tasks[0];
        Assert.Equal(new[] { "B" }, task.Items[0].InEffect.Leads);
        Assert.Empty(task.Items[0].InEffect.Supports);
        Assert.Equal(new[] { "A" }, task.Items[1].InEffect.Leads);
        Assert.Equal(new[] { "B" }, task.Items[1].InEffect.Supports);
        Assert.Empty(compiled.Model.Tasks[1].InEffect.Supports);
    }

    [Theory]
    [InlineData("教研室", "人事科", "")]
    [InlineData("教研", "教研室", "; the closest declared name is '教研室'")]
    [InlineData("Cityedu", "CityEdu", "; the closest declared name is 'CityEdu'")]
    [InlineData("信息中心", "卫生信息中心", "; the closest declared name is '卫生信息中心'")]
    [InlineData("abcdef", "uvwxyz", "")]
    public void WPL0004_suggests_a_name_only_when_it_is_close(string written, string declared, string hint)
    {
        var compiled = Compile("plan A", "unit " + declared, "task T \"t\"", "  lead " + written);
        Assert.Equal("'" + written + "' is not a declared unit or group" + hint, Assert.Single(compiled.Diagnostics).Message);
    }

    [Theory]
    [InlineData("leed U", "unknown keyword 'leed'; did you mean 'lead'?")]
    [InlineData("Lead U", "unknown keyword 'Lead'; did you mean 'lead'?")]
    [InlineData("牵投 U", "unknown keyword '牵投'; did you mean '牵头'?")]
    [InlineData("suport U", "unknown keyword 'suport'; did you mean 'support'?")]
    [InlineData("whatever U", "unknown keyword 'whatever'; expected plan, title, issuer, published, year, source, unit, group, section, task, item, label, lead, support, due, target, tag, '|' (text) or '#' (comment)")]
    public void An_unknown_keyword_gets_a_suggestion_when_one_is_close(string line, string message)
    {
        var compiled = Compile("plan A", "unit U", "task T \"t\"", "  lead U", "  " + line);
        Assert.Equal(message, Assert.Single(compiled.Diagnostics).Message);
    }

    [Theory]
    [InlineData("", "\"6月底前\"", true)]
    [InlineData("", "\"三季度\"", true)]
    [InlineData("", "\"2月29日前\"", true)]
    [InlineData("", "\"2025年6月底前\"", false)]
    [InlineData("", "\"长期坚持\"", false)]
    [InlineData("", "2024-06-30", false)]
    [InlineData("  year 2024", "\"6月底前\"", false)]
    [InlineData("  published 2024-04-01", "\"年底前\"", false)]
    public void WPL0015_a_worded_deadline_that_no_year_dates(string yearLine, string due, bool reported)
    {
        var compiled = Compile("plan A", yearLine, "unit U", "task T \"t\"", "  lead U", "  due " + due);
        Assert.Equal(reported ? new[] { "WPL0015 (6,7)-(6," + (7 + due.Length) + ")" } : System.Array.Empty<string>(), DiagnosticFormat.Describe(compiled.Diagnostics));
    }

    [Fact]
    public void After_an_unterminated_string_on_a_task_line_the_next_error_names_that_task()
    {
        var compiled = Compile("plan A", "unit U", "task T01 \"unterminated", "  lead U", "  issuer \"x\"");
        Assert.Equal(new[] { "WPL0001", "WPL0008" }, compiled.Diagnostics.Select(d => d.Id));
        Assert.Equal("'issuer' does not apply to task 'T01'; it applies to the plan only", compiled.Diagnostics[1].Message);
    }

    [Fact]
    public void WPL0007_the_plan_statement_first_and_once()
    {
        Assert.Equal(new[] { "WPL0007 (2,1)-(2,5)" }, Diagnostics("# header", "unit U", "task T \"t\""));
        var twice = Compile("plan A", "plan B");
        Assert.Equal("WPL0007 (2,1)-(2,5)", DiagnosticFormat.Describe(Assert.Single(twice.Diagnostics)));
        Assert.Equal("A plan file has one 'plan' statement; plan 'A' is declared at line 1", twice.Diagnostics[0].Message);
        Assert.Equal("WPL0007 (1,1)-(1,1)", DiagnosticFormat.Describe(Assert.Single(Compile("").Diagnostics)));
        Assert.Equal("WPL0007 (1,1)-(1,1)", DiagnosticFormat.Describe(Assert.Single(Compile("# only a comment", "").Diagnostics)));
        Assert.Null(Compile("unit U").Model);
    }

    [Fact]
    public void WPL0008_attributes_where_the_element_does_not_take_them_or_twice()
    {
        var compiled = Compile(
            "plan A \"t\"",
            "title \"again\"",
            "lead U",
            "target \"x\"",
            "unit U",
            "section S \"s\"",
            "  issuer \"i\"",
            "  tag x",
            "task T \"t\"",
            "  lead U",
            "  lead U",
            "  label \"(一)\"",
            "  label \"(二)\"",
            "  due 2024",
            "  due \"年底前\"",
            "  title \"t2\"",
            "  target \"a\"",
            "  target \"b\"",
            "  tag a",
            "  tag b");
        Assert.Equal(
            new[]
            {
                "WPL0008 (2,1)-(2,6)", "WPL0008 (3,1)-(3,5)", "WPL0008 (4,1)-(4,7)", "WPL0008 (7,3)-(7,9)", "WPL0008 (8,3)-(8,6)",
                "WPL0008 (11,3)-(11,7)", "WPL0008 (13,3)-(13,8)", "WPL0008 (15,3)-(15,6)", "WPL0008 (16,3)-(16,8)",
            },
            DiagnosticFormat.Describe(compiled.Diagnostics));
        Assert.Equal("'title' is already given for the plan at line 1", compiled.Diagnostics[0].Message);
        Assert.Equal("'lead' does not apply to the plan; it applies to sections, tasks and items", compiled.Diagnostics[1].Message);
        Assert.Equal("'issuer' does not apply to section 'S'; it applies to the plan only", compiled.Diagnostics[3].Message);
        Assert.Equal("'lead' is already given for task 'T' at line 10", compiled.Diagnostics[5].Message);
    }

    [Fact]
    public void WPL0008_an_item_with_no_task()
        => Assert.Equal(new[] { "WPL0008 (2,1)-(2,5)" }, Diagnostics("plan A", "item \"i\"", "  label \"x\""));

    [Fact]
    public void WPL0010_a_due_date_outside_the_plans_year()
    {
        var compiled = Compile("plan A", "year 2024", "unit U", "task T \"t\"", "  lead U", "  due 2025-01", "task T2 \"t\"", "  lead U", "  due \"2023年12月底前\"", "task T3 \"t\"", "  lead U", "  due \"9月底前\"");
        Assert.Equal(new[] { "WPL0010 (6,7)-(6,14)", "WPL0010 (9,7)-(9,19)" }, DiagnosticFormat.Describe(compiled.Diagnostics));
        Assert.Equal("Deadline 2025-01-31 is outside the plan's year 2024", compiled.Diagnostics[0].Message);
    }

    [Fact]
    public void Errors_in_several_places_are_all_reported_in_file_order()
    {
        var compiled = Compile("plan A", "task T \"t\"", "  lead Nobody", "  bogus line", "unit U", "unit U", "task T \"dup\"", "  lead U", "  support U");
        Assert.Equal(
            new[] { "WPL0004 (3,8)-(3,14)", "WPL0001 (4,3)-(4,8)", "WPL0005 (6,6)-(6,7)", "WPL0005 (7,6)-(7,7)", "WPL0006 (9,11)-(9,12)" },
            DiagnosticFormat.Describe(compiled.Diagnostics));
        Assert.True(compiled.HasErrors);
    }

    [Fact]
    public void A_malformed_opener_costs_one_diagnostic_not_one_per_line_after_it()
    {
        var compiled = Compile(
            "plan A",
            "unit 甲",
            "task T1 \"未结束",
            "  lead 甲",
            "  label \"(一)\"",
            "  item \"子项\"",
            "    due 2024",
            "section 1S \"坏的部分\"",
            "  lead 甲",
            "task T2 \"正常\"",
            "  lead 甲");
        Assert.Equal(new[] { "WPL0001 (3,9)-(3,13)", "WPL0001 (8,9)-(8,11)" }, DiagnosticFormat.Describe(compiled.Diagnostics));
        Assert.Equal(new[] { "T2" }, compiled.Model!.Tasks.Select(t => t.Id));
        Assert.Null(compiled.Model.Tasks[0].SectionId);

        var brokenPlan = Compile("plan 2024.Health", "unit 甲", "task T \"t\"", "  lead 甲");
        Assert.Equal(new[] { "WPL0001 (1,6)-(1,17)" }, DiagnosticFormat.Describe(brokenPlan.Diagnostics));
        Assert.Null(brokenPlan.Model);
    }

    [Fact]
    public void Models_are_values()
    {
        var text = RepositoryPaths.TestPlan("spec-example.wplan");
        var first = PlanCompiler.Compile(text);
        var second = PlanCompiler.Compile(text);
        Assert.Equal(first.Model, second.Model);
        Assert.Equal(first.Model!.GetHashCode(), second.Model!.GetHashCode());
        Assert.NotEqual(first.Model, PlanCompiler.Compile(text.Replace("4000", "4001")).Model);
    }
}
