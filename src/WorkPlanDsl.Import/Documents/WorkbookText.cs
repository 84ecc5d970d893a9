using System;
using System.Collections.Generic;
using System.IO.Compression;
using System.Linq;
using System.Threading;
using System.Xml;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// How many characters a workbook's cells hold, counted from its parts as streams. Rows of identical cells compress a
/// few hundred kilobytes into millions of cells, which the Open Xml SDK would load as gigabytes of elements before the
/// character limit could refuse them.
/// </summary>
internal static class WorkbookText
{
    public static long Characters(ZipArchive archive, long stopAbove, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        var shared = SharedStringLengths(archive.GetEntry("xl/sharedStrings.xml"), settings, cancellationToken);
        var read = ReadSheets(archive, settings);
        long characters = 0;
        foreach (var entry in archive.Entries.Where(e => read.Contains(e.FullName)))
        {
            var sharedCell = false;
            foreach (var (name, value) in Elements(entry, settings, "c", "v", "t"))
            {
                if (name == "c")
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    sharedCell = value == "s";
                    continue;
                }

                characters += name == "v" && sharedCell && int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < shared.Count
                    ? shared[index]
                    : value.Length;
                if (characters > stopAbove)
                {
                    return characters;
                }
            }
        }

        return characters;
    }

    // The parts of the sheets the reader reads: those the workbook lists and does not hide (a hidden sheet of data, a
    // part nothing refers to, are no part of the plan and do not count against it).
    private static HashSet<string> ReadSheets(ZipArchive archive, XmlReaderSettings settings)
    {
        var visible = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in Elements(archive.GetEntry("xl/workbook.xml"), settings, "sheet", "\0", "\0", ("state", "id")))
        {
            var (state, id) = Pair(value);
            if (name == "sheet" && state is not ("hidden" or "veryHidden") && id.Length > 0)
            {
                visible.Add(id);
            }
        }

        var parts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in Elements(archive.GetEntry("xl/_rels/workbook.xml.rels"), settings, "Relationship", "\0", "\0", ("Id", "Target")))
        {
            var (id, target) = Pair(value);
            if (name == "Relationship" && visible.Contains(id) && target.Length > 0)
            {
                parts.Add(target.StartsWith("/", StringComparison.Ordinal) ? target.Substring(1) : "xl/" + target);
            }
        }

        return parts;
    }

    private static (string, string) Pair(string value)
    {
        var cut = value.IndexOf('\n');
        return cut < 0 ? (value, string.Empty) : (value.Substring(0, cut), value.Substring(cut + 1));
    }

    private static List<int> SharedStringLengths(ZipArchiveEntry? entry, XmlReaderSettings settings, CancellationToken cancellationToken)
    {
        var lengths = new List<int>();
        foreach (var (name, value) in Elements(entry, settings, "si", "t", "t"))
        {
            if (name == "si")
            {
                cancellationToken.ThrowIfCancellationRequested();
                lengths.Add(0);
            }
            else if (lengths.Count > 0)
            {
                lengths[lengths.Count - 1] += value.Length;
            }
        }

        return lengths;
    }

    // The elements named `marker` (with their `t` attribute, or the two attributes named, joined by \n) and `first`/
    // `second` (with their text), in document order; a phonetic run (<rPh>, readings beside the text) skipped. A part
    // that is not well-formed ends the walk: it is the SDK's to report as damage.
    private static IEnumerable<(string Name, string Value)> Elements(ZipArchiveEntry? entry, XmlReaderSettings settings, string marker, string first, string second, (string, string)? attributes = null)
    {
        if (entry is null)
        {
            yield break;
        }

        using var reader = XmlReader.Create(entry.Open(), settings);
        while (true)
        {
            (string, string)? found = null;
            try
            {
                if (reader.EOF)
                {
                    yield break;
                }

                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
                {
                    reader.Skip();
                    continue;
                }

                if (reader.NodeType == XmlNodeType.Element && (reader.LocalName == first || reader.LocalName == second))
                {
                    var name = reader.LocalName;
                    found = (name, reader.ReadElementContentAsString());
                }
                else
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.LocalName == marker)
                    {
                        found = (marker, attributes is var (a, b) ? Attribute(reader, a) + "\n" + Attribute(reader, b) : reader.GetAttribute("t") ?? string.Empty);
                    }

                    reader.Read();
                }
            }
            catch (XmlException)
            {
                yield break;
            }

            if (found is { } element)
            {
                yield return element;
            }
        }
    }

    // An attribute by its local name, whatever its namespace (r:id).
    private static string Attribute(XmlReader reader, string localName)
    {
        for (var i = 0; i < reader.AttributeCount; i++)
        {
            reader.MoveToAttribute(i);
            if (reader.LocalName == localName)
            {
                var value = reader.Value;
                reader.MoveToElement();
                return value;
            }
        }

        reader.MoveToElement();
        return string.Empty;
    }
}
