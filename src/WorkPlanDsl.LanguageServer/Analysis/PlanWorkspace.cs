using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using WorkPlanDsl.LanguageServer.Protocol;

namespace WorkPlanDsl.LanguageServer.Analysis;

/// <summary>
/// The open plan documents, as the editor has them, and the .wplan files of the workspace folders, as they are on disk:
/// the set of plans in which one plan name may be declared once (WPL0009), as in one compilation.
/// </summary>
internal sealed class PlanWorkspace
{
    private readonly ConcurrentDictionary<string, OpenDocument> _open = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (DateTime Written, PlanAnalysis Analysis)> _onDisk = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _byteOrderMark = new(StringComparer.Ordinal);
    // A folder the user cannot read is no reason to stop looking at the others.
    private static readonly EnumerationOptions Everywhere = new() { RecurseSubdirectories = true, IgnoreInaccessible = true };
    private List<string> _folders = new();
    private string[]? _files;

    public EditorConfigFiles EditorConfig { get; } = new();

    public IReadOnlyList<string> Folders => _folders;

    public void SetFolders(IEnumerable<string> folders)
    {
        _folders = folders.Where(Directory.Exists).Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
        _files = null;
    }

    public PlanAnalysis Open(string uri, int version, string text)
    {
        var document = new OpenDocument(uri, version, text);
        _open[uri] = document;
        if (document.Analysis.Path is { } path)
        {
            _byteOrderMark[path] = ReadByteOrderMark(path);
        }

        return document.Analysis;
    }

    /// <summary>Applies the editor's changes; the new text is compiled when it is asked for (<see cref="Get"/>).</summary>
    public void Change(string uri, int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        if (!_open.TryGetValue(uri, out var current))
        {
            throw new InvalidOperationException("didChange for a document that is not open: " + uri);
        }

        var text = current.Text;
        for (var i = 0; i < changes.Count; i++)
        {
            text = TextChanges.Apply(text, changes[i], i == 0 ? current.Positions : null);
        }

        _open[uri] = new OpenDocument(uri, version, text);
    }

    /// <summary>The version the editor has of an open document.</summary>
    public int? VersionOf(string uri) => _open.TryGetValue(uri, out var document) ? document.Version : null;

    public void Close(string uri) => _open.TryRemove(uri, out _);

    /// <summary>Something changed on disk: files were added, removed or saved, or an .editorconfig changed.</summary>
    public void FilesChanged()
    {
        _files = null;
        _onDisk.Clear();
        _byteOrderMark.Clear();
        EditorConfig.Clear();
        foreach (var path in _open.Keys.Select(DocumentUris.ToPath).OfType<string>())
        {
            _byteOrderMark[path] = ReadByteOrderMark(path);
        }
    }

    public PlanAnalysis? Get(string uri) => _open.TryGetValue(uri, out var document) ? document.Analysis : null;

    public IEnumerable<PlanAnalysis> OpenDocuments => _open.Values.Select(d => d.Analysis);

    /// <summary>A UTF-16 or UTF-32 byte order mark the file has on disk (WPL0012), by name.</summary>
    public string? ForeignByteOrderMark(string? path) => path is not null && _byteOrderMark.TryGetValue(path, out var mark) ? mark : null;

    /// <summary>Every plan: the open documents, and the workspace folders' files that are not open.</summary>
    public IEnumerable<PlanAnalysis> AllPlans()
    {
        var open = _open.Values.Select(d => d.Analysis).ToList();
        var openPaths = new HashSet<string>(open.Select(a => a.Path).OfType<string>(), StringComparer.Ordinal);
        foreach (var analysis in open)
        {
            yield return analysis;
        }

        foreach (var file in Files())
        {
            if (!openPaths.Contains(file) && FromDisk(file) is { } analysis)
            {
                yield return analysis;
            }
        }
    }

    private string[] Files()
    {
        return _files ??= _folders
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.wplan", Everywhere).Where(f => !IsBuildOutput(folder, f)))
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
    }

    private PlanAnalysis? FromDisk(string path)
    {
        try
        {
            var written = File.GetLastWriteTimeUtc(path);
            if (_onDisk.TryGetValue(path, out var cached) && cached.Written == written)
            {
                return cached.Analysis;
            }

            var analysis = PlanAnalysis.Compile(DocumentUris.FromPath(path), 0, PlanFileText.Read(path));
            _onDisk[path] = (written, analysis);
            return analysis;
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

    private static string? ReadByteOrderMark(string path)
    {
        try
        {
            return File.Exists(path) ? ByteOrderMarks.Foreign(path) : null;
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

    // As the build's file pattern and `workplan check` do: bin/, obj/ and hidden folders hold no plans of the project.
    private static bool IsBuildOutput(string folder, string path)
    {
        var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
        return relative.Split('/').Any(p => p is "bin" or "obj" || (p.StartsWith(".", StringComparison.Ordinal) && p.Length > 1 && p != ".."));
    }
}
