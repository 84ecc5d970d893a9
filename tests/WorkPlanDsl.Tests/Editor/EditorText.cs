using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using WorkPlanDsl.Cli;

namespace WorkPlanDsl.Tests.Editor;

/// <summary>Positions and edits as an editor computes them (written here, not taken from the server), and `workplan check`'s view of a text.</summary>
internal static class EditorText
{
    private static readonly Regex CheckLine = new(@"^(?<file>.*)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>WPL\d{4}): (?<message>.*)$");

    /// <summary>LSP's position of an offset: lines end at LF, CRLF or CR; characters are UTF-16 code units.</summary>
    public static (int Line, int Character) PositionOf(string text, int offset)
    {
        int line = 0, lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart);
    }

    public static int OffsetOf(string text, int line, int character)
    {
        var offset = 0;
        for (var l = 0; l < line; l++)
        {
            var lf = text.IndexOfAny(new[] { '\r', '\n' }, offset);
            offset = text[lf] == '\r' && lf + 1 < text.Length && text[lf + 1] == '\n' ? lf + 2 : lf + 1;
        }

        return offset + character;
    }

    /// <summary>Where <paramref name="what"/> occurs the <paramref name="nth"/> time (0-based), as an LSP position <paramref name="into"/> characters into it.</summary>
    public static (int Line, int Character) Find(string text, string what, int nth = 0, int into = 0)
    {
        var offset = -1;
        for (var i = 0; i <= nth; i++)
        {
            offset = text.IndexOf(what, offset + 1, StringComparison.Ordinal);
            if (offset < 0)
            {
                throw new InvalidOperationException("'" + what + "' does not occur " + (nth + 1) + " times");
            }
        }

        return PositionOf(text, offset + into);
    }

    /// <summary>Applies LSP text edits (non-overlapping) to a text, last first.</summary>
    public static string Apply(string text, IEnumerable<JToken> edits)
    {
        var spans = edits.Select(e => (
            Start: OffsetOf(text, (int)e["range"]!["start"]!["line"]!, (int)e["range"]!["start"]!["character"]!),
            End: OffsetOf(text, (int)e["range"]!["end"]!["line"]!, (int)e["range"]!["end"]!["character"]!),
            Text: (string)e["newText"]!)).OrderByDescending(s => s.Start).ToList();
        foreach (var (start, end, newText) in spans)
        {
            text = text.Substring(0, start) + newText + text.Substring(end);
        }

        return text;
    }

    /// <summary>What `workplan check` prints for the text saved as a file: (line, column, severity, id, message), 1-based as it prints them.</summary>
    public static List<(int Line, int Column, string Severity, string Id, string Message)> Check(string path)
    {
        var stdout = new StringWriter();
        CheckCommand.Run(new[] { path }, "msbuild", false, stdout, new StringWriter());
        return stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => CheckLine.Match(l.TrimEnd('\r')))
            .Select(m => (int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["column"].Value), m.Groups["severity"].Value, m.Groups["id"].Value, m.Groups["message"].Value))
            .ToList();
    }

    /// <summary>What `workplan check` prints for a folder, by file name.</summary>
    public static Dictionary<string, List<(int Line, int Column, string Severity, string Id, string Message)>> CheckFolder(string folder)
    {
        var stdout = new StringWriter();
        CheckCommand.Run(new[] { folder }, "msbuild", false, stdout, new StringWriter());
        return stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => CheckLine.Match(l.TrimEnd('\r')))
            .GroupBy(m => Path.GetFileName(m.Groups["file"].Value))
            .ToDictionary(g => g.Key, g => g.Select(m => (int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["column"].Value), m.Groups["severity"].Value, m.Groups["id"].Value, m.Groups["message"].Value)).ToList());
    }

    /// <summary>Published diagnostics in `workplan check`'s terms.</summary>
    public static List<(int Line, int Column, string Severity, string Id, string Message)> AsCheck(JArray diagnostics)
        => diagnostics.Select(d => (
            (int)d["range"]!["start"]!["line"]! + 1,
            (int)d["range"]!["start"]!["character"]! + 1,
            (int)d["severity"]! switch { 1 => "error", 2 => "warning", var s => "severity " + s },
            (string)d["code"]!,
            (string)d["message"]!)).ToList();
}
