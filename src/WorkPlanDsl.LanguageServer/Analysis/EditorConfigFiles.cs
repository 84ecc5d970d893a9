using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using WorkPlanDsl.Generators.Analyzers;

namespace WorkPlanDsl.LanguageServer.Analysis;

/// <summary>
/// The .editorconfig files above a plan, as the package's build files hand them to the analyzer, read by the
/// analyzer's own <see cref="EditorConfigSeverities"/>: so a severity set for the build is the editor's too.
/// </summary>
internal sealed class EditorConfigFiles
{
    private readonly ConcurrentDictionary<string, EditorConfigSeverities> _byFolder = new(StringComparer.Ordinal);

    public FileSeverities For(string path)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? string.Empty;
        return _byFolder.GetOrAdd(folder, Read).For(path);
    }

    /// <summary>Forgets what was read, when a file changes on disk.</summary>
    public void Clear() => _byFolder.Clear();

    private static EditorConfigSeverities Read(string folder)
    {
        var files = ImmutableArray.CreateBuilder<AdditionalText>();
        for (var directory = folder.Length == 0 ? null : new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, ".editorconfig");
            if (File.Exists(candidate))
            {
                files.Add(new DiskText(candidate));
            }
        }

        return EditorConfigSeverities.Read(files.ToImmutable(), CancellationToken.None);
    }

    private sealed class DiskText : AdditionalText
    {
        public DiskText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default)
        {
            try
            {
                return SourceText.From(File.ReadAllText(Path));
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
        }
    }
}
