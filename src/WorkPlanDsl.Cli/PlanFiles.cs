using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Diagnostics;
using WorkPlanDsl.Language.Text;

namespace WorkPlanDsl.Cli;

/// <summary>A plan file read from disk, compiled as the build compiles it, with its path as the user named it.</summary>
internal sealed record CheckedPlan(string Path, string Text, CompiledPlan Compiled, IReadOnlyList<PlanDiagnostic> Diagnostics);

/// <summary>Finds and reads plan files: the command line's counterpart of the compiler's AdditionalFiles.</summary>
internal static class PlanFiles
{
    /// <summary>The .wplan files the arguments name, files as given and folders searched; or the first problem.</summary>
    public static (List<string> Files, string? Error) Find(IEnumerable<string> arguments)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (File.Exists(argument))
            {
                files.Add(argument);
            }
            else if (Directory.Exists(argument))
            {
                var found = Directory.EnumerateFiles(argument, "*.wplan", SearchOption.AllDirectories)
                    .Where(f => !IsBuildOutput(f))
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    return (files, argument + ": error: no .wplan files in this folder");
                }

                files.AddRange(found);
            }
            else
            {
                return (files, argument + ": error: no such file or folder");
            }
        }

        return (files, files.Count == 0 ? "error: name the .wplan files or folders to read" : null);
    }

    /// <summary>Reads and compiles one file; a file that is not UTF-8 gets WPL0012 at its first bad line, as in the build.</summary>
    public static CheckedPlan Read(string path)
    {
        var (text, encoding) = ReadText(path);
        CompiledPlan compiled;
        try
        {
            compiled = PlanCompiler.Compile(text);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // As in the build: a failure inside the tools costs this plan (WPL0020), never the other files' check.
            var start = new Language.Text.LineMap(text).Locate(0, 0);
            compiled = new CompiledPlan(null, new EquatableArray<PlanDiagnostic>(new[] { PlanDiagnostic.Create(DiagnosticCatalog.InternalError, start, InternalError.Describe(e)) }));
        }

        var diagnostics = new List<PlanDiagnostic>();
        if (encoding is not null)
        {
            diagnostics.Add(encoding);
        }

        diagnostics.AddRange(compiled.Diagnostics);
        return new CheckedPlan(path, text, compiled, diagnostics);
    }

    /// <summary>
    /// A file's text, decoded as the compiler on .NET decodes it (a byte order mark decides; else UTF-8, with U+FFFD for
    /// bytes that are not UTF-8), and its WPL0012 found from that text by the analyzer's own rule.
    /// </summary>
    public static (string Text, PlanDiagnostic? NotUtf8) ReadText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var (encoding, preamble, name) = ByteOrderMark(bytes);
        var text = encoding.GetString(bytes, preamble, bytes.Length - preamble);
        return (text, EncodingCheck.Check(text, name));
    }

    private static (Encoding Encoding, int Preamble, string? Name) ByteOrderMark(byte[] b)
    {
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: true), 4, "UTF-32");
        }

        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF)
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4, "UTF-32 (big-endian)");
        }

        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        {
            return (Encoding.Unicode, 2, "UTF-16");
        }

        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            return (Encoding.BigEndianUnicode, 2, "UTF-16 (big-endian)");
        }

        return (Encoding.UTF8, b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0, null);
    }

    private static bool IsBuildOutput(string path)
    {
        var parts = path.Replace('\\', '/').Split('/');
        return parts.Any(p => p is "bin" or "obj" || (p.StartsWith(".", StringComparison.Ordinal) && p.Length > 1 && p != ".."));
    }
}
