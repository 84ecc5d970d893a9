using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkPlanDsl.Language.Syntax;

namespace WorkPlanDsl.LanguageServer.Grammar;

/// <summary>
/// The VS Code extension's TextMate grammar, made from the language's one keyword table so that the two cannot drift
/// apart: src/WorkPlanDsl.VsCode/syntaxes/wplan.tmLanguage.json is this text, and a test fails when it is not.
/// Every keyword gets <c>keyword.other.&lt;english keyword&gt;.wplan</c>, and each statement's arguments the scopes of
/// what they are (a unit declared, a unit referred to, a task id, a date, a string …).
/// </summary>
public static class TextMateGrammar
{
    public const string ScopeName = "source.wplan";

    // Leading white space as the parser skips it: Unicode spaces, the ideographic space and a BOM.
    private const string LineStart = @"^[\s\x{3000}\x{FEFF}]*";
    private const string WordEnd = @"(?![\p{L}\p{Nl}\p{Nd}_])";
    private const string WordStart = @"(?<![\p{L}\p{Nl}\p{Nd}_])";
    private const string Identifier = @"[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Nd}_]*";
    private const string Date = @"\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?" + @"(?![\w-])";

    public static string Generate()
    {
        var repository = new JsonObject
        {
            ["comment"] = Match(LineStart + "(#.*)$", ("1", "comment.line.number-sign.wplan")),
            ["text"] = Match(LineStart + @"(\|)(.*)$", ("1", "punctuation.definition.text.wplan"), ("2", "string.unquoted.text.wplan")),
            ["plan"] = Statement(StatementKind.Plan, Rule(Identifier + @"(?:\." + Identifier + ")*", "entity.name.namespace.plan.wplan"), Include("string")),
            ["unit"] = Statement(StatementKind.Unit, Include("alias"), Rule(Identifier, "entity.name.type.unit.wplan"), Include("string"), Include("separator")),
            ["group"] = Statement(StatementKind.Group, Include("alias"), Rule(Identifier, "entity.name.type.group.wplan"), Include("string"), Include("separator")),
            ["section"] = Statement(StatementKind.Section, Rule(Identifier, "entity.name.section.wplan"), Include("string")),
            ["task"] = Statement(StatementKind.Task, Rule(Identifier, "entity.name.function.task.wplan"), Include("string")),
            ["item"] = Statement(StatementKind.Item, Rule(Identifier, "entity.name.function.item.wplan"), Include("string")),
            ["lead"] = Statement(StatementKind.Lead, Include("no-lead"), Rule(Identifier, "variable.other.unit.wplan"), Include("separator"), Include("string")),
            ["support"] = Statement(StatementKind.Support, Rule(Identifier, "variable.other.unit.wplan"), Include("separator")),
            ["tag"] = Statement(StatementKind.Tag, Rule(Identifier, "entity.name.tag.wplan"), Include("separator")),
            ["due"] = Statement(StatementKind.Due, Include("string"), Include("date")),
            ["published"] = Statement(StatementKind.Published, Include("date")),
            ["year"] = Statement(StatementKind.Year, Rule(@"\d+", "constant.numeric.year.wplan")),
            ["target"] = Statement(
                StatementKind.Target,
                Include("string"),
                Rule("(?:>=|<=|≥|≤|=|>|<)", "keyword.operator.comparison.wplan"),
                Rule(@"-?\d+(?:\.\d+)?", "constant.numeric.wplan")),
            ["title"] = Statement(StatementKind.Title, Include("string")),
            ["issuer"] = Statement(StatementKind.Issuer, Include("string")),
            ["source"] = Statement(StatementKind.Source, Include("string")),
            ["label"] = Statement(StatementKind.Label, Include("string")),
            ["unknown"] = Match(LineStart + "(" + Identifier + ")", ("1", "invalid.illegal.unknown-keyword.wplan")),
            ["no-lead"] = Rule(@"\G[\s\x{3000}]*(?:" + string.Join("|", NoLeadWords) + ")" + WordEnd, "keyword.other.none.wplan"),
            ["alias"] = Rule(WordStart + "(" + Keywords.Alias + ")" + WordEnd, "keyword.other.alias.wplan"),
            ["separator"] = Rule("[,，、]", "punctuation.separator.list.wplan"),
            ["date"] = Rule(Date, "constant.numeric.date.wplan"),
            ["string"] = new JsonObject
            {
                ["name"] = "string.quoted.double.wplan",
                ["begin"] = "\"",
                ["end"] = "\"|$",
                ["patterns"] = new JsonArray(
                    Rule(@"\\(?:[""\\nt]|u[0-9A-Fa-f]{4})", "constant.character.escape.wplan"),
                    Rule(@"\\.?", "invalid.illegal.escape.wplan")),
            },
        };

        var order = new[] { "comment", "text" }
            .Concat(StatementOrder.Select(k => Keywords.Spelling(k)))
            .Append("unknown");
        var grammar = new JsonObject
        {
            ["name"] = "WPlan",
            ["scopeName"] = ScopeName,
            ["fileTypes"] = new JsonArray("wplan"),
            ["comment"] = "GENERATED from the keyword table (WorkPlanDsl.Language.Syntax.Keywords) by WorkPlanDsl.LanguageServer.Grammar.TextMateGrammar: do not edit. Regenerate: WORKPLAN_REGENERATE=1 dotnet test tests/WorkPlanDsl.Tests --filter FullyQualifiedName~GrammarTests",
            ["patterns"] = new JsonArray(order.Select(name => (JsonNode)Include(name)).ToArray()),
            ["repository"] = repository,
        };

        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return grammar.ToJsonString(options).Replace("\r\n", "\n") + "\n";
    }

    /// <summary>The words that say a task has no lead on purpose (<c>lead none</c>, <c>牵头 无</c>), each one <see cref="Keywords.IsNoLead"/> takes.</summary>
    public static IReadOnlyList<string> NoLeadWords { get; } = new[] { "none", "无" }.Where(Keywords.IsNoLead).ToArray();

    /// <summary>Every statement kind with a keyword, in the order the grammar tries them.</summary>
    public static IReadOnlyList<StatementKind> StatementOrder { get; } = Keywords.All.Select(k => k.Value).Distinct().ToArray();

    /// <summary>The scope each keyword of <paramref name="kind"/> gets.</summary>
    public static string KeywordScope(StatementKind kind) => "keyword.other." + Keywords.Spelling(kind) + ".wplan";

    private static JsonObject Statement(StatementKind kind, params JsonObject[] patterns)
    {
        var words = Keywords.All.Where(k => k.Value == kind).Select(k => k.Key);
        return new JsonObject
        {
            ["begin"] = LineStart + "(" + string.Join("|", words) + ")" + WordEnd,
            ["beginCaptures"] = new JsonObject { ["1"] = new JsonObject { ["name"] = KeywordScope(kind) } },
            ["end"] = "$",
            ["patterns"] = new JsonArray(patterns.Cast<JsonNode>().ToArray()),
        };
    }

    private static JsonObject Match(string pattern, params (string Group, string Scope)[] captures)
    {
        var names = new JsonObject();
        foreach (var (group, scope) in captures)
        {
            names[group] = new JsonObject { ["name"] = scope };
        }

        return new JsonObject { ["match"] = pattern, ["captures"] = names };
    }

    private static JsonObject Rule(string pattern, string scope) => new() { ["match"] = pattern, ["name"] = scope };

    private static JsonObject Include(string name) => new() { ["include"] = "#" + name };
}
