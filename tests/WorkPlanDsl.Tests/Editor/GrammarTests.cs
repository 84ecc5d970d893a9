using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TextMateSharp.Grammars;
using WorkPlanDsl.Language.Syntax;
using WorkPlanDsl.LanguageServer.Grammar;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.Editor;

/// <summary>The VS Code grammar: generated from the keyword table, and every token of the plans gets its scope.</summary>
public class GrammarTests
{
    private static readonly string GrammarPath = Path.Combine(RepositoryPaths.Root, "src", "WorkPlanDsl.VsCode", "syntaxes", "wplan.tmLanguage.json");

    private static readonly Lazy<IGrammar> Grammar = new(() => TextMateRegistry.Load(GrammarPath));

    public static TheoryData<string> Plans()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Plans, "*.wplan").Concat(Directory.EnumerateFiles(RepositoryPaths.TestPlans, "*.wplan")).OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Fact]
    public void The_grammar_file_is_the_one_generated_from_the_keyword_table()
    {
        var expected = TextMateGrammar.Generate();
        if (Environment.GetEnvironmentVariable("WORKPLAN_REGENERATE") == "1")
        {
            File.WriteAllText(GrammarPath, expected);
        }

        Assert.True(File.Exists(GrammarPath), GrammarPath + " is missing; regenerate it: WORKPLAN_REGENERATE=1 dotnet test --filter FullyQualifiedName~GrammarTests");
        Assert.True(expected == File.ReadAllText(GrammarPath), "The grammar and the keyword table have drifted apart; regenerate it: WORKPLAN_REGENERATE=1 dotnet test --filter FullyQualifiedName~GrammarTests");
    }

    [Fact]
    public void Every_keyword_and_alias_of_the_table_gets_its_keyword_scope_and_nothing_else_does()
    {
        foreach (var (word, kind) in Keywords.All)
        {
            var line = "\u3000 " + word + " x";
            Assert.Contains(TextMateGrammar.KeywordScope(kind), ScopesAt(line, 2));
        }

        Assert.Contains("invalid.illegal.unknown-keyword.wplan", ScopesAt("leed 甲", 0));
        Assert.Contains("invalid.illegal.unknown-keyword.wplan", ScopesAt("lead甲", 0));
        Assert.Contains("keyword.other.alias.wplan", ScopesAt("unit 甲 alias 乙", 8));
        Assert.Contains("entity.name.type.unit.wplan", ScopesAt("unit 甲 alias aliasX", 14));
        Assert.Contains("keyword.other.none.wplan", ScopesAt("  牵头 无 \"总体要求\"", 5));
        Assert.Contains("string.quoted.double.wplan", ScopesAt("  lead none \"reason\"", 13));
        Assert.Contains("variable.other.unit.wplan", ScopesAt("  lead noneX", 8));
        Assert.Contains("variable.other.unit.wplan", ScopesAt("  lead 甲, none", 11));
    }

    [Fact]
    public void Strings_escapes_and_characters_beyond_the_basic_plane_are_scoped_by_UTF16_index()
    {
        var line = "task 𠀀T \"a\\\"b\\q“c”\"";
        Assert.Contains("entity.name.function.task.wplan", ScopesAt(line, 5));
        Assert.Contains("entity.name.function.task.wplan", ScopesAt(line, 7));
        Assert.Contains("string.quoted.double.wplan", ScopesAt(line, 9));
        Assert.Contains("constant.character.escape.wplan", ScopesAt(line, 11));
        Assert.Contains("invalid.illegal.escape.wplan", ScopesAt(line, 14));
        Assert.Contains("string.quoted.double.wplan", ScopesAt(line, line.Length - 1));
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Every_keyword_alias_string_comment_date_number_and_reference_of_a_plan_gets_its_scope(string plan)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, plan));
        var tree = PlanParser.Parse(text);
        Assert.Empty(tree.Diagnostics);
        var lines = Tokenize(tree);
        var checkedTokens = 0;

        void Expect(int offset, int length, string scope)
        {
            var line = tree.Lines.LineOf(offset);
            var column = offset - tree.Lines.LineStart(line);
            foreach (var at in new[] { column, column + length - 1 }.Distinct())
            {
                var scopes = ScopesAt(lines[line], at);
                Assert.True(scopes.Contains(scope), plan + " line " + (line + 1) + " column " + (at + 1) + " ('" + text.Substring(offset, length) + "'): expected " + scope + ", got " + string.Join(" ", scopes));
            }

            checkedTokens++;
        }

        foreach (var statement in tree.Statements)
        {
            var kind = statement.Kind;
            Expect(statement.KeywordStart, statement.KeywordLength, kind == StatementKind.Text ? "punctuation.definition.text.wplan" : TextMateGrammar.KeywordScope(kind));
            if (statement.Name is { } name)
            {
                Expect(name.Start, name.Length, kind switch
                {
                    StatementKind.Lead => "keyword.other.none.wplan",
                    StatementKind.Plan => "entity.name.namespace.plan.wplan",
                    StatementKind.Unit => "entity.name.type.unit.wplan",
                    StatementKind.Group => "entity.name.type.group.wplan",
                    StatementKind.Section => "entity.name.section.wplan",
                    StatementKind.Task => "entity.name.function.task.wplan",
                    _ => "entity.name.function.item.wplan",
                });
            }

            if (statement.Value is { Length: > 0 } value)
            {
                Expect(value.Start, value.Length, value.Kind switch
                {
                    TokenKind.String => "string.quoted.double.wplan",
                    TokenKind.Date => "constant.numeric.date.wplan",
                    TokenKind.Number => "constant.numeric.year.wplan",
                    _ => "string.unquoted.text.wplan",
                });
            }

            foreach (var token in statement.List)
            {
                Expect(token.Start, token.Length, kind switch
                {
                    StatementKind.Lead or StatementKind.Support => "variable.other.unit.wplan",
                    StatementKind.Unit => "entity.name.type.unit.wplan",
                    StatementKind.Group => "entity.name.type.group.wplan",
                    _ => "entity.name.tag.wplan",
                });
            }

            if (statement.Operator is { } op)
            {
                Expect(op.Start, op.Length, "keyword.operator.comparison.wplan");
            }

            if (statement.Number is { } number)
            {
                Expect(number.Start, number.Length, "constant.numeric.wplan");
            }
        }

        for (var line = 0; line < lines.Count; line++)
        {
            var hash = lines[line].TrimStart().StartsWith('#') ? lines[line].IndexOf('#') : -1;
            if (hash >= 0)
            {
                Expect(tree.Lines.LineStart(line) + hash, lines[line].Length - hash, "comment.line.number-sign.wplan");
            }
        }

        Assert.True(checkedTokens > 50, plan + ": only " + checkedTokens + " tokens checked");
    }

    private static List<string> Tokenize(PlanSyntaxTree tree)
    {
        var lines = new List<string>();
        for (var line = 0; line < tree.Lines.LineCount; line++)
        {
            lines.Add(tree.Text.Substring(tree.Lines.LineStart(line), tree.Lines.LineEnd(line) - tree.Lines.LineStart(line)));
        }

        return lines;
    }

    private static List<string> ScopesAt(string line, int column)
    {
        var result = Grammar.Value.TokenizeLine(line, null, TimeSpan.MaxValue);
        var token = result.Tokens.FirstOrDefault(t => t.StartIndex <= column && column < t.EndIndex);
        return token?.Scopes ?? new List<string>();
    }
}
