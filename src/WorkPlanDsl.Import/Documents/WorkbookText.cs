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
        long characters = 0;
        foreach (var entry in archive.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
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

    private static List<int> SharedStringLengths(ZipArchiveEntry? entry, XmlReaderSettings settings, CancellationToken cancellationToken)
    {
        var lengths = new List<int>();
        if (entry is null)
        {
            return lengths;
        }

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

    // The elements named `marker` (with their `t` attribute) and `first`/`second` (with their text), in document order.
    // A part that is not well-formed ends the walk: it is the SDK's to report as damage.
    private static IEnumerable<(string Name, string Value)> Elements(ZipArchiveEntry entry, XmlReaderSettings settings, string marker, string first, string second)
    {
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

                if (reader.NodeType == XmlNodeType.Element && (reader.LocalName == first || reader.LocalName == second))
                {
                    var name = reader.LocalName;
                    found = (name, reader.ReadElementContentAsString());
                }
                else
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.LocalName == marker)
                    {
                        found = (marker, reader.GetAttribute("t") ?? string.Empty);
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
}
