using System.Collections.Generic;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using WordNumbering = DocumentFormat.OpenXml.Wordprocessing.Numbering;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// Word's automatic numbering, counted as Word counts it: a paragraph's list (its own <c>w:numPr</c>, or its style's),
/// the list's abstract definition and level, one set of counters per abstract list shared by the lists that use it,
/// deeper levels restarted when a higher one moves on (<c>w:lvlRestart</c>), and <c>w:startOverride</c> restarting a
/// list. The text is the level's <c>w:lvlText</c> with each <c>%n</c> printed in its level's format.
/// </summary>
internal sealed class DocxNumbering
{
    private const int Unset = int.MinValue;

    private readonly Dictionary<int, NumberingInstance> lists = new();
    private readonly Dictionary<int, AbstractNum> abstracts = new();
    private readonly Dictionary<string, Style> styles = new();
    private readonly Dictionary<int, int[]> counters = new();
    private readonly HashSet<int> started = new();

    public DocxNumbering(WordNumbering? numbering, Styles? styleDefinitions)
    {
        if (numbering is not null)
        {
            foreach (var list in numbering.Elements<NumberingInstance>())
            {
                if (list.NumberID?.Value is { } id)
                {
                    lists[id] = list;
                }
            }

            foreach (var definition in numbering.Elements<AbstractNum>())
            {
                if (definition.AbstractNumberId?.Value is { } id)
                {
                    abstracts[id] = definition;
                }
            }
        }

        if (styleDefinitions is not null)
        {
            foreach (var style in styleDefinitions.Elements<Style>())
            {
                if (style.StyleId?.Value is { } id && !styles.ContainsKey(id))
                {
                    styles[id] = style;
                }
            }
        }
    }

    /// <summary>
    /// The number Word prints before the paragraph, with what separates it from the text (a space after a letter or digit, as in
    /// <c>第一章 总则</c>; nothing after <c>、</c>, <c>.</c> or <c>④</c>); null for an unnumbered paragraph or a bullet. Counts the paragraph: call it once
    /// per paragraph, in document order.
    /// </summary>
    public string? Next(ParagraphProperties? properties)
    {
        var (numId, level) = Resolve(properties);
        if (numId is not { } listId || listId == 0 || !lists.TryGetValue(listId, out var list)
            || list.AbstractNumId?.Val?.Value is not { } abstractId || !abstracts.TryGetValue(FollowStyleLink(abstractId), out var definition))
        {
            return null;
        }

        var levels = Enumerable.Range(0, 9).Select(l => LevelOf(list, definition, l)).ToArray();
        var ilvl = level ?? LevelForStyle(levels, properties?.ParagraphStyleId?.Val?.Value) ?? 0;
        if (ilvl < 0 || ilvl > 8 || levels[ilvl] is not { } current)
        {
            return null;
        }

        var key = definition.AbstractNumberId!.Value;
        if (!counters.TryGetValue(key, out var values))
        {
            values = Enumerable.Repeat(Unset, 9).ToArray();
            counters[key] = values;
        }

        if (started.Add(listId))
        {
            foreach (var over in list.Elements<LevelOverride>())
            {
                if (over.LevelIndex?.Value is { } l && l is >= 0 and <= 8 && over.StartOverrideNumberingValue?.Val?.Value is { } start)
                {
                    values[l] = start - 1;
                }
            }
        }

        values[ilvl] = values[ilvl] == Unset ? Start(current) : values[ilvl] + 1;
        for (var deeper = ilvl + 1; deeper < 9; deeper++)
        {
            var restart = levels[deeper]?.LevelRestart?.Val?.Value;
            if (restart is null || (restart.Value != 0 && ilvl < restart.Value))
            {
                values[deeper] = Unset;
            }
        }

        var format = Format(current);
        if (format == "bullet")
        {
            return null;
        }

        var legal = current.IsLegalNumberingStyle is { } isLgl && (isLgl.Val is null || isLgl.Val.Value);
        var template = current.LevelText?.Val?.Value ?? string.Empty;
        var text = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '%' && i + 1 < template.Length && template[i + 1] is >= '1' and <= '9')
            {
                var referenced = template[i + 1] - '1';
                var value = values[referenced] == Unset ? (levels[referenced] is { } l ? Start(l) : 1) : values[referenced];
                text.Append(NumberText.Format(value, legal || levels[referenced] is null ? "decimal" : Format(levels[referenced]!)));
                i++;
            }
            else
            {
                text.Append(template[i]);
            }
        }

        if (text.Length == 0)
        {
            return null;
        }

        var suffix = current.LevelSuffix?.Val?.InnerText ?? "tab";
        var last = text[text.Length - 1];
        if (suffix != "nothing" && char.IsLetterOrDigit(last))
        {
            text.Append(' ');
        }

        return text.ToString();
    }

    /// <summary>The paragraph's list and level: its own, else its style's (through <c>w:basedOn</c>).</summary>
    private (int? NumId, int? Level) Resolve(ParagraphProperties? properties)
    {
        var own = properties?.NumberingProperties;
        int? numId = own?.NumberingId?.Val?.Value;
        int? level = own?.NumberingLevelReference?.Val?.Value;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        var seen = new HashSet<string>();
        while ((numId is null || level is null) && styleId is not null && seen.Add(styleId) && styles.TryGetValue(styleId, out var style))
        {
            var fromStyle = style.StyleParagraphProperties?.NumberingProperties;
            numId ??= fromStyle?.NumberingId?.Val?.Value;
            level ??= fromStyle?.NumberingLevelReference?.Val?.Value;

            styleId = style.BasedOn?.Val?.Value;
        }

        return (numId, level);
    }

    /// <summary>An abstract list that only points at a numbering style (<c>w:numStyleLink</c>) takes that style's list.</summary>
    private int FollowStyleLink(int abstractId)
    {
        for (var hops = 0; hops < 4 && abstracts.TryGetValue(abstractId, out var definition); hops++)
        {
            if (definition.NumberingStyleLink?.Val?.Value is not { } styleId || !styles.TryGetValue(styleId, out var style)
                || style.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value is not { } numId
                || !lists.TryGetValue(numId, out var list) || list.AbstractNumId?.Val?.Value is not { } next || next == abstractId)
            {
                break;
            }

            abstractId = next;
        }

        return abstractId;
    }

    private static Level? LevelOf(NumberingInstance list, AbstractNum definition, int index)
    {
        var over = list.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == index)?.Level;
        return over ?? definition.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == index);
    }

    /// <summary>A style linked to a level (<c>w:pStyle</c> in <c>w:lvl</c>) numbers its paragraphs at that level.</summary>
    private static int? LevelForStyle(Level?[] levels, string? styleId)
    {
        if (styleId is null)
        {
            return null;
        }

        for (var l = 0; l < levels.Length; l++)
        {
            if (levels[l]?.ParagraphStyleIdInLevel?.Val?.Value == styleId)
            {
                return l;
            }
        }

        return null;
    }

    private static int Start(Level level) => level.StartNumberingValue?.Val?.Value ?? 0;

    private static string Format(Level level) => level.NumberingFormat?.Val?.InnerText ?? "decimal";
}
