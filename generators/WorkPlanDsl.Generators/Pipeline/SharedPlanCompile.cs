using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using WorkPlanDsl.Language;

namespace WorkPlanDsl.Generators.Pipeline;

/// <summary>
/// Parse and bind once per plan text for the generator and the analyzer of one compilation. The compiler hands both
/// the same AdditionalText objects, whose SourceText it loads once, so the text's string is kept per SourceText and
/// the compiled plan per string. Weak tables hold nothing alive: an entry goes when its text is collected, so nothing
/// outlives the compilation (or, in the IDE, the version of the file) that made it. Concurrent callers may compile
/// the same text twice, never see a half-made result.
/// </summary>
internal static class SharedPlanCompile
{
    private static readonly ConditionalWeakTable<SourceText, string> Strings = new();
    private static readonly ConditionalWeakTable<string, CompiledPlan> Compiled = new();

    /// <summary>The text as one string, the same string for the same SourceText.</summary>
    public static string TextOf(SourceText text)
        => Strings.TryGetValue(text, out var value) ? value : Strings.GetValue(text, static t => t.ToString());

    /// <summary>The plan compiled from <paramref name="text"/>, compiled once for the same string.</summary>
    public static CompiledPlan Compile(string text, CancellationToken cancellationToken)
    {
        if (Compiled.TryGetValue(text, out var compiled))
        {
            return compiled;
        }

        // Compiled outside the table's lock: a cancelled compile leaves nothing behind.
        compiled = PlanCompiler.Compile(text, cancellationToken);
        return Compiled.GetValue(text, _ => compiled);
    }
}
