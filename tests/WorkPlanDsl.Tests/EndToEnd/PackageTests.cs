using System.IO;
using System.IO.Compression;
using System.Linq;
using Xunit;

namespace WorkPlanDsl.Tests.EndToEnd;

/// <summary>A user's whole set-up is a PackageReference and .wplan files: checked with real dotnet build runs.</summary>
[Collection(DotNetCollection.Name)]
public partial class PackageTests
{
    private const string GoodPlan = """
        plan Org.Health2024 "2024年卫生健康重点工作"
          year 2024
        unit 体改科
        group 各县市区卫生健康局
        section S01 "深化医改"
          label "一、"
        task T01 "促进“三医”协同发展"
          label "(一)"
          lead 体改科
          support 各县市区卫生健康局
          due "6月底前"
        """;

    private const string OrphanPlan = """
        plan Org.Orphan2024
        group 各县市区卫生健康局
        task T01 "无人牵头的任务"
          support 各县市区卫生健康局
        """;

    private const string Program = """
        using System;
        public static class Program
        {
            public static void Main()
            {
                var task = Org.Health2024.Tasks.T01;
                Console.WriteLine(task.Label + task.Title + " | " + string.Join("、", task.Leads) + " | " + task.Due + " | " + task.Due.Date.Value.ToString("yyyy-MM-dd"));
                Console.WriteLine(Org.Health2024.Plan.Title);
            }
        }
        """;

    private readonly PackedFeed _feed;

