using System.Collections.Generic;
using System.Linq;

namespace WorkPlanDsl.Import.Reading;

internal sealed partial class StructureReader
{
    // A name this short is an end only beside a name at least this many times as long.
    private const int MaxEndLength = 3;
    private const int LongerBy = 2;

    // The start a longer name's end was broken from: more than a level's one character (市 before 发展和改革委员会 is the
    // same body under its level).
    private const int MinBrokenStart = 3;

    // A name glued after words is one the document prints alone, of this length at least, after words at least this long
    // (longer than a place's name: 乌鲁木齐市发展和改革委员会, 鄂尔多斯市财政局 are bodies under their place).
    private const int MinGluedName = 4;
    private const int MinGluedWords = 5;
    private const int MinGluedEnd = 2;

    /// <summary>
    /// Leads that are the last characters of another body's name the document prints (障局 beside 市人力资源和社会保障局),
    /// where the document also prints that name's start broken off at a line's or a cell's end (市人力资源和社会保): a
    /// narrow cell broke the name over lines and the break put its end in a row of its own. No lead is written for
    /// them, with a note: the document does not say which body the end belongs to. 办公室 beside 县委办公室, with no
    /// broken 县委 anywhere, is a body of its own.
    /// </summary>
    private void DropBrokenNameEnds(List<(SourceLine Line, Numbering Numbering)> body)
    {
        var elements = AllTasks().SelectMany(t => new[] { t }.Concat(t.Children)).ToList();
        var names = new HashSet<string>(elements.SelectMany(e => e.Leads.Concat(e.Supports)), System.StringComparer.Ordinal);

        // Looked up by the lead's own characters, so that thousands of names are not compared with each other.
        var byEnd = new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
        foreach (var name in names.Where(n => n.Length >= LongerBy))
        {
            for (var length = 1; length <= System.Math.Min(MaxEndLength, name.Length / LongerBy); length++)
            {
                var end = name.Substring(name.Length - length);
                if (!byEnd.TryGetValue(end, out var longer))
                {
                    byEnd[end] = longer = new List<string>();
                }

                longer.Add(name);
            }
        }

        var brokenOff = new Dictionary<string, bool>(System.StringComparer.Ordinal);
        var dropped = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var element in elements)
        {
            foreach (var lead in element.Leads.ToList())
            {
                // 市场准入环境市发展和改革委员会: a banner's words glued before a name the document prints alone, words that are
                // no body and longer than a place's name (岫川市发展和改革委员会 is the same body under its place).
                // Shorter words that end as a body does and start with no level (业联合会区数据局: 区工商业联合会 broken over a
                // page) are the end of another body's name, not a place.
                var glued = Enumerable.Range(MinGluedName, System.Math.Max(0, lead.Length - MinGluedEnd - MinGluedName + 1))
                    .Select(length => lead.Substring(lead.Length - length))
                    .FirstOrDefault(n => names.Contains(n) && UnitShape.LevelPrefixes.IndexOf(n[0]) >= 0
                        && lead.Substring(0, lead.Length - n.Length) is var words && words.All(ChineseText.IsHan)
                        && (words.Length >= MinGluedWords ? !UnitShape.IsOrganisation(words) : UnitShape.EndsLikeBody(words) && UnitShape.LevelPrefixes.IndexOf(words[0]) < 0));
                if (glued is not null)
                {
                    element.Leads.Remove(lead);
                    dropped.Add(lead);
                    _elements.Review(element, SourceLine.Of(element.Line, string.Empty), NoteSeverity.Warning,
                        "'" + lead + "' is " + glued + " with words glued before it: not read as the lead");
                }
            }

            foreach (var lead in element.Leads.Where(l => l.Length > MaxEndLength && UnitShape.LevelPrefixes.IndexOf(l[0]) < 0 && l[0] != '各').ToList())
            {
                // 规划局楠溪分局 beside 市自然资源和规划局楠溪分局: the end of a name the document prints whole, whose start
                // (市自然资源和) is no body of its own and ends on a joining word or is printed broken off at a line's or a
                // cell's end; 楠溪分局 beside it, after a whole body's name, may be a body of its own.
                if (names.FirstOrDefault(n => n.Length > lead.Length + 1 && n.EndsWith(lead, System.StringComparison.Ordinal)
                    && UnitShape.LevelPrefixes.IndexOf(n[0]) >= 0 && n.Substring(0, n.Length - lead.Length) is { Length: >= MinBrokenStart } start
                    && !UnitShape.IsOrganisation(start) && !UnitShape.IsPlace(start) && start.All(ChineseText.IsHan)
                    && (start[start.Length - 1] is '和' or '及' or '与' || BrokenOff(start))) is { } whole)
                {
                    element.Leads.Remove(lead);
                    dropped.Add(lead);
                    _elements.Review(element, SourceLine.Of(element.Line, string.Empty), NoteSeverity.Warning,
                        "'" + lead + "' is the end of " + whole + ", whose start (" + whole.Substring(0, whole.Length - lead.Length) + ") is no body: not read as the lead");
                }
            }

            foreach (var lead in element.Leads.Where(l => l.Length <= MaxEndLength && UnitShape.LevelPrefixes.IndexOf(l[0]) < 0 && l[0] != '各').ToList())
            {
                if (!byEnd.TryGetValue(lead, out var longer)
                    || longer.FirstOrDefault(n => n != lead && n.Length >= LongerBy * lead.Length && BrokenOff(n.Substring(0, n.Length - lead.Length))) is not { } whole)
                {
                    continue;
                }

                element.Leads.Remove(lead);
                dropped.Add(lead);
                _elements.Review(element, SourceLine.Of(element.Line, string.Empty), NoteSeverity.Warning,
                    "'" + lead + "' is the end of a name broken over lines (as " + whole + " ends): not read as the lead");
            }
        }

        bool BrokenOff(string start)
        {
            if (!brokenOff.TryGetValue(start, out var printed))
            {
                brokenOff[start] = printed = PrintsBrokenOff(body, start);
            }

            return printed;
        }

        var named = new HashSet<string>(elements.Concat(_plan.Sections).SelectMany(e => e.Leads.Concat(e.Supports).Concat(e.Implementers)), System.StringComparer.Ordinal);
        foreach (var name in dropped.Where(d => !named.Contains(d)))
        {
            _elements.Forget(name);
        }
    }

    // True where a paragraph's line or a table's cell ends with the start, or has it before a break (市人力资源和社会保 then
    // a space or a line's end).
    private static bool PrintsBrokenOff(List<(SourceLine Line, Numbering Numbering)> body, string start)
    {
        bool EndsPiece(string text)
        {
            for (var at = text.IndexOf(start, System.StringComparison.Ordinal); at >= 0; at = text.IndexOf(start, at + 1, System.StringComparison.Ordinal))
            {
                var after = at + start.Length;
                if (after == text.Length || char.IsWhiteSpace(text[after]))
                {
                    return true;
                }
            }

            return false;
        }

        return body.Any(p => p.Line.Table is { } table
            ? table.Rows.Any(r => r.Cells.Any(c => EndsPiece(c.Text)))
            : EndsPiece(p.Line.Text));
    }
}
