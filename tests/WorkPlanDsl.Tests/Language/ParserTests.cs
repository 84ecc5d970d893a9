using System.Linq;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Syntax;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Language;

public class ParserTests
{
    private static StatementSyntax Single(string line)
    {
        var tree = PlanParser.Parse(line);
        Assert.Empty(tree.Diagnostics);
        return Assert.Single(tree.Statements);
    }

    private static string Error(string text)
    {
        var tree = PlanParser.Parse(text);
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("WPL0001", diagnostic.Id);
        return DiagnosticFormat.Describe(diagnostic) + " " + diagnostic.Message;
    }

    [Theory]
    [InlineData("plan", StatementKind.Plan)]
    [InlineData("计划", StatementKind.Plan)]
    [InlineData("title", StatementKind.Title)]
    [InlineData("标题", StatementKind.Title)]
    [InlineData("issuer", StatementKind.Issuer)]
    [InlineData("发文单位", StatementKind.Issuer)]
    [InlineData("source", StatementKind.Source)]
    [InlineData("来源", StatementKind.Source)]
    [InlineData("label", StatementKind.Label)]
    [InlineData("编号", StatementKind.Label)]
    public void Keywords_and_their_aliases_take_a_string(string keyword, StatementKind kind)
    {
        var argument = kind == StatementKind.Plan ? "A.B \"x\"" : "\"x\"";
        var statement = Single(keyword + " " + argument);
        Assert.Equal(kind, statement.Kind);
        Assert.Equal("x", statement.Value!.Value.Value);
    }

    [Theory]
    [InlineData("unit 体改科", StatementKind.Unit)]
    [InlineData("单位 体改科", StatementKind.Unit)]
    [InlineData("group 体改科", StatementKind.Group)]
    [InlineData("群组 体改科", StatementKind.Group)]
    [InlineData("section 体改科 \"t\"", StatementKind.Section)]
    [InlineData("部分 体改科 \"t\"", StatementKind.Section)]
    [InlineData("task 体改科 \"t\"", StatementKind.Task)]
    [InlineData("任务 体改科 \"t\"", StatementKind.Task)]
    [InlineData("item 体改科 \"t\"", StatementKind.Item)]
    [InlineData("子项 体改科 \"t\"", StatementKind.Item)]
    public void Declarations_and_openers_take_an_identifier(string line, StatementKind kind)
    {
        var statement = Single(line);
        Assert.Equal(kind, statement.Kind);
        Assert.Equal("体改科", statement.Name!.Value.Value);
    }

    [Theory]
    [InlineData("lead A, B，C、D", StatementKind.Lead)]
    [InlineData("牵头 A,B ， C 、 D", StatementKind.Lead)]
    [InlineData("support A、B、C、D", StatementKind.Support)]
    [InlineData("配合 A,B,C,D", StatementKind.Support)]
    [InlineData("tag A B", null)]
    [InlineData("标签 A，B，C，D", StatementKind.Tag)]
    public void Lists_take_all_three_separators(string line, StatementKind? kind)
    {
        if (kind is null)
        {
            Error(line);
            return;
        }

        var statement = Single(line);
        Assert.Equal(kind, statement.Kind);
        Assert.Equal(new[] { "A", "B", "C", "D" }, statement.List.Select(t => t.Value));
    }

    [Fact]
    public void Plan_takes_a_dotted_name_and_an_optional_title()
    {
        var statement = Single("plan Zhuzhou.Health2024 \"2024年方案\"");
        Assert.Equal("Zhuzhou.Health2024", statement.Name!.Value.Value);
        Assert.Equal(5, statement.Name.Value.Start);
        Assert.Equal(18, statement.Name.Value.Length);
        Assert.Equal("2024年方案", statement.Value!.Value.Value);
        Assert.Null(Single("plan A").Value);
    }

    [Fact]
    public void Unit_takes_a_full_name_and_aliases()
    {
        var statement = Single("unit 办公室 \"办公室(对外合作交流处)\" alias 办, 外事处");
        Assert.Equal("办公室(对外合作交流处)", statement.Value!.Value.Value);
        Assert.Equal(new[] { "办", "外事处" }, statement.List.Select(t => t.Value));
        Assert.Equal(new[] { "规信科" }, Single("unit 规划信息科 alias 规信科").List.Select(t => t.Value));
    }

    [Theory]
    [InlineData("published 2024-04-01", "2024-04-01")]
    [InlineData("发布日期 2024-4-1", "2024-4-1")]
    [InlineData("year 2024", "2024")]
    [InlineData("年度 2024", "2024")]
    [InlineData("due 2024-12", "2024-12")]
    [InlineData("时限 2024", "2024")]
    [InlineData("due \"6月底前\"", "6月底前")]
    public void Dates_years_and_deadlines(string line, string value)
        => Assert.Equal(value, Single(line).Value!.Value.Value);

