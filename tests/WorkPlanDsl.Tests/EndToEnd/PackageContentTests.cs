using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace WorkPlanDsl.Tests.EndToEnd;

/// <summary>What a package page and a debugger see: symbols, SourceLink, repository metadata, README and icon.</summary>
[Collection(DotNetCollection.Name)]
public class PackageContentTests
{
    private const string Repository = "https://github.com/workplandsl/workplandsl";

    // The SourceLink custom debug information's kind, from the Portable PDB specification.
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    private readonly PackedFeed _feed;

    public PackageContentTests(PackedFeed feed) => _feed = feed;

    [Theory]
    [InlineData("WorkPlanDsl", "lib/netstandard2.0/WorkPlanDsl.pdb", "analyzers/dotnet/cs/WorkPlanDsl.Generators.pdb")]
    [InlineData("WorkPlanDsl.Cli", "tools/net10.0/any/workplan.pdb", "tools/net10.0/any/WorkPlanDsl.Language.pdb")]
    public void Symbols_are_in_a_snupkg_and_point_at_the_sources_of_the_commit_built(string id, string pdb, string otherPdb)
    {
        var symbols = _feed.PackageOf(id, symbols: true);
        Assert.True(File.Exists(symbols), symbols + " was not packed");
        using var archive = ZipFile.OpenRead(symbols);
        var entries = archive.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains(pdb, entries);
        Assert.Contains(otherPdb, entries);
        Assert.DoesNotContain(entries, e => e.EndsWith(".dll", StringComparison.Ordinal));

        var commit = Nuspec(id).Element("repository")!;
        Assert.Equal("git", commit.Attribute("type")!.Value);
        Assert.Equal(Repository, commit.Attribute("url")!.Value);
        Assert.Matches("^[0-9a-f]{40}$", commit.Attribute("commit")!.Value);

        // SourceLink: the pdb maps the build's source folder to raw files of the repository at that commit.
        using var stream = new MemoryStream();
        using (var entry = archive.GetEntry(pdb)!.Open())
        {
            entry.CopyTo(stream);
        }

        stream.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(stream);
        var reader = provider.GetMetadataReader();
        var sourceLink = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(c => reader.GetGuid(c.Kind) == SourceLinkKind)
            .Select(c => Encoding.UTF8.GetString(reader.GetBlobBytes(c.Value)))
            .Single();
        Assert.Contains("{\"/_/*\":\"https://raw.githubusercontent.com/workplandsl/workplandsl/" + commit.Attribute("commit")!.Value + "/*\"}", sourceLink);

        // A deterministic build: no path of the build machine in the pdb, only the mapped /_/.
        var documents = reader.Documents.Select(d => reader.GetString(reader.GetDocument(d).Name)).ToArray();
        Assert.NotEmpty(documents);
        Assert.All(documents, d => Assert.StartsWith("/_/", d));
    }

    [Theory]
    [InlineData("WorkPlanDsl")]
    [InlineData("WorkPlanDsl.Cli")]
    [InlineData("WorkPlanDsl.Templates")]
    public void Each_package_has_a_readme_with_absolute_links_an_icon_and_release_notes(string id)
    {
        using var archive = ZipFile.OpenRead(_feed.PackageOf(id));
        var nuspec = Nuspec(id);
        Assert.Equal("README.md", nuspec.Element("readme")?.Value);
        Assert.Equal("icon.png", nuspec.Element("icon")?.Value);
        Assert.Equal("MIT", nuspec.Element("license")?.Value);
        Assert.Equal(Repository, nuspec.Element("projectUrl")?.Value);
        Assert.Contains(Repository + "/blob/main/docs/CHANGELOG.md", nuspec.Element("releaseNotes")?.Value);

        var readme = Read(archive, "README.md");
        Assert.StartsWith("# " + id, readme);
        var links = Regex.Matches(readme, @"\]\(([^)\s]+)\)").Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("https://", link));
        foreach (var link in links.Where(l => l.StartsWith(Repository + "/blob/main/", StringComparison.Ordinal)))
        {
            // Each link names a file of this repository (the page it opens once the repository is published).
            var file = link.Substring((Repository + "/blob/main/").Length).Split('#')[0];
            Assert.True(File.Exists(Path.Combine(Infrastructure.RepositoryPaths.Root, file)), link);
        }

        using var icon = new MemoryStream();
        using (var entry = archive.GetEntry("icon.png")!.Open())
        {
            entry.CopyTo(icon);
        }

        var png = icon.ToArray();
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png.Take(8));
        Assert.Equal("IHDR", Encoding.ASCII.GetString(png, 12, 4));
        var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        var height = (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
        Assert.Equal((128, 128), (width, height));
    }

    [Fact]
    public void The_template_package_is_a_template_package_without_assemblies()
    {
        using var archive = ZipFile.OpenRead(_feed.PackageOf("WorkPlanDsl.Templates"));
        var entries = archive.Entries.Select(e => e.FullName).ToArray();
        Assert.Equal("Template", Nuspec("WorkPlanDsl.Templates").Element("packageTypes")!.Elements().Single().Attribute("name")!.Value);
        Assert.Contains("content/wplan-console/.template.config/template.json", entries);
        Assert.Contains("content/wplan-plan/.template.config/template.json", entries);
        Assert.DoesNotContain(entries, e => e.EndsWith(".dll", StringComparison.Ordinal));
        Assert.Contains("Version=\"" + _feed.Version + "\"", Read(archive, "content/wplan-console/WplanConsole.csproj"));
    }

    private System.Xml.Linq.XElement Nuspec(string id)
    {
        using var archive = ZipFile.OpenRead(_feed.PackageOf(id));
        var document = System.Xml.Linq.XDocument.Parse(Read(archive, id + ".nuspec"));
        var metadata = document.Root!.Elements().Single(e => e.Name.LocalName == "metadata");

        // Without the namespace, so that the tests read as the nuspec does.
        foreach (var element in metadata.DescendantsAndSelf())
        {
            element.Name = element.Name.LocalName;
        }

        return metadata;
    }

    private static string Read(ZipArchive archive, string name)
    {
        using var reader = new StreamReader(archive.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
