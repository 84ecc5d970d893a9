using System;

namespace WorkPlanDsl;

/// <summary>Where an element stands in its .wplan file (the path relative to the project, 1-based line and column).</summary>
public readonly struct PlanSourceLocation : IEquatable<PlanSourceLocation>
{
    /// <summary>Creates a location.</summary>
    public PlanSourceLocation(string file, int line, int column)
    {
        File = file ?? throw new ArgumentNullException(nameof(file));
        Line = line;
        Column = column;
    }

    /// <summary>The plan file, relative to the project that compiled it.</summary>
    public string File { get; }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }

    /// <summary>The 1-based column.</summary>
    public int Column { get; }

    /// <inheritdoc/>
    public bool Equals(PlanSourceLocation other) => File == other.File && Line == other.Line && Column == other.Column;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PlanSourceLocation other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((File?.GetHashCode() ?? 0) * 397) ^ (Line * 31) ^ Column;

    /// <inheritdoc/>
    public override string ToString() => File + "(" + Line + "," + Column + ")";
}
