using System;
using System.Globalization;
using System.IO;
using System.Linq;
using WorkPlanDsl.Tests.Infrastructure;
using Xunit;

namespace WorkPlanDsl.Tests.EndToEnd;

/// <summary>
/// The WorkPlanDsl package, packed once into a temporary feed under a version no earlier run used (so the NuGet cache
/// can never hand a consumer an older build) and built as a release pipeline builds it (ContinuousIntegrationBuild:
/// deterministic, with source paths mapped to /_/), and fresh consumer projects outside the solution that reference it.
/// Restoring them puts that version in the machine's NuGet cache; it is taken out again when the tests are done, so that
/// runs do not pile copies up there.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public PackedFeed()
    {
        Root = Workplan.TempDirectory();
        Feed = Path.Combine(Root, "feed");
        Version = "0.1.0-e2e." + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
        var (exitCode, output) = DotNet.Run(RepositoryPaths.Root, "pack", "src/WorkPlanDsl/WorkPlanDsl.csproj", "-c", "Release", "-o", Feed, "-p:Version=" + Version, "-p:ContinuousIntegrationBuild=true", "-nologo");
        Assert.True(exitCode == 0, output);
        Package = Path.Combine(Feed, "WorkPlanDsl." + Version + ".nupkg");
        Assert.True(File.Exists(Package), output);

        // The tool and the templates, under the same version: the templates reference the package of their own version.
        foreach (var project in new[] { "src/WorkPlanDsl.Cli/WorkPlanDsl.Cli.csproj", "src/WorkPlanDsl.Templates/WorkPlanDsl.Templates.csproj" })
        {
            var packed = DotNet.Run(RepositoryPaths.Root, "pack", project, "-c", "Release", "-o", Feed, "-p:Version=" + Version, "-p:ContinuousIntegrationBuild=true", "-nologo");
            Assert.True(packed.ExitCode == 0, packed.Output);
        }
    }

    public void Dispose()
    {
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } set
            ? set
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in new[] { "workplandsl", "workplandsl.cli", "workplandsl.templates" })
        {
            var folder = Path.Combine(cache, id, Version.ToLowerInvariant());
            try
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another process holding a file of it: the next run's own version does not depend on it.
            }
        }
    }

    /// <summary>The package <paramref name="id"/> of this feed's version, or its symbols (<c>.snupkg</c>).</summary>
    public string PackageOf(string id, bool symbols = false) => Path.Combine(Feed, id + "." + Version + (symbols ? ".snupkg" : ".nupkg"));

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string Package { get; }

    /// <summary>A new project folder with a nuget.config that reaches the feed and the normal registry.</summary>
    public Consumer NewConsumer(string name, string targetFramework = "net10.0", string outputType = "Exe", string extraProperties = "")
    {
        var directory = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.Combine(directory, "plans"));
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="e2e" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>{targetFramework}</TargetFramework>
                <ImplicitUsings>disable</ImplicitUsings>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="WorkPlanDsl" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);

        // Keep the consumer out of the repository's Directory.Build.props and its packages' central management.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />");
        return new Consumer(directory);
    }
}

public sealed class Consumer
{
    public Consumer(string directory) => Directory = directory;

    public string Directory { get; }

    public Consumer Write(string relativePath, string content)
        => WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(content));

    public Consumer WriteBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return this;
    }

    public (int ExitCode, string Output) Build(params string[] arguments)
        => DotNet.Run(Directory, new[] { "build", "-nologo", "-clp:NoSummary" }.Concat(arguments).ToArray());

    public (int ExitCode, string Output) Run() => DotNet.Run(Directory, "run", "--no-build");
}
