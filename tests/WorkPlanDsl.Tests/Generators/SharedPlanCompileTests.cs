using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Text;
using WorkPlanDsl.Generators.Pipeline;
using Xunit;

namespace WorkPlanDsl.Tests.Generators;

/// <summary>The generator and the analyzer of one compilation parse a plan once: they share the compile through its SourceText.</summary>
public class SharedPlanCompileTests
{
    private const string Plan = "plan A.B\nunit U\ntask T \"t\"\n  lead U\n";

    // SourceText.From keeps the string it is given, and the constant is one instance: each test gets a string of its own.
    private static string Fresh() => new(Plan.ToCharArray());

    [Fact]
    public void The_same_text_gives_one_shared_result_even_when_asked_concurrently()
    {
        var text = SourceText.From(Fresh());
        var results = new global::WorkPlanDsl.Language.CompiledPlan[8];
        Parallel.For(0, results.Length, i => results[i] = SharedPlanCompile.Compile(SharedPlanCompile.TextOf(text), CancellationToken.None));
        Assert.All(results, r => Assert.Same(results[0], r));
        Assert.Equal("T", results[0].Model!.Tasks[0].Id);
    }

    [Fact]
    public void Another_text_with_the_same_content_is_compiled_again()
    {
        var first = SharedPlanCompile.Compile(SharedPlanCompile.TextOf(SourceText.From(Fresh())), CancellationToken.None);
        var second = SharedPlanCompile.Compile(SharedPlanCompile.TextOf(SourceText.From(Fresh())), CancellationToken.None);
        Assert.NotSame(first, second);
        Assert.Equal(first.Model, second.Model);
    }

    [Fact]
    public void A_cancelled_compile_leaves_nothing_behind()
    {
        var text = SharedPlanCompile.TextOf(SourceText.From(Fresh()));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<System.OperationCanceledException>(() => SharedPlanCompile.Compile(text, cancelled.Token));
        Assert.False(SharedPlanCompile.Compile(text, CancellationToken.None).HasErrors);
    }
}
