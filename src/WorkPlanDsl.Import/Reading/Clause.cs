using System.Collections.Generic;

namespace WorkPlanDsl.Import.Reading;

/// <summary>A responsibility clause found in a paragraph: where it stands and the names it gives each role.</summary>
internal sealed class Clause
{
    public Clause(int start, int end)
    {
        Start = start;
        End = end;
    }

    /// <summary>The opening parenthesis.</summary>
    public int Start { get; }

    /// <summary>Just after the closing parenthesis.</summary>
    public int End { get; }

    public List<string> Leads { get; } = new();

    public List<string> Supports { get; } = new();

    /// <summary>Names in a role WPlan has no keyword for (指导), or words the reader could not place.</summary>
    public List<string> Unread { get; } = new();
}
