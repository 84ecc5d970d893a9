using System;

namespace WorkPlanDsl.Language.Text;

/// <summary>A span of a plan file with its line and column bounds (all 0-based, as Roslyn's LinePositionSpan).</summary>
public readonly record struct TextLocation(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public int End => Start + Length;

    /// <summary>The MSBuild form of the start: 1-based <c>(line,column)</c>.</summary>
    public override string ToString() => "(" + (StartLine + 1) + "," + (StartColumn + 1) + ")";
}
