using System;
using System.Collections.Generic;
using System.Threading;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Binding;
using WorkPlanDsl.Language.Syntax;

namespace WorkPlanDsl.LanguageServer.Analysis;

/// <summary>
/// One version of one plan document, compiled by the build's parser and binder: its syntax, model and diagnostics,
/// and the names written in it. Immutable; a change of the text makes a new one.
/// </summary>
internal sealed class PlanAnalysis
{
    private readonly Lazy<SymbolIndex> _symbols;
    private readonly Lazy<UnitUsage> _usage;

    private PlanAnalysis(string uri, string? path, int version, PlanSyntaxTree tree, CompiledPlan compiled)
    {
        Uri = uri;
        Path = path;
        Version = version;
        Tree = tree;
        Compiled = compiled;
        Positions = new PositionMap(tree.Lines);
        _symbols = new Lazy<SymbolIndex>(() => SymbolIndex.Build(tree), LazyThreadSafetyMode.ExecutionAndPublication);
        _usage = new Lazy<UnitUsage>(() => UnitUsage.Of(compiled.Model), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Uri { get; }

    /// <summary>The file's path for a <c>file:</c> URI; null for an unsaved document.</summary>
    public string? Path { get; }

    public int Version { get; }

    public string Text => Tree.Text;

    public PlanSyntaxTree Tree { get; }

    public CompiledPlan Compiled { get; }

    public PlanModel? Model => Compiled.Model;

    public PositionMap Positions { get; }

    public SymbolIndex Symbols => _symbols.Value;

    public UnitUsage Usage => _usage.Value;

    public static PlanAnalysis Compile(string uri, int version, string text, CancellationToken cancellationToken = default)
    {
        var tree = PlanParser.Parse(text, cancellationToken);
        return new PlanAnalysis(uri, DocumentUris.ToPath(uri), version, tree, PlanBinder.Bind(tree, cancellationToken));
    }

    /// <summary>The statement on the line of <paramref name="offset"/>, if the line holds a well-formed or broken statement.</summary>
    public StatementSyntax? StatementAtLine(int line)
    {
        var start = Positions.LineStart(line);
        var end = Positions.LineEnd(line);
        var statements = Tree.Statements;
        int low = 0, high = statements.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var keyword = statements[middle].KeywordStart;
            if (keyword < start)
            {
                low = middle + 1;
            }
            else if (keyword > end)
            {
                high = middle - 1;
            }
            else
            {
                return statements[middle];
            }
        }

        return null;
    }
}

/// <summary>How many tasks each unit leads and supports, in effect, for hovers.</summary>
internal sealed class UnitUsage
{
    private UnitUsage()
    {
    }

    public Dictionary<string, List<string>> Leads { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<string>> Supports { get; } = new(StringComparer.Ordinal);

    public static UnitUsage Of(PlanModel? model)
    {
        var usage = new UnitUsage();
        if (model is null)
        {
            return usage;
        }

        foreach (var task in model.Tasks)
        {
            foreach (var lead in task.InEffect.Leads)
            {
                Add(usage.Leads, lead, task.Id);
            }

            foreach (var support in task.InEffect.Supports)
            {
                Add(usage.Supports, support, task.Id);
            }
        }

        return usage;
    }

    private static void Add(Dictionary<string, List<string>> map, string unit, string task)
    {
        if (!map.TryGetValue(unit, out var tasks))
        {
            map[unit] = tasks = new List<string>();
        }

        tasks.Add(task);
    }
}
