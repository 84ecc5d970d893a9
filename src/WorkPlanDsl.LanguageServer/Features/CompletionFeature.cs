using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Language.Binding;
using WorkPlanDsl.Language.Syntax;
using WorkPlanDsl.LanguageServer.Analysis;
using WorkPlanDsl.LanguageServer.Protocol;

namespace WorkPlanDsl.LanguageServer.Features;

/// <summary>
/// Completion by position: keywords and their aliases at the start of a line, declared units and groups after
/// lead/support (牵头/配合), worded deadlines after due (时限). Elsewhere nothing, rather than noise.
/// </summary>
internal static class CompletionFeature
{
    // The deadlines the published plans use most; those the plan itself already uses come first.
    private static readonly string[] CommonDeadlines =
    {
        "年底前", "6月底前", "上半年", "下半年", "一季度", "二季度", "三季度", "四季度", "3月底前", "9月底前", "10月底前", "11月底前", "年内", "长期坚持", "持续推进",
    };

    public static CompletionList Complete(PlanAnalysis analysis, Position position)
    {
        var offset = analysis.Positions.OffsetOf(position);
        var line = analysis.Positions.LineOf(offset);
        var lineStart = analysis.Positions.LineStart(line);
        var text = analysis.Text;

        var first = lineStart;
        if (first < text.Length && text[first] == '\uFEFF')
        {
            first++;
        }

        while (first < offset && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        if (first < offset && text[first] is '#' or '|')
        {
            return Empty;
        }

        var wordEnd = first;
        while (wordEnd < text.Length && CharClass.IsIdentifierPart(text, wordEnd))
        {
            wordEnd += CharClass.CharWidth(text, wordEnd);
        }

        if (offset <= wordEnd)
        {
            return Keywords(analysis, first, offset);
        }

        if (!Language.Syntax.Keywords.TryGetKind(text, first, wordEnd - first, out var kind))
        {
            return Empty;
        }

        return kind switch
        {
            StatementKind.Lead or StatementKind.Support => Units(analysis, kind, wordEnd, offset),
            StatementKind.Due => Deadlines(analysis, wordEnd, offset),
            _ => Empty,
        };
    }

    private static CompletionList Empty { get; } = new(false, System.Array.Empty<CompletionItem>());

    private static CompletionList Keywords(PlanAnalysis analysis, int start, int offset)
    {
        var range = analysis.Positions.RangeOf(start, offset - start);
        var items = Language.Syntax.Keywords.All.Select((entry, i) => new CompletionItem(entry.Key, CompletionItemKinds.Keyword)
        {
            Detail = Pair(entry.Value),
            Documentation = KeywordForms.Form(entry.Value),
            SortText = i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture),
            TextEdit = new TextEdit(range, entry.Key),
        }).ToList();
        return new CompletionList(false, items);
    }

    private static string Pair(StatementKind kind)
    {
        var words = Language.Syntax.Keywords.All.Where(e => e.Value == kind).Select(e => e.Key);
        return string.Join(" · ", words);
    }

    private static CompletionList Units(PlanAnalysis analysis, StatementKind kind, int afterKeyword, int offset)
    {
        var text = analysis.Text;
        var start = WordStart(text, afterKeyword, offset);

        // The units the statement names already are not offered again.
        var symbols = analysis.Symbols;
        var listed = new HashSet<string>(System.StringComparer.Ordinal);
        var lineEnd = analysis.Positions.LineEnd(analysis.Positions.LineOf(offset));
        foreach (var symbol in symbols.Between(afterKeyword, lineEnd).Where(s => s.End < start || s.Start > offset))
        {
            listed.Add(symbol.Key);
        }

        var range = analysis.Positions.RangeOf(start, offset - start);
        var items = new List<CompletionItem>();
        foreach (var pair in symbols.UnitNames)
        {
            var (id, unitKind) = pair.Value;
            if (listed.Contains(id))
            {
                continue;
            }

            var declaration = symbols.UnitDeclarations[id];
            var fullName = declaration.Value?.Value;
            var isGroup = unitKind == PlanSymbolKind.Group;
            var what = (isGroup ? "group" : "unit") + (pair.Key == id ? string.Empty : ", alias of " + id);
            items.Add(new CompletionItem(pair.Key, isGroup ? CompletionItemKinds.Enum : CompletionItemKinds.Class)
            {
                Detail = fullName is null ? what : fullName + " (" + what + ")",
                // A lead should be a unit: groups come after units there (WPL0003).
                SortText = (kind == StatementKind.Lead && isGroup ? "1" : "0") + (pair.Key == id ? "0" : "1") + pair.Key,
                TextEdit = new TextEdit(range, pair.Key),
            });
        }

        return new CompletionList(false, items);
    }

    /// <summary>Where the identifier that ends at <paramref name="offset"/> starts; letters beyond the basic plane are two code units.</summary>
    private static int WordStart(string text, int limit, int offset)
    {
        var start = offset;
        while (start > limit)
        {
            if (start - 2 >= limit && char.IsLowSurrogate(text[start - 1]) && char.IsHighSurrogate(text[start - 2]) && CharClass.IsIdentifierPart(text, start - 2))
            {
                start -= 2;
            }
            else if (!char.IsSurrogate(text[start - 1]) && CharClass.IsIdentifierPart(text, start - 1))
            {
                start--;
            }
            else
            {
                break;
            }
        }

        return start;
    }

    private static CompletionList Deadlines(PlanAnalysis analysis, int afterKeyword, int offset)
    {
        var text = analysis.Text;
        var start = afterKeyword;
        while (start < offset && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        // Inside the words (`due "6月` …) or right after the keyword; not after a complete date or string.
        if (start < offset && (text[start] != '"' || text.IndexOf('"', start + 1, offset - start - 1) >= 0))
        {
            return Empty;
        }

        var lineEnd = analysis.Positions.LineEnd(analysis.Positions.LineOf(offset));
        var end = start < offset && lineEnd > offset && text.IndexOf('"', offset, lineEnd - offset) is var close and >= 0 ? close + 1 : offset;
        var range = analysis.Positions.RangeOf(start, end - start);
        var year = analysis.Model?.Year ?? analysis.Model?.Published?.Year;

        var used = analysis.Tree.Statements
            .Where(s => s.Kind == StatementKind.Due && s.Value is { Kind: TokenKind.String })
            .GroupBy(s => s.Value!.Value.Value, System.StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, System.StringComparer.Ordinal)
            .Select(g => g.Key);

        var items = new List<CompletionItem>();
        foreach (var words in used.Concat(CommonDeadlines).Distinct(System.StringComparer.Ordinal))
        {
            var date = DeadlineReader.Read(words, year);
            var quoted = PlanText.Quote(words);
            items.Add(new CompletionItem(words, CompletionItemKinds.Value)
            {
                Detail = date is { } d ? d.ToString() : "no date",
                SortText = items.Count.ToString("D3", System.Globalization.CultureInfo.InvariantCulture),
                FilterText = quoted,
                TextEdit = new TextEdit(range, quoted),
            });
        }

        return new CompletionList(false, items);
    }
}
