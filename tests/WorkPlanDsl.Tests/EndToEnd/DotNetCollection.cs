using Xunit;

namespace WorkPlanDsl.Tests.EndToEnd;

/// <summary>Tests that run the dotnet CLI on the repository's projects run one at a time: they share obj/ folders.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DotNetCollection
{
    public const string Name = "dotnet CLI";
}
