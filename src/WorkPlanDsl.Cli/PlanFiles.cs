using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using WorkPlanDsl.Language;
using WorkPlanDsl.Language.Diagnostics;

namespace WorkPlanDsl.Cli;

/// <summary>A plan file read from disk, compiled as the build compiles it, with its path as the user named it.</summary>
internal sealed record CheckedPlan(string Path, string Text, CompiledPlan Compiled, IReadOnlyList<PlanDiagnostic> Diagnostics);

/// <summary>Finds and reads plan files: the command line's counterpart of the compiler's AdditionalFiles.</summary>
internal static class PlanFiles
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

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

    /// <summary>
    /// Reads and compiles one file. A file that is not UTF-8 gets WPL0012 at its first bad line, as in the build, and
    /// nothing else: its text decodes to garbage, and the errors found in garbage would bury the one that matters.
    /// </summary>
    public static CheckedPlan Read(string path)
    {
        var (text, encoding) = ReadText(path);
        if (encoding is not null)
        {
            return new CheckedPlan(path, text, new CompiledPlan(null, default), new[] { encoding });
        }

        var compiled = PlanCompiler.Compile(text);
        return new CheckedPlan(path, text, compiled, compiled.Diagnostics.ToArray());
    }

    /// <summary>A path as the user gave it, with '/' separators: what editors and terminals make clickable.</summary>
    public static string Shown(string path) => path.Replace('\\', '/');

    /// <summary>A file's text, decoded as the compiler decodes it, and its WPL0012 when it is not UTF-8.</summary>
    public static (string Text, PlanDiagnostic? NotUtf8) ReadText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return (StrictUtf8.GetString(bytes, start, bytes.Length - start), null);
        }
        catch (DecoderFallbackException)
        {
            var text = Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
            var lines = new Language.Text.LineMap(text);
            var line = Math.Min(FirstInvalidLine(bytes, start), lines.LineCount - 1);
            var lineStart = lines.LineStart(line);
            return (text, PlanDiagnostic.Create(DiagnosticCatalog.NotUtf8, lines.Locate(lineStart, lines.LineEnd(line) - lineStart), (line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    private static int FirstInvalidLine(byte[] bytes, int start)
    {
        var line = 0;
        var lineStart = start;
        for (var i = start; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != (byte)'\n')
            {
                continue;
            }

            try
            {
                StrictUtf8.GetCharCount(bytes, lineStart, i - lineStart);
            }
            catch (DecoderFallbackException)
            {
                return line;
            }

            line++;
            lineStart = i + 1;
        }

        return 0;
    }

    private static bool IsBuildOutput(string path)
    {
        var parts = path.Replace('\\', '/').Split('/');
        return parts.Any(p => p is "bin" or "obj" || (p.StartsWith(".", StringComparison.Ordinal) && p.Length > 1 && p != ".."));
    }
}