    public PackageTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void The_package_holds_the_runtime_the_analyzers_and_the_build_files()
    {
        using var package = ZipFile.OpenRead(_feed.Package);
        var entries = package.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("lib/netstandard2.0/WorkPlanDsl.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/WorkPlanDsl.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/WorkPlanDsl.Language.dll", entries);
        Assert.Contains("build/WorkPlanDsl.props", entries);
        Assert.Contains("buildTransitive/WorkPlanDsl.targets", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", System.StringComparison.Ordinal) && e.Contains("Generators"));

        using var nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", System.StringComparison.Ordinal)).Open());
        var manifest = nuspec.ReadToEnd();
        Assert.Contains("<license type=\"expression\">MIT</license>", manifest);
        Assert.Contains("<readme>README.md</readme>", manifest);
        Assert.Contains("<repository type=\"git\"", manifest);
        Assert.DoesNotContain("<dependency ", manifest);
    }

    [Fact]
    public void A_consumer_builds_uses_the_catalog_runs_and_sees_a_missing_lead_at_its_line()
    {
        var consumer = _feed.NewConsumer("app").Write("plans/health.wplan", GoodPlan).Write("plans/orphan.wplan", OrphanPlan).Write("Program.cs", Program);
        var (exitCode, output) = consumer.Build();
        Assert.True(exitCode == 0, output);
        Assert.Contains("plans/orphan.wplan(3,6): warning WPL0002: Task 'T01' has no lead unit", output.Replace('\\', '/'));
        Assert.DoesNotContain("health.wplan(", output);

        var run = consumer.Run();
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("(一)促进“三医”协同发展 | 体改科 | 6月底前 | 2024-06-30", run.Output);

        // The runtime is a real reference; nothing of the generator is.
        var bin = Path.Combine(consumer.Directory, "bin", "Debug", "net10.0");
        Assert.True(File.Exists(Path.Combine(bin, "WorkPlanDsl.dll")));
        Assert.False(File.Exists(Path.Combine(bin, "WorkPlanDsl.Generators.dll")));
        Assert.False(File.Exists(Path.Combine(bin, "WorkPlanDsl.Language.dll")));

        // Editing a plan and building again updates the catalog.
        consumer.Write("plans/health.wplan", GoodPlan.Replace("2024年卫生健康重点工作", "2024年卫生健康重点工作（修订）"));
        Assert.Equal(0, consumer.Build().ExitCode);
        Assert.Contains("2024年卫生健康重点工作（修订）", consumer.Run().Output);
    }

    [Fact]
    public void A_syntax_error_fails_the_build_at_its_line_and_the_other_plans_still_generate()
    {
        var consumer = _feed.NewConsumer("broken").Write("plans/health.wplan", GoodPlan).Write("Program.cs", Program)
            .Write("plans/broken.wplan", "plan Org.Broken\nunit 甲\ntask T01 \"未结束的字符串\n  lead 甲\n");
        var (exitCode, output) = consumer.Build();
        Assert.NotEqual(0, exitCode);
        Assert.Contains("plans/broken.wplan(3,10): error WPL0001: unterminated string", output.Replace('\\', '/'));
        Assert.DoesNotContain("error CS", output);
    }

    [Fact]
    public void A_broken_plan_s_errors_show_when_the_csharp_that_uses_it_fails()
    {
        var consumer = _feed.NewConsumer("cityedu").Write("plans/health.wplan", GoodPlan).Write("Program.cs", Program)
            .Write("plans/cityedu.wplan", "plan Org.CityEdu\nunit 教研室\ntask T01 \"t\"\n  lead 教研\n")
            .Write("Uses.cs", "public static class Uses { public static string Title() { return Org.CityEdu.Tasks.T01.Title; } }");
        var (exitCode, output) = consumer.Build();
        Assert.NotEqual(0, exitCode);
        output = output.Replace('\\', '/');
        Assert.Contains("error CS0234", output);
        Assert.Contains("plans/cityedu.wplan(4,8): error WPL0004: '教研' is not a declared unit or group", output);
        Assert.Single(output.Split('\n').Where(l => l.Contains("error WPL0004")).Distinct());
    }

    [Fact]
    public void Plans_whose_csharp_names_clash_get_WPL_errors_and_no_csharp_error()
    {
        var consumer = _feed.NewConsumer("clash").Write("plans/health.wplan", GoodPlan).Write("Program.cs", Program)
            .Write("plans/a.wplan", "plan Zhuzhou.Health\nunit U\ntask T \"t\"\n  lead U\n")
            .Write("plans/b.wplan", "plan Zhuzhou.Health.Y2024\nunit U\ntask T \"t\"\n  lead U\n")
            .Write("plans/c.wplan", "plan System.DateTime\nunit U\ntask T \"t\"\n  lead U\n")
            .Write("plans/d.wplan", "plan Org." + string.Concat(Enumerable.Repeat("很长的计划名称", 40)) + "\nunit U\ntask T \"t\"\n  lead U\n");
        var (exitCode, output) = consumer.Build("-p:EmitCompilerGeneratedFiles=true");
        Assert.NotEqual(0, exitCode);
        output = output.Replace('\\', '/');
        Assert.Contains("plans/a.wplan(1,6): error WPL0013", output);
        Assert.Contains("plans/b.wplan(1,6): error WPL0013", output);
        Assert.Contains("plans/c.wplan(1,6): error WPL0014", output);
        Assert.DoesNotContain("error CS", output);
    }

    [Fact]
    public void WarningsAsErrors_makes_a_missing_lead_fail_the_build()
    {
        var consumer = _feed.NewConsumer("strict", extraProperties: "<WarningsAsErrors>WPL0002</WarningsAsErrors>")
            .Write("plans/orphan.wplan", OrphanPlan).Write("plans/health.wplan", GoodPlan).Write("Program.cs", Program);
        var (exitCode, output) = consumer.Build();
        Assert.NotEqual(0, exitCode);
        Assert.Contains("plans/orphan.wplan(3,6): error WPL0002", output.Replace('\\', '/'));
    }

    [Fact]
    public void An_editorconfig_severity_silences_a_missing_lead()
    {
        var consumer = _feed.NewConsumer("quiet")
            .Write("plans/orphan.wplan", OrphanPlan).Write("plans/health.wplan", GoodPlan).Write("Program.cs", Program)
            .Write(".editorconfig", "root = true\n\n[*.wplan]\ndotnet_diagnostic.WPL0002.severity = none\n");
        var (exitCode, output) = consumer.Build();
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("WPL0002", output);
    }

    [Theory]
    [InlineData("netstandard2.0", "<LangVersion>7.3</LangVersion><Nullable>disable</Nullable>")]
    [InlineData("net8.0", "<Nullable>enable</Nullable><LangVersion>latest</LangVersion>")]
    public void Libraries_on_old_and_new_frameworks_build_without_a_warning(string targetFramework, string properties)
    {
        var consumer = _feed.NewConsumer("lib-" + targetFramework.Replace(".", string.Empty), targetFramework, "Library", properties + "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><GenerateDocumentationFile>true</GenerateDocumentationFile><NoWarn>$(NoWarn);CS1591</NoWarn>")
            .Write("plans/health.wplan", GoodPlan)
            .Write("Uses.cs", "public static class Uses { public static string Lead() { return Org.Health2024.Tasks.T01.Leads[0].FullName; } }");
        var (exitCode, output) = consumer.Build();
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain(": warning ", output);
    }

    [Fact]
    public void WPlanNamespace_works_as_the_readme_shows_in_the_project_and_a_plan_listed_again_is_listed_once()
    {
        var consumer = _feed.NewConsumer("namespaced")
            .Write("plans/health.wplan", GoodPlan)
            .Write("plans/other.wplan", GoodPlan.Replace("Org.Health2024", "Other.Health2024"))
            .Write("plans/third.wplan", GoodPlan.Replace("Org.Health2024", "Third.Health2024"))
            .Write("Program.cs", Program.Replace("Org.Health2024", "My.Plans.Health2024").Replace("Console.WriteLine(My.Plans.Health2024.Plan.Title);", "Console.WriteLine(My.Plans.Health2024.Plan.Title + Your.Plans.Health2024.Plan.Name + Third.Health2024.Plan.Name);"));
        var project = Path.Combine(consumer.Directory, "namespaced.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>", """
              <ItemGroup>
                <AdditionalFiles Update="plans\health.wplan" WPlanNamespace="My.Plans" />
                <AdditionalFiles Include="plans/other.wplan" WPlanNamespace="Your.Plans" />
              </ItemGroup>
            </Project>
            """));
        var (exitCode, output) = consumer.Build();
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("WPL0009", output);
        var run = consumer.Run();
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("2024年卫生健康重点工作Other.Health2024Third.Health2024", run.Output);
    }

    [Fact]
    public void Plans_can_be_listed_by_hand_instead()
    {
        var consumer = _feed.NewConsumer("manual", extraProperties: "<WPlanIncludePlans>false</WPlanIncludePlans>")
            .Write("plans/orphan.wplan", OrphanPlan).Write("plans/health.wplan", GoodPlan)
            .Write("Program.cs", Program)
            .Write("Directory.Build.targets", "<Project><ItemGroup><AdditionalFiles Include=\"plans/health.wplan\" WPlanNamespace=\"Org\" /></ItemGroup></Project>");
        var (exitCode, output) = consumer.Build();
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("orphan.wplan", output);
    }
}
