using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WorkPlanDsl.Tests.Import.Documents;

/// <summary>Makes .docx files with OpenXml as Word writes them: numbering definitions, styles, merged table cells.</summary>
internal static class WordFiles
{
    public static byte[] Create(IEnumerable<OpenXmlElement> body, Numbering? numbering = null, Styles? styles = null, string? headerText = null, IReadOnlyList<string>? footnotes = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(body));
            if (footnotes is not null)
            {
                // Footnote n (from 1) is footnotes[n - 1]; a FootnoteReference with that id marks its place.
                main.AddNewPart<FootnotesPart>().Footnotes = new Footnotes(footnotes.Select((words, i) => new Footnote(
                    new Paragraph(new Run(new FootnoteReferenceMark()), new Run(new Text(" " + words) { Space = SpaceProcessingModeValues.Preserve })))
                { Id = i + 1 }));
            }
            if (numbering is not null)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
            }

            if (styles is not null)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
            }

            if (headerText is not null)
            {
                var header = main.AddNewPart<HeaderPart>();
                header.Header = new Header(Paragraph(headerText));
                var id = main.GetIdOfPart(header);
                main.Document.Body!.Append(new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = id }));
            }
        }

        return stream.ToArray();
    }

    public static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>A paragraph whose words are followed by the mark of footnote <paramref name="footnote"/>, then more words.</summary>
    public static Paragraph WithFootnote(string before, int footnote, string after)
        => new(
            new Run(new Text(before) { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = footnote }),
            new Run(new Text(after) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>A paragraph in list <paramref name="numId"/> at level <paramref name="level"/>, as Word writes a numbered paragraph.</summary>
    public static Paragraph Numbered(string text, int numId, int level)
        => new(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })),
            new Run(new Text(text)));

    public static Paragraph Styled(string text, string styleId)
        => new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), new Run(new Text(text)));

    public static Level Level(int index, string format, string text, int start = 1, int? restart = null, string? styleId = null)
    {
        var level = new Level { LevelIndex = index };
        level.Append(new StartNumberingValue { Val = start });
        level.Append(new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(format)) });
        if (restart is not null)
        {
            level.Append(new LevelRestart { Val = restart.Value });
        }

        if (styleId is not null)
        {
            level.Append(new ParagraphStyleIdInLevel { Val = styleId });
        }

        level.Append(new LevelText { Val = text });
        return level;
    }

    public static AbstractNum Abstract(int id, params Level[] levels)
    {
        var definition = new AbstractNum { AbstractNumberId = id };
        definition.Append(levels);
        return definition;
    }

    public static NumberingInstance List(int numId, int abstractId, params LevelOverride[] overrides)
    {
        var list = new NumberingInstance { NumberID = numId };
        list.Append(new AbstractNumId { Val = abstractId });
        list.Append(overrides);
        return list;
    }

    public static Numbering Numbering(IEnumerable<AbstractNum> abstracts, IEnumerable<NumberingInstance> lists)
        => new(abstracts.Cast<OpenXmlElement>().Concat(lists));

    /// <summary>A cell: <paramref name="span"/> grid columns wide, <paramref name="merge"/> "restart" or "continue" for a vertical merge.</summary>
    public static TableCell Cell(string text, int span = 1, string? merge = null, params string[] moreParagraphs)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge == "restart")
        {
            properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
        }
        else if (merge == "continue")
        {
            properties.Append(new VerticalMerge());
        }

        var cell = new TableCell(properties, Paragraph(text));
        cell.Append(moreParagraphs.Select(Paragraph));
        return cell;
    }

    public static Table Table(params TableRow[] rows)
    {
        var table = new Table(new TableProperties(), new TableGrid());
        table.Append(rows);
        return table;
    }

    public static TableRow Row(params TableCell[] cells) => new(cells);
}
