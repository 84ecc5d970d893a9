using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using WorkPlanDsl.Language.Diagnostics;
using WorkPlanDsl.Language.Syntax;
using WorkPlanDsl.Language.Text;

namespace WorkPlanDsl.Language.Formatting;

/// <summary>The canonical text of a plan, or the syntax errors that keep it from being formatted.</summary>
public sealed record FormatResult(string? Text, EquatableArray<PlanDiagnostic> Errors)
{
    public bool Succeeded => Text is not null;
}

/// <summary>
/// Rewrites a plan in canonical form without changing its meaning: two-space indentation by element, each element's
/// attributes in one order (title, label, lead, support, due, targets, tags, then text lines), strings quoted with
/// only the escapes they need, dates as YYYY-MM-DD (or YYYY-MM, YYYY), one blank line before each element. What is
/// typography rather than layout stays as the plan writes it: each list separator (<c>、</c>, <c>，</c> or <c>, </c>)
/// and whether a target's unit text follows its number with a space (<c>92%</c>, <c>4000 个</c>). Comments stay with
/// the statement they stand above; each keyword keeps the spelling it was written in (English or its Chinese alias).
/// Formatting is idempotent, and the result binds to the same model.
/// </summary>
public static class PlanFormatter
{
    public static FormatResult Format(string text, CancellationToken cancellationToken = default)
    {
        var tree = PlanParser.Parse(text, cancellationToken);
        if (!tree.Diagnostics.IsEmpty)
        {
            return new FormatResult(null, tree.Diagnostics);
        }

        var groups = GroupStatements(tree, out var trailing);
        var output = new StringBuilder();
        var previous = (GroupKind?)null;
        foreach (var group in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (previous is not null && (group.Kind != GroupKind.Declaration || previous != GroupKind.Declaration))
            {
                output.Append('\n');
            }

            var indent = group.Kind == GroupKind.Item ? 1 : 0;
            Write(output, tree, group.Opener, indent);
            foreach (var entry in group.Attributes.OrderBy(a => Rank(a.Statement.Kind)))
            {
                Write(output, tree, entry, indent + 1);
            }

            previous = group.Kind;
        }

        foreach (var comment in trailing)
        {
            output.Append(comment).Append('\n');
        }

        return new FormatResult(output.ToString(), default);
    }

    /// <summary>True when <paramref name="text"/> is already in canonical form (a text with syntax errors is not).</summary>
    public static bool IsCanonical(string text) => Format(text).Text is { } formatted && formatted == text.Replace("\r\n", "\n");

    private static List<Group> GroupStatements(PlanSyntaxTree tree, out List<string> trailing)
    {
        var comments = new List<string>();
        var entries = new List<Entry>();
        var statementsByLine = tree.Statements.ToDictionary(s => tree.Lines.LineOf(s.KeywordStart));
        for (var line = 0; line < tree.Lines.LineCount; line++)
        {
            var content = tree.Text.Substring(tree.Lines.LineStart(line), tree.Lines.LineEnd(line) - tree.Lines.LineStart(line)).Trim();
            if (line == 0)
            {
                content = content.TrimStart('\uFEFF').Trim();
            }

            if (statementsByLine.TryGetValue(line, out var statement))
            {
                entries.Add(new Entry(comments.ToArray(), statement));
                comments.Clear();
            }
            else if (content.StartsWith("#", System.StringComparison.Ordinal))
            {
                comments.Add(content);
            }
        }

        trailing = comments;
        var groups = new List<Group>();
        Group? current = null;
        foreach (var entry in entries)
        {
            var kind = entry.Statement.Kind switch
            {
                StatementKind.Plan => GroupKind.Plan,
                StatementKind.Section or StatementKind.Task => GroupKind.Element,
                StatementKind.Item => GroupKind.Item,
                StatementKind.Unit or StatementKind.Group => GroupKind.Declaration,
                _ => (GroupKind?)null,
            };

            if (kind is { } opens)
            {
                var group = new Group(opens, entry);
                groups.Add(group);
                if (opens != GroupKind.Declaration)
                {
                    current = group;
                }
            }
            else if (current is not null)
            {
                current.Attributes.Add(entry);
            }
            else
            {
                // Attributes before any element (the file lacks its plan statement): kept where they are.
                groups.Add(new Group(GroupKind.Declaration, entry));
            }
        }

        return groups;
    }

    private static int Rank(StatementKind kind) => kind switch
    {
        StatementKind.Title => 0,
        StatementKind.Issuer => 1,
        StatementKind.Published => 2,
        StatementKind.Year => 3,
        StatementKind.Source => 4,
        StatementKind.Label => 5,
        StatementKind.Lead => 6,
        StatementKind.Support => 7,
        StatementKind.Due => 8,
        StatementKind.Target => 9,
        StatementKind.Tag => 10,
        _ => 11,
    };

