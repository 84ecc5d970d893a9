using System.Collections.Generic;
using WorkPlanDsl.Language.Syntax;
using WorkPlanDsl.LanguageServer.Analysis;
using WorkPlanDsl.LanguageServer.Protocol;

namespace WorkPlanDsl.LanguageServer.Features;

/// <summary>
/// Semantic tokens: what the parser and the names resolved by the binder's rules say each token is, so that a lead
/// naming a group colours as a group and a misspelt reference as no declared name.
/// </summary>
internal static class SemanticTokensFeature
{
    public static readonly string[] TokenTypes =
    {
        "keyword", "namespace", "class", "enum", "struct", "function", "method", "string", "number", "operator", "comment", "decorator", "variable",
    };

    public static readonly string[] TokenModifiers = { "declaration" };

    private const int Keyword = 0, Namespace = 1, Class = 2, Enum = 3, Struct = 4, Function = 5, Method = 6, String = 7, Number = 8, Operator = 9, Comment = 10, Decorator = 11, Variable = 12;

    public static SemanticTokens Tokens(PlanAnalysis analysis)
    {
        var tokens = new List<(int Start, int Length, int Type, int Modifiers)>();
        var statements = analysis.Tree.Statements;
        var next = 0;
        for (var line = 0; line < analysis.Positions.LineCount; line++)
        {
            var lineEnd = analysis.Positions.LineEnd(line);
            if (OutlineFeature.IsComment(analysis, line))
            {
                var hash = analysis.Text.IndexOf('#', analysis.Positions.LineStart(line), lineEnd - analysis.Positions.LineStart(line));
                tokens.Add((hash, lineEnd - hash, Comment, 0));
                continue;
            }

            while (next < statements.Count && statements[next].KeywordStart <= lineEnd)
            {
                Add(analysis, statements[next++], tokens);
            }
        }

        var data = new List<int>(tokens.Count * 5);
        int previousLine = 0, previousStart = 0;
        foreach (var (start, length, type, modifiers) in tokens)
        {
            var position = analysis.Positions.PositionOf(start);
            var deltaLine = position.Line - previousLine;
            data.Add(deltaLine);
            data.Add(deltaLine == 0 ? position.Character - previousStart : position.Character);
            data.Add(length);
            data.Add(type);
            data.Add(modifiers);
            previousLine = position.Line;
            previousStart = position.Character;
        }

        return new SemanticTokens(data);
    }

    private static void Add(PlanAnalysis analysis, StatementSyntax statement, List<(int, int, int, int)> tokens)
    {
        var kind = statement.Kind;
        tokens.Add((statement.KeywordStart, statement.KeywordLength, kind == StatementKind.Text ? Operator : Keyword, 0));
        if (statement.IsBroken || kind == StatementKind.Text)
        {
            return;
        }

        if (statement.Name is { } name)
        {
            var type = kind switch
            {
                StatementKind.Lead => Keyword,
                StatementKind.Plan => Namespace,
                StatementKind.Unit => Class,
                StatementKind.Group => Enum,
                StatementKind.Section => Struct,
                StatementKind.Task => Function,
                _ => Method,
            };
            tokens.Add((name.Start, name.Length, type, kind == StatementKind.Lead ? 0 : 1));
        }

        if (statement.Value is { } value)
        {
            tokens.Add((value.Start, value.Length, value.Kind == TokenKind.String ? String : Number, 0));
        }

        if (kind is StatementKind.Unit or StatementKind.Group && !statement.List.IsEmpty)
        {
            var aliasWord = analysis.Text.LastIndexOf(Keywords.Alias, statement.List[0].Start, System.StringComparison.Ordinal);
            if (aliasWord >= 0)
            {
                tokens.Add((aliasWord, Keywords.Alias.Length, Keyword, 0));
            }

            foreach (var alias in statement.List)
            {
                tokens.Add((alias.Start, alias.Length, kind == StatementKind.Unit ? Class : Enum, 1));
            }
        }

        if (kind is StatementKind.Lead or StatementKind.Support)
        {
            foreach (var reference in statement.List)
            {
                var type = analysis.Symbols.UnitNames.TryGetValue(reference.Value, out var unit) ? (unit.Kind == PlanSymbolKind.Group ? Enum : Class) : Variable;
                tokens.Add((reference.Start, reference.Length, type, 0));
            }
        }

        if (kind == StatementKind.Tag)
        {
            foreach (var tag in statement.List)
            {
                tokens.Add((tag.Start, tag.Length, Decorator, 0));
            }
        }

        if (statement.Operator is { } op)
        {
            tokens.Add((op.Start, op.Length, Operator, 0));
        }

        if (statement.Number is { } number)
        {
            tokens.Add((number.Start, number.Length, Number, 0));
        }
    }
}
