using System.Collections.Generic;
using System.Linq;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Syntax;
using WorkPlanDsl.LanguageServer.Analysis;
using WorkPlanDsl.LanguageServer.Protocol;

namespace WorkPlanDsl.LanguageServer.Features;

/// <summary>
/// The outline (sections → tasks → items, and the units and groups), folding ranges and workspace symbols, from the
/// bound model: each element's ids are the ones the generator gives it (an unnamed item is T03_2), its range runs from
/// its opening line to the last statement that belongs to it.
/// </summary>
internal static class OutlineFeature
{
    public static IReadOnlyList<DocumentSymbol> DocumentSymbols(PlanAnalysis analysis)
    {
        if (analysis.Model is not { } model)
        {
            return System.Array.Empty<DocumentSymbol>();
        }

        var extents = Extents.Of(analysis);
        var result = new List<DocumentSymbol>();
        var units = model.Units.Select(u => new DocumentSymbol(
                u.Id, u.Kind == UnitModelKind.Group ? SymbolKinds.Enum : SymbolKinds.Class, extents.LineRange(u.Location.Start), analysis.Positions.RangeOf(u.Location), System.Array.Empty<DocumentSymbol>())
            { Detail = u.FullName ?? (u.Kind == UnitModelKind.Group ? "group" : "unit") })
            .ToList();
        if (units.Count > 0)
        {
            result.Add(new DocumentSymbol("units and groups", SymbolKinds.Package, new Range(units.Select(u => u.Range.Start).Min(PositionOrder.Instance)!, units.Select(u => u.Range.End).Max(PositionOrder.Instance)!), units[0].SelectionRange, units)
            {
                Detail = units.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        var sections = new List<(SectionModel Model, List<DocumentSymbol> Tasks)>();
        foreach (var section in model.Sections)
        {
            sections.Add((section, new List<DocumentSymbol>()));
        }

        foreach (var task in model.Tasks)
        {
            var items = task.Items.Select(i => new DocumentSymbol(i.Id, SymbolKinds.Field, extents.RangeOf(i.Location.Start), analysis.Positions.RangeOf(i.Location), System.Array.Empty<DocumentSymbol>())
            {
                Detail = i.Label + i.Title,
            }).ToList();
            var symbol = new DocumentSymbol(task.Id, SymbolKinds.Function, extents.RangeOf(task.Location.Start), analysis.Positions.RangeOf(task.Location), items)
            {
                Detail = task.Label + task.Title,
            };

            // A task belongs to the section opened last before it.
            var owner = sections.LastOrDefault(s => s.Model.Location.Start < task.Location.Start);
            if (owner.Tasks is null)
            {
                result.Add(symbol);
            }
            else
            {
                owner.Tasks.Add(symbol);
            }
        }

        foreach (var (section, tasks) in sections)
        {
            result.Add(new DocumentSymbol(section.Id, SymbolKinds.Module, extents.RangeOf(section.Location.Start), analysis.Positions.RangeOf(section.Location), tasks)
            {
                Detail = section.Label + section.Title,
            });
        }

        return result.OrderBy(s => s.Range.Start, PositionOrder.Instance).ToList();
    }

    public static IReadOnlyList<FoldingRange> FoldingRanges(PlanAnalysis analysis)
    {
        var ranges = new List<FoldingRange>();
        var extents = Extents.Of(analysis);
        foreach (var (start, end) in extents.Elements)
        {
            var startLine = analysis.Positions.LineOf(start);
            var endLine = analysis.Positions.LineOf(end);
            if (endLine > startLine)
            {
                ranges.Add(new FoldingRange(startLine, endLine));
            }
        }

        // Runs of comment lines fold as comments.
        var runStart = -1;
        for (var line = 0; line <= analysis.Positions.LineCount; line++)
        {
            var isComment = line < analysis.Positions.LineCount && IsComment(analysis, line);
            if (isComment && runStart < 0)
            {
                runStart = line;
            }
            else if (!isComment && runStart >= 0)
            {
                if (line - 1 > runStart)
                {
                    ranges.Add(new FoldingRange(runStart, line - 1) { Kind = "comment" });
                }

                runStart = -1;
            }
        }

        return ranges.OrderBy(r => r.StartLine).ToList();
    }

    public static bool IsComment(PlanAnalysis analysis, int line)
    {
        var text = analysis.Text;
        var i = analysis.Positions.LineStart(line);
        var end = analysis.Positions.LineEnd(line);
        while (i < end && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF'))
        {
            i++;
        }

        return i < end && text[i] == '#';
    }

    public static IReadOnlyList<SymbolInformation> WorkspaceSymbols(IEnumerable<PlanAnalysis> plans, string query, int limit)
    {
        var result = new List<SymbolInformation>();
        foreach (var analysis in plans)
        {
            if (analysis.Model is not { } model)
            {
                continue;
            }

            void Add(string id, string? title, int kind, Language.Text.TextLocation location)
            {
                if (result.Count < limit && (query.Length == 0 || id.Contains(query, System.StringComparison.OrdinalIgnoreCase) || (title?.Contains(query, System.StringComparison.OrdinalIgnoreCase) ?? false)))
                {
                    result.Add(new SymbolInformation(string.IsNullOrEmpty(title) ? id : id + " " + title, kind, new Location(analysis.Uri, analysis.Positions.RangeOf(location))) { ContainerName = model.Name });
                }
            }

            foreach (var unit in model.Units)
            {
                Add(unit.Id, unit.FullName, unit.Kind == UnitModelKind.Group ? SymbolKinds.Enum : SymbolKinds.Class, unit.Location);
            }

            foreach (var section in model.Sections)
            {
                Add(section.Id, section.Title, SymbolKinds.Module, section.Location);
            }

            foreach (var task in model.Tasks)
            {
                Add(task.Id, task.Title, SymbolKinds.Function, task.Location);
                foreach (var item in task.Items)
                {
                    Add(item.Id, item.Title, SymbolKinds.Field, item.Location);
                }
            }
        }

        return result;
    }

    /// <summary>Where each element's statements start and end, found from the parser's statements.</summary>
    private sealed class Extents
    {
        private readonly PlanAnalysis _analysis;
        private readonly Dictionary<int, (int Start, int End)> _byAnchor = new();

        private Extents(PlanAnalysis analysis) => _analysis = analysis;

        public IEnumerable<(int Start, int End)> Elements => _byAnchor.Values;

        public static Extents Of(PlanAnalysis analysis)
        {
            var extents = new Extents(analysis);
            var statements = analysis.Tree.Statements;
            for (var i = 0; i < statements.Count; i++)
            {
                var level = Level(statements[i].Kind);
                if (level is null or 0)
                {
                    continue;
                }

                var last = statements[i];
                for (var j = i + 1; j < statements.Count && !(Level(statements[j].Kind) <= level); j++)
                {
                    if (statements[j].Kind is not (StatementKind.Unit or StatementKind.Group))
                    {
                        last = statements[j];
                    }
                }

                var anchor = statements[i].Name?.Start ?? statements[i].KeywordStart;
                var lastLine = analysis.Positions.LineOf(last.KeywordStart);
                extents._byAnchor[anchor] = (analysis.Positions.LineStart(analysis.Positions.LineOf(statements[i].KeywordStart)), analysis.Positions.LineEnd(lastLine));
            }

            return extents;
        }

        public Range RangeOf(int anchor)
            => _byAnchor.TryGetValue(anchor, out var extent) ? _analysis.Positions.RangeOf(extent.Start, extent.End - extent.Start) : LineRange(anchor);

        public Range LineRange(int offset)
        {
            var line = _analysis.Positions.LineOf(offset);
            var start = _analysis.Positions.LineStart(line);
            return _analysis.Positions.RangeOf(start, _analysis.Positions.LineEnd(line) - start);
        }

        private static int? Level(StatementKind kind) => kind switch
        {
            StatementKind.Plan => 0,
            StatementKind.Section => 1,
            StatementKind.Task => 2,
            StatementKind.Item => 3,
            _ => null,
        };
    }
}

internal sealed class PositionOrder : IComparer<Position>
{
    public static PositionOrder Instance { get; } = new();

    public int Compare(Position? x, Position? y)
        => x is null || y is null ? 0 : x.Line != y.Line ? x.Line.CompareTo(y.Line) : x.Character.CompareTo(y.Character);
}