    private static void Write(StringBuilder output, PlanSyntaxTree tree, Entry entry, int indent)
    {
        var pad = new string(' ', indent * 2);
        foreach (var comment in entry.Comments)
        {
            output.Append(pad).Append(comment).Append('\n');
        }

        output.Append(pad).Append(Statement(tree, entry.Statement)).Append('\n');
    }

    private static string Statement(PlanSyntaxTree tree, StatementSyntax s)
    {
        var keyword = tree.Text.Substring(s.KeywordStart, s.KeywordLength);
        var parts = new List<string>();
        switch (s.Kind)
        {
            case StatementKind.Text:
                return s.Value!.Value.Value.Length == 0 ? "|" : "| " + s.Value.Value.Value;
            case StatementKind.Plan:
            case StatementKind.Section:
            case StatementKind.Task:
            case StatementKind.Item:
                Add(parts, s.Name?.Value);
                Add(parts, s.Value is { } title ? PlanText.Quote(title.Value) : null);
                break;
            case StatementKind.Unit:
            case StatementKind.Group:
                parts.Add(s.Name!.Value.Value);
                Add(parts, s.Value is { } fullName ? PlanText.Quote(fullName.Value) : null);
                if (!s.List.IsEmpty)
                {
                    parts.Add(Keywords.Alias + " " + List(tree, s.List));
                }

                break;
            case StatementKind.Lead when s.Name is { } none:
                parts.Add(none.Value);
                Add(parts, s.Value is { } reason ? PlanText.Quote(reason.Value) : null);
                break;
            case StatementKind.Lead:
            case StatementKind.Support:
            case StatementKind.Tag:
                parts.Add(List(tree, s.List));
                break;
            case StatementKind.Published:
            case StatementKind.Year:
                parts.Add(s.Kind == StatementKind.Published ? Date(s.Value!.Value.Value) : s.Value!.Value.Value);
                break;
            case StatementKind.Due:
                parts.Add(s.Value!.Value.Kind == TokenKind.String ? PlanText.Quote(s.Value.Value.Value) : Date(s.Value.Value.Value));
                break;
            case StatementKind.Target:
                parts.Add(PlanText.Quote(s.Value!.Value.Value));
                if (s.Operator is { } op)
                {
                    parts.Add(op.Value);

                    // 92% stays 92%, 4000 个 stays 4000 个: the unit text follows its number as the plan wrote it.
                    var number = s.Number!.Value;
                    parts.Add(s.Rest is { } rest ? number.Value + (rest.Start == number.End ? string.Empty : " ") + rest.Value : number.Value);
                }

                break;
            default:
                parts.Add(PlanText.Quote(s.Value!.Value.Value));
                break;
        }

        return parts.Count == 0 ? keyword : keyword + " " + string.Join(" ", parts);
    }

    /// <summary>
    /// A list with each separator as the plan wrote it, spaced one way: <c>、</c> and <c>，</c> (Chinese typography,
    /// no space), <c>, </c> (a space after). Each separator is kept, so a list may mix them as its document did.
    /// </summary>
    private static string List(PlanSyntaxTree tree, EquatableArray<SyntaxToken> items)
    {
        var output = new StringBuilder();
        SyntaxToken? previous = null;
        foreach (var item in items)
        {
            if (previous is { } before)
            {
                var separator = tree.Text.Substring(before.End, item.Start - before.End).Trim();
                output.Append(separator switch
                {
                    "、" => "、",
                    "，" => "，",
                    _ => ", ",
                });
            }

            output.Append(item.Value);
            previous = item;
        }

        return output.ToString();
    }

    private static void Add(List<string> parts, string? part)
    {
        if (part is not null)
        {
            parts.Add(part);
        }
    }

    // 2024-4-1 is written 2024-04-01; YYYY-MM and YYYY keep their precision, which is their meaning.
    private static string Date(string text)
    {
        var parts = text.Split('-');
        return string.Join("-", parts.Select((p, i) => i == 0 ? p : int.Parse(p, CultureInfo.InvariantCulture).ToString("D2", CultureInfo.InvariantCulture)));
    }

    private enum GroupKind
    {
        Plan,
        Element,
        Item,
        Declaration,
    }

    private sealed record Entry(string[] Comments, StatementSyntax Statement);

    private sealed class Group
    {
        public Group(GroupKind kind, Entry opener)
        {
            Kind = kind;
            Opener = opener;
        }

        public GroupKind Kind { get; }

        public Entry Opener { get; }

        public List<Entry> Attributes { get; } = new();
    }
}