    [Theory]
    [InlineData("target \"托位\" = 4000 个", "=", "4000", "个")]
    [InlineData("目标 \"比例\" >= 80 %", ">=", "80", "%")]
    [InlineData("target \"比例\" ≥ 80%", ">=", "80", "%")]
    [InlineData("target \"死亡率\" <= 8 /10万", "<=", "8", "/10万")]
    [InlineData("target \"死亡率\" ≤8.5‰", "<=", "8.5", "‰")]
    [InlineData("target \"x\" > -1.25", ">", "-1.25", null)]
    [InlineData("target \"x\" < 3", "<", "3", null)]
    public void Targets_take_a_comparison_number_and_unit_text(string line, string op, string number, string? unit)
    {
        var statement = Single(line);
        Assert.Equal(op, statement.Operator!.Value.Value);
        Assert.Equal(number, statement.Number!.Value.Value);
        Assert.Equal(unit, statement.Rest?.Value);
    }

    [Fact]
    public void Target_without_a_number_is_just_a_metric()
    {
        var statement = Single("target \"完成医共体建设\"");
        Assert.Null(statement.Operator);
        Assert.Equal("完成医共体建设", statement.Value!.Value.Value);
    }

    [Theory]
    [InlineData("| 文本", "文本")]
    [InlineData("|文本", "文本")]
    [InlineData("|   缩进  ", "  缩进")]
    [InlineData("|", "")]
    [InlineData("  | a | b # c", "a | b # c")]
    public void Text_lines_drop_one_space_after_the_bar(string line, string text)
        => Assert.Equal(text, Single(line).Value!.Value.Value);

    [Theory]
    [InlineData(@"title ""a\""b""", "a\"b")]
    [InlineData(@"title ""a\\b""", "a\\b")]
    [InlineData(@"title ""a\nb\tc""", "a\nb\tc")]
    [InlineData(@"title ""\u4F53改""", "体改")]
    [InlineData("title \"“三医”\"", "“三医”")]
    public void Strings_decode_escapes(string line, string value)
        => Assert.Equal(value, Single(line).Value!.Value.Value);

    [Fact]
    public void Comments_blank_lines_and_a_bom_are_ignored()
    {
        var tree = PlanParser.Parse("\uFEFF# comment\n\n   \t\n  # indented comment\r\nplan A\r\n");
        Assert.Empty(tree.Diagnostics);
        Assert.Equal(StatementKind.Plan, Assert.Single(tree.Statements).Kind);
    }

    [Fact]
    public void Lone_carriage_returns_end_lines_too()
    {
        var tree = PlanParser.Parse("plan A\runit B\r\nunit C\n");
        Assert.Equal(3, tree.Statements.Count);
        Assert.Equal(2, tree.Lines.LineOf(tree.Statements[2].KeywordStart));
    }

