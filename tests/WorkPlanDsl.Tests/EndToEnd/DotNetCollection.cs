using Xunit;

namespace WorkPlanDsl.Tests.EndToEnd;

/// <summary>
/// Tests that run the dotnet CLI on the repository's projects run one at a time: they share obj/ folders. They share
/// one packed feed too: packing is the slow part.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DotNetCollection : ICollectionFixture<PackedFeed>
{
    public const string Name = "dotnet CLI";
}
