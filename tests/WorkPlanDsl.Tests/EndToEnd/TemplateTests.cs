using System.Collections.Generic;
using System.IO;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.EndToEnd;

/// <summary>
/// The templates as a user meets them: installed from the feed into a private template hive (never the machine's),
/// instantiated with dotnet new, and what they create built and run against the package of the same version.
/// </summary>
[Collection(DotNetCollection.Name)]
public class TemplateTests
{
    private readonly PackedFeed _feed;

    public TemplateTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void Dotnet_new_wplan_console_and_wplan_create_a_project_that_builds_and_runs()
    {
        var root = Workplan.TempDirectory();
        var hive = Path.Combine(root, "hive");
        var environment = new Dictionary<string, string> { ["DOTNET_CLI_HOME"] = Path.Combine(root, "home") };
        (int ExitCode, string Output) New(string directory, params string[] arguments)
        {
            var all = new List<string> { "new" };
            all.AddRange(arguments);
            all.Add("--debug:custom-hive");
            all.Add(hive);
            return DotNet.Run(directory, environment, all.ToArray());
        }

        var installed = New(root, "install", _feed.PackageOf("WorkPlanDsl.Templates"));
        Assert.True(installed.ExitCode == 0, installed.Output);
        Assert.Contains("wplan-console", installed.Output);

        // A name that is no C# identifier: the plan's namespace is made safe from it.
        var created = New(root, "wplan-console", "-n", "health-plans", "-o", "app");
        Assert.True(created.ExitCode == 0, created.Output);
        var app = Path.Combine(root, "app");
        Assert.True(File.Exists(Path.Combine(app, "health-plans.csproj")), created.Output);
        Assert.Contains("plan health_plans.WorkPlan ", File.ReadAllText(Path.Combine(app, "plans", "work-plan.wplan")));

        var item = New(app, "wplan", "-n", "zhuzhou-2025", "-o", "plans", "--Year", "2024");
        Assert.True(item.ExitCode == 0, item.Output);
        var plan = File.ReadAllText(Path.Combine(app, "plans", "zhuzhou-2025.wplan"));
        Assert.Contains("plan Plans.zhuzhou_2025 ", plan);
        Assert.Contains("  year 2024\n", plan);
        File.AppendAllText(Path.Combine(app, "Program.cs"), "Console.WriteLine(Plans.zhuzhou_2025.Tasks.T01.Leads[0].FullName + \" leads \" + Plans.zhuzhou_2025.Plan.Title);\n");

        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="e2e" value="{_feed.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        var consumer = new Consumer(app);
        var (exitCode, output) = consumer.Build();
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain(": warning ", output);

        var run = consumer.Run();
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("(一)制定年度工作计划: 办公室; 3月底前", run.Output);
        Assert.Contains("Tasks without a lead: 0", run.Output);
        Assert.Contains("办公室 leads 年度重点工作任务", run.Output);
    }
}