    [Theory]
    [InlineData("frobnicate x", "WPL0001 (1,1)-(1,11) unknown keyword 'frobnicate'")]
    [InlineData("  (一) 总体要求", "WPL0001 (1,3)-(1,6) expected a keyword")]
    [InlineData("title 总体", "WPL0001 (1,7)-(1,9) expected a quoted title, found '总体'")]
    [InlineData("title \"总体", "WPL0001 (1,7)-(1,10) unterminated string")]
    [InlineData("title \"a\\qb\"", "WPL0001 (1,9)-(1,11) unknown escape '\\q'")]
    [InlineData("title \"a\\u12\"", "WPL0001 (1,9)-(1,14) '\\u' must be followed by four hexadecimal digits")]
    [InlineData("title \"a\" \"b\"", "WPL0001 (1,11)-(1,14) unexpected '\"b\"' at the end of the title statement")]
    [InlineData("published 2024-13-01", "WPL0001 (1,11)-(1,21) '2024-13-01' is not a date")]
    [InlineData("published 2023-02-29", "WPL0001 (1,11)-(1,21) '2023-02-29' is not a date")]
    [InlineData("due 6月底前", "WPL0001 (1,5)-(1,9) '6月底前' is not a date")]
    [InlineData("year 24", "WPL0001 (1,6)-(1,8) '24' is not a year")]
    [InlineData("year", "WPL0001 (1,5)-(1,5) expected a year such as 2024")]
    [InlineData("lead", "WPL0001 (1,5)-(1,5) expected a unit or group at the end of the line")]
    [InlineData("lead A,", "WPL0001 (1,8)-(1,8) expected a unit or group at the end of the line")]
    [InlineData("lead 医联(共)体", "WPL0001 (1,6)-(1,12) '医联(共)体' is not an identifier")]
    [InlineData("task \"无编号\"", "WPL0001 (1,6)-(1,11) expected a task identifier, found '\"无编号\"'")]
    [InlineData("task 1T \"t\"", "WPL0001 (1,6)-(1,8) expected a task identifier, found '1T'")]
    [InlineData("plan Zhuzhou.", "WPL0001 (1,14)-(1,14) expected an identifier after '.' at the end of the line")]
    [InlineData("unit A B", "WPL0001 (1,8)-(1,9) expected a quoted full name or 'alias' after 'A', found 'B'")]
    [InlineData("target \"x\" ~ 3", "WPL0001 (1,12)-(1,13) expected a comparison")]
    [InlineData("target \"x\" >= many", "WPL0001 (1,15)-(1,19) expected a number after the comparison, found 'many'")]
    [InlineData("target \"x\" >= 99999999999999999999999999999999", "WPL0001 (1,15)-(1,47) '999999999999999999999999…' is out of range for a number")]
    [InlineData("use Zhuzhou.Units", "WPL0001 (1,1)-(1,4) 'use' (shared directories, WPlan 1.1) is not supported")]
    public void Malformed_lines_get_one_precise_diagnostic(string line, string expected)
        => Assert.StartsWith(expected, Error(line));

    // A letter beyond the basic plane is a letter: messages show it as written, and cut names between characters.
    [Fact]
    public void Messages_show_letters_beyond_the_basic_plane_as_written()
    {
        Assert.Contains("'\U00020000(共)' is not an identifier", Error("lead \U00020000(共)"));
        var tooLong = Error("task T" + string.Concat(Enumerable.Repeat("\U00020000", 200)) + " \"t\"");
        Assert.Contains("'T" + string.Concat(Enumerable.Repeat("\U00020000", 12)) + "…' is too long for an identifier: 401 characters, at most 250", tooLong);
        Assert.DoesNotContain("\\uD8", tooLong);
        Assert.Contains("found '\\uD800x'", Error("lead \uD800x"));
    }

    [Fact]
    public void A_bad_line_costs_one_diagnostic_and_parsing_goes_on()
    {
        var tree = PlanParser.Parse(string.Join("\n",
            "plan A.B",
            "unit 体改科 \"unterminated",
            "task T01 \"ok\"",
            "  lead 体改科,",
            "  bogus",
            "  due 2024-02-30",
            "task T02 \"ok\"",
            "  | 文本"));
        Assert.Equal(
            new[] { "WPL0001 (2,10)-(2,23)", "WPL0001 (4,12)-(4,12)", "WPL0001 (5,3)-(5,8)", "WPL0001 (6,7)-(6,17)" },
            DiagnosticFormat.Describe(tree.Diagnostics));
        Assert.Equal(
            new[] { StatementKind.Plan, StatementKind.Task, StatementKind.Task, StatementKind.Text },
            tree.Statements.Where(s => !s.IsBroken).Select(s => s.Kind));
        Assert.Equal(
            new[] { StatementKind.Unit, StatementKind.Lead, StatementKind.Due },
            tree.Statements.Where(s => s.IsBroken).Select(s => s.Kind));
    }

    [Fact]
    public void Identifiers_follow_the_unicode_rules()
    {
        Assert.True(CharClass.IsIdentifier("体改科"));
        Assert.True(CharClass.IsIdentifier("T01"));
        Assert.True(CharClass.IsIdentifier("_x"));
        Assert.True(CharClass.IsIdentifier("医联体建设"));
        Assert.True(CharClass.IsIdentifier("Ⅻ区"));
        Assert.True(CharClass.IsIdentifier("𠀀科"));
        Assert.False(CharClass.IsIdentifier("医联(共)体"));
        Assert.False(CharClass.IsIdentifier("1号"));
        Assert.False(CharClass.IsIdentifier("a-b"));
        Assert.False(CharClass.IsIdentifier(""));
    }

    [Fact]
    public void Token_spans_are_exact()
    {
        const string line = "  support 人事科、基药办 ,  各县市区卫生健康局";
        var statement = Single(line);
        Assert.Equal(2, statement.KeywordStart);
        Assert.Equal(7, statement.KeywordLength);
        foreach (var token in statement.List)
        {
            Assert.Equal(token.Value, line.Substring(token.Start, token.Length));
        }
    }
}
