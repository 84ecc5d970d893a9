using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using WorkPlanDsl.Import.Reading;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// A task table printed with its columns aligned by spaces, as <c>pdftotext -layout</c> prints one: a header line of
/// table words (序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限, classified by <see cref="TableColumns"/>), then rows whose
/// cells wrap onto several lines inside their column, often centred vertically (the 序号 on a row's middle line).
/// The columns are where the header and the body's text start, counted in display columns (a Chinese character and
/// the Chinese quotes take two, as the text is laid out); a row is the lines between blank lines (or page breaks)
/// that hold one 序号; a cell's wrapped pieces are joined without a space. A header repeated after a page break and
/// the page number lines are dropped. Where the rows cannot be told apart, the lines stay text and a note says why.
/// A real converter is rougher than that: it lays Chinese out a character a column, so a cell after a long one stands
/// left of its column, a space away (see <c>Cells</c>); each page is laid out afresh (the edges are measured again on
/// each); rows follow each other without a blank line (see <c>Splits</c>); the page's running header stands between rows.
/// </summary>
internal static partial class LayoutTable
{
    private const int MaxHeaderLines = 3;
    private const int MaxRowLines = 40;
    private const int EdgeWindow = 120;

    private static readonly Regex DateInUnitCell = new(@"\d\s*[年月日]|[0-9０-９]{4}[-./]\d", RegexOptions.CultureInvariant);
    // A section row printed at the table's left edge across its columns (一、强化安全责任落实, （二）…, 第三部分…).
    private static readonly Regex SectionHeading = new(@"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[部分章节篇类])\S", RegexOptions.CultureInvariant);

    private const int MaxFailedHeaders = 64;

    // ------, ══════, ─────: a rule a text table draws under its header or between its rows, no words of the plan (not
    // ——————, the rule a page prints above its footnotes, which the reader of footnotes looks for).
    private static readonly Regex RuleLine = new(@"^[ \t]*[-=_─━═+ ]{8,}[ \t]*$", RegexOptions.CultureInvariant);

    /// <summary>
    /// A 序号 cell: a number (3, 3.), or the body's task number an annex table refers to (（三）) where its rows name the
    /// tasks of the plan above it.
    /// </summary>
    private static bool RowNumber(string cell)
        => PageChrome.BareNumber(cell) is not null
            || (Numbering.Read(SourceLine.Of(0, cell.Trim())) is { Kind: NumberingKind.Parenthesized } task && task.BodyStart >= cell.Trim().Length);

    public static List<DocumentBlock> Blocks(List<LayoutLine> lines, List<ImportNote> notes)
    {
        // A rule is read as the blank line it stands for: it parts the rows, it is no row.
        lines = lines.Select(l => !l.IsBlank && RuleLine.IsMatch(l.Text) && l.Text.Trim().Distinct().Count() <= 2 ? l with { Text = string.Empty } : l).ToList();
        var blocks = new List<DocumentBlock>(lines.Count);
        var failedHeaders = 0;
        var running = RunningLines(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            // A failed read may look at every line after the header, so the tries are bounded: a plan has a few tables,
            // and a text with thousands of header-like lines (a header printed again and again) stays linear.
            var loneTop = LoneTop(lines, i);
            if (failedHeaders < MaxFailedHeaders && (loneTop || MayBeHeader(lines[i])))
            {
                if (Read(lines, i, running, notes) is { } read)
                {
                    blocks.Add(read.Table);
                    i = read.Next - 1;
                    continue;
                }

                // Only a header that was found and failed to read costs the budget: a line that is no header costs
                // nothing to look at (a long prose plan has thousands, and its annex table at the end).
                failedHeaders += loneTop || !HeaderAt(lines, i) ? 0 : 1;
            }

            if (!lines[i].IsBlank)
            {
                blocks.Add(new ParagraphBlock(lines[i].Number, lines[i].Text));
            }
        }

        return blocks;
    }

    private static bool HeaderAt(List<LayoutLine> lines, int start)
        => Header.Find(lines, start, Measure.Display) is not null || Header.Find(lines, start, Measure.Characters) is not null;

    // Cheap test first: a layout header has words apart by spaces, and tabs, pipes and wide spaces belong to the
    // copied-table forms the recogniser reads (CopiedTable).
    private static bool MayBeHeader(LayoutLine line)
        => line.Text.Length <= 400 && line.Text.IndexOf(' ') >= 0 && line.Text.IndexOfAny(new[] { '\t', '|', '｜', '\u3000' }) < 0 && !line.IsBlank;

    // A word alone at the margin over a header's line (序 over it, 号 under it): the top of a column's words split around
    // the line. A failed try from it is not counted: the line under it is tried, and counted, next.
    private static bool LoneTop(List<LayoutLine> lines, int i)
        => !lines[i].IsBlank && lines[i].Text.Length <= 2 && lines[i].Text.IndexOf(' ') < 0 && i + 1 < lines.Count && MayBeHeader(lines[i + 1]);

    /// <summary>
    /// The words a PDF prints at the top of every page (the issuer's banner, the plan's name): the first line of two
    /// pages or more, spaces aside. Inside a table they stand between two rows, or inside a row run over the page.
    /// </summary>
    private static HashSet<string> RunningLines(List<LayoutLine> lines)
    {
        var tops = new Dictionary<string, int>();
        var top = true;
        foreach (var line in lines)
        {
            top |= line.AfterPageBreak;
            if (line.IsBlank || !top)
            {
                continue;
            }

            var key = PlainText.Unspaced(line.Text);
            tops[key] = tops.TryGetValue(key, out var seen) ? seen + 1 : 1;
            top = false;
        }

        return new HashSet<string>(tops.Where(t => t.Value >= 2).Select(t => t.Key));
    }

    private static (TableBlock Table, int Next)? Read(List<LayoutLine> lines, int start, HashSet<string> running, List<ImportNote> notes)
    {
        // A header whose words do not all read (a word of one line run into another's column, as a converter that lays
        // Chinese out a character a column prints them when counted two wide) reads the table, but may have lost a
        // column (责任领导 under 牵头单位): the other measure's header, where every word reads, is taken before it.
        // A read that kept lines it could not put in columns (see ReadRows) is taken only where no measure reads them all.
        var reads = new List<(TableBlock Table, int Next, List<ImportNote> Notes, bool AllWordsRead, int Unread, int AtEdges)>();
        foreach (var measure in new[] { Measure.Display, Measure.Characters })
        {
            if (Header.Find(lines, start, measure) is not { } header)
            {
                continue;
            }

            var edges = Edges(lines, header, measure, out var atEdges);
            if (edges is null)
            {
                continue;
            }

            var layout = new Layout(header, edges, measure, running);
            var local = new List<ImportNote>();
            if (layout.ReadRows(lines, local) is { } read)
            {
                reads.Add((read.Table, read.Next, local, header.AllWordsRead, layout.Unread, atEdges));
            }
        }

        if (reads.Count == 0)
        {
            return null;
        }

        // Of two reads that put every line in its columns, the one that goes on further (a table laid out counting
        // characters, read counting Chinese two wide, may end at its first rows and still read clean), then the one
        // whose cells start where its columns do (the other measure puts a cell after a long one in the wrong column).
        var taken = reads.OrderBy(r => r.Unread).ThenByDescending(r => r.AllWordsRead).ThenByDescending(r => r.Next).ThenByDescending(r => r.AtEdges).First();
        notes.AddRange(taken.Notes);
        return (taken.Table, taken.Next);
    }

    /// <summary>
    /// Where each column starts: the first at the margin, each other where most body lines start text between the end of
    /// the header word before it and its own header word (header words are often centred over their column). Null where
    /// the body does not line up with the header (a table copied with spaces between cells, but not aligned).
    /// </summary>
    private static int[]? Edges(List<LayoutLine> lines, Header header, Measure measure, out int atEdges)
    {
        var starts = new List<int>();
        var seen = 0;
        var dated = header.Columns.Any(c => c.Kind == ColumnKind.Deadline);
        for (var i = header.End; i < lines.Count && seen < EdgeWindow; i++)
        {
            // A converter lays each page out afresh: the next page's columns stand elsewhere, and its lines would pull
            // this page's edges to where none of its text starts (the next page's header measures its own; a page
            // without one is remeasured where it starts).
            if (lines[i].AfterPageBreak && seen > 0)
            {
                break;
            }

            if (lines[i].IsBlank)
            {
                continue;
            }

            // A banner row (一、投资建设环境) stands where it is centred, at no column's edge, and so does a page's number
            // (第1页共6页, — 2 —), a few words at most.
            var tokens = NumbersJoined(Token.Split(lines[i].Text, measure));
            if ((tokens.Count == 1 && SectionHeading.IsMatch(tokens[0].Text)) || (tokens.Count <= 6 && PageChrome.IsPageNumber(lines[i].Text)))
            {
                continue;
            }

            seen++;
            // A figure a single space off the Chinese before or after it (2025 年 12 月底, 新建 5G 基站, as a word
            // processor spaces them) is inside its cell: where such a cell's words start is no column's edge (a unit's
            // name after a figure, …清淤 30 县水利局, opens a cell of its own).
            // (A row's 序号 a space before the task's words is a cell of its own. A table without a 完成时限 column
            // has no spaced dates of its own: every word counts there.)
            starts.AddRange(tokens.Where((t, k) => k == 0 || !dated || !SpacedOff(tokens[k - 1], t) || UnitShape.LevelPrefixes.IndexOf(t.Text[0]) >= 0
                    || RowNumber(tokens[k - 1].Text))
                .Select(t => t.Start));
        }

        var edges = new int[header.Columns.Count];
        var aligned = 0;
        atEdges = 0;
        for (var j = 1; j < edges.Length; j++)
        {
            var from = header.Columns[j - 1].End;
            var to = header.Columns[j].Start + 1;
            var best = starts.Where(s => s >= from && s <= to).GroupBy(s => s).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault();
            edges[j] = best is null ? header.Columns[j].Start : best.Key;
            aligned += best is null ? 0 : 1;
            atEdges += best?.Count() ?? 0;
        }

        // The body must start text under at least half the header's columns (beyond the first).
        return aligned * 2 >= edges.Length - 1 ? edges : null;
    }

    private static int[]? Edges(List<LayoutLine> lines, Header header, Measure measure) => Edges(lines, header, measure, out _);

    private enum Measure
    {
        /// <summary>A Chinese character (and a Chinese quote or dash) two columns wide, as a layout prints it.</summary>
        Display,

        /// <summary>Every character one column: text laid out by a tool that counts characters.</summary>
        Characters,
    }

    private static int Width(char c, Measure measure)
    {
        if (measure == Measure.Characters)
        {
            return char.IsLowSurrogate(c) ? 0 : 1;
        }

        if (char.IsLowSurrogate(c))
        {
            return 0;
        }

        return char.IsHighSurrogate(c)
            || (c >= '\u1100' && c <= '\u115F') || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3')
            || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60')
            || (c >= '\uFFE0' && c <= '\uFFE6') || c is '“' or '”' or '‘' or '’' or '…' or '—' or '·' or '※' or '■' or '●' or '△' or '○'
            ? 2
            : 1;
    }

    // 控药 after a space in a task's words (“治违禁 控药残 促提升”): a few characters that neither open with a level nor end
    // as a body are the task's own words spaced as printed, not a unit's name pulled left of its column.
    private static bool NoNameStart(string text)
        => text.Length <= 3 && text.All(ChineseText.IsHan) && UnitShape.LevelPrefixes.IndexOf(text[0]) < 0 && text[0] != '各' && !UnitShape.EndsLikeBody(text);

    // 一、压实食品安全责任（4 项）: a converter spaces a number off the Chinese around it, and the words stay one.
    private static List<Token> NumbersJoined(List<Token> tokens)
    {
        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k].Start - tokens[k - 1].End != 1 || !(IsLatin(tokens[k - 1].Text[tokens[k - 1].Text.Length - 1]) || IsLatin(tokens[k].Text[0])))
            {
                return tokens;
            }
        }

        return tokens.Count < 2 ? tokens : new List<Token> { new(tokens[0].Start, tokens[tokens.Count - 1].End, string.Join(" ", tokens.Select(t => t.Text))) };
    }

    /// <summary>A run of text between spaces, at its display columns.</summary>
    private sealed record Token(int Start, int End, string Text)
    {
        /// <summary>A narrow cell's line spread over its width, joined (see <see cref="Justified"/>).</summary>
        public bool Spread { get; init; }

        /// <summary>Where a spread line's last piece stands, as printed.</summary>
        public int Reach { get; init; }

        public static List<Token> Split(string text, Measure measure)
        {
            var tokens = new List<Token>();
            var x = 0;
            var from = -1;
            var fromX = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                var space = i == text.Length || text[i] == ' ' || text[i] == '\u3000' || text[i] == '\t' || text[i] == '\u00A0';
                if (space && from >= 0)
                {
                    tokens.Add(new Token(fromX, x, text.Substring(from, i - from)));
                    from = -1;
                }
                else if (!space && from < 0)
                {
                    from = i;
                    fromX = x;
                }

                if (i < text.Length)
                {
                    x += text[i] == '\t' ? 8 - (x % 8) : Width(text[i], measure);
                }
            }

            return tokens;
        }
    }

    /// <summary>A header column: its words as printed (joined where they stand on two lines), its kind and its span.</summary>
    private sealed record Column(string Text, ColumnKind Kind, int Start, int End)
    {
        /// <summary>Whether the column's words read together name it (完成 over 时限), none of them left aside.</summary>
        public bool AllWordsRead { get; init; } = true;
    }

    private sealed class Header
    {
        private Header(List<Column> columns, int start, int end, bool bilingual)
        {
            Columns = columns;
            Start = start;
            End = end;
            Bilingual = bilingual;
        }

        /// <summary>Whether the header prints its words' English on a line of their own (序号 / No.).</summary>
        public bool Bilingual { get; }

        public List<Column> Columns { get; }

        /// <summary>The header's first line, and the line after its last.</summary>
        public int Start { get; }

        public int End { get; }

        public int NumberColumn => Columns.FindIndex(c => c.Kind == ColumnKind.Number);

        /// <summary>Whether every column's words, joined, name it (no word left aside, see <c>Named</c>).</summary>
        public bool AllWordsRead => Columns.All(c => c.AllWordsRead);

        /// <summary>
        /// The header whose first line is <paramref name="start"/>: one line of table words, or up to three (words split
        /// over two lines, 责任单位 over 牵头单位 and 配合单位, a word centred on the middle line), the longest that reads.
        /// </summary>
        public static Header? Find(List<LayoutLine> lines, int start, Measure measure, int most = MaxHeaderLines)
        {
            var run = new List<List<Token>>();
            for (var i = start; i < lines.Count && run.Count < most; i++)
            {
                if (lines[i].IsBlank || (i > start && lines[i].AfterPageBreak) || lines[i].Text.IndexOfAny(new[] { '\t', '|', '｜', '\u3000' }) >= 0)
                {
                    break;
                }

                // A bilingual header prints its words' English under or over them (Lead, No. Key Tasks): the header's
                // line, naming nothing more.
                if (i > start && CellNames.IsTranslation(lines[i].Text))
                {
                    run.Add(new List<Token>());
                    continue;
                }

                var tokens = Token.Split(lines[i].Text, measure);
                if (tokens.Count == 0 || !tokens.All(t => IsHeaderWord(t.Text)))
                {
                    break;
                }

                run.Add(tokens);
            }

            // A word alone on the first line opens a bracket its column closes below (总投资（亿 / 元）), or is the top of a
            // column's words printed over and under the middle line that holds the others (责任领 / 导): it must stand
            // over a gap of the middle line, join a word of the line under it, and read with it; a title over the
            // header (附件, 任务分工表) does neither.
            var loneTop = run.Count > 0 && run[0].Count < 2;
            if (loneTop && !OpensBracket(run[0][0].Text) && !SplitOverMiddle(run))
            {
                return null;
            }

            for (var count = run.Count; count >= 1; count--)
            {
                if (Read(run.Take(count).ToList()) is { } columns && (!loneTop || count >= 2))
                {
                    return new Header(columns, start, start + count, run.Take(count).Any(line => line.Count == 0));
                }
            }

            return null;
        }

        // 责任领 over a gap of the middle line and 导 under it: one column's words, split around the middle line.
        private static bool SplitOverMiddle(List<List<Token>> run)
        {
            if (run.Count < 3 || run[1].Count < 2)
            {
                return false;
            }

            var top = run[0][0];
            var under = run[2].Where(t => Overlap(t, top)).Select(t => t.Text).ToList();
            return !run[1].Any(t => Overlap(t, top))
                && under.Count > 0
                && Named(new[] { top.Text }.Concat(under).ToList(), top.Start, top.End) is { Kind: not ColumnKind.None, AllWordsRead: true };
        }

        // A word naming a group of header columns (责任分工, 责任单位), not a cell's words.
        public static bool IsGroupWord(string text) => text.EndsWith("分工", System.StringComparison.Ordinal) && text.Length <= 4
            || (IsHeaderWord(text) && TableColumns.Classify(text) == ColumnKind.Accountable);

        // A header word may hold its unit in brackets, broken over two lines (总投资（亿 / 元）).
        private static bool IsHeaderWord(string text)
            => text.Length <= 8 && !text.Any(c => char.IsDigit(c) || "。，、；;,：:".IndexOf(c) >= 0);

        // The first line of a header may be one word alone where its column's words are centred over two lines and the
        // others' on the line between (总投资（亿 over 序号 项目名称 … over 元）): the word opens a bracket it does not close.
        private static bool OpensBracket(string text)
        {
            var open = System.Math.Max(text.LastIndexOf('（'), text.LastIndexOf('('));
            return open > 0 && text.IndexOfAny(new[] { '）', ')' }, open) < 0;
        }

        // 总投资（亿元）, 投资金额, 年度计划投资（万元）: a project list's amounts, kept as text.
        private static readonly Regex Amount = new(@"^(?:年度计划|计划|预计|年度|总)?(?:投资|金额|资金)(?:额|金额|规模)?(?:[（(][^）)]{1,4}[）)])?$", RegexOptions.CultureInvariant);

        // A word over or under another (牵头 over 单位, a word centred on the middle line) joins it into one column; a
        // word over several (责任单位 over 牵头单位 and 配合单位) names their group, and the columns under it say more.
        private static List<Column>? Read(List<List<Token>> run)
        {
            run = run.Select((tokens, line) => line == 0 ? tokens : tokens.Select(t => UnderItsWord(run[line - 1], t)).ToList()).ToList();
            var words = run.SelectMany((tokens, line) => tokens.Select(t => (Line: line, Token: t))).ToList();
            words = words.Where(w => !run.Where((_, l) => l != w.Line).Any(other => other.Count(o => Overlap(o, w.Token)) >= 2) && !OverTheGapOfItsGroup(run, w.Line, w.Token)).ToList();
            var groups = new List<List<(int Line, Token Token)>>();
            foreach (var word in words)
            {
                var joined = groups.Where(g => g.Any(o => o.Line != word.Line && Overlap(o.Token, word.Token))).ToList();
                var group = new List<(int Line, Token Token)> { word };
                foreach (var g in joined)
                {
                    group.AddRange(g);
                    groups.Remove(g);
                }

                groups.Add(group);
            }

            var result = groups
                .Select(g => g.OrderBy(p => p.Line).ThenBy(p => p.Token.Start).ToList())
                .Select(g => Named(g.Select(p => p.Token.Text).ToList(), g.Min(p => p.Token.Start), g.Max(p => p.Token.End)))
                .OrderBy(c => c.Start)
                .ToList();
            var numbered = TableColumns.WithTaskNumbers(result.Select(c => c.Kind).ToArray(), result.Select(c => c.Text).ToList());
            result = result.Select((c, i) => c with { Kind = numbered[i] }).ToList();
            var kinds = result.Select(c => c.Kind).ToList();
            return result.Count >= 3 && kinds.All(k => k != ColumnKind.None) && TableColumns.IsHeader(kinds)
                && kinds.Any(TableColumns.NamesUnits)
                && result.Zip(result.Skip(1), (a, b) => a.End <= b.Start).All(x => x)
                ? result
                : null;
        }

        // 责任单位 centred over the gap between 牵头单位 and 配合单位 on a lower line, touching neither: it names their group,
        // no column of its own.
        private static bool OverTheGapOfItsGroup(List<List<Token>> run, int line, Token word)
            => IsGroupWord(word.Text) && !run.Where((_, l) => l != line).Any(other => other.Any(o => Overlap(o, word)))
                && run.Skip(line + 1).Any(lower => lower.Any(a => a.End <= word.Start && TableColumns.NamesUnits(TableColumns.Classify(a.Text)))
                    && lower.Any(b => b.Start >= word.End && TableColumns.NamesUnits(TableColumns.Classify(b.Text))));

        // 完成时 over a 限 printed a column or two aside (a converter sets the wrapped end of a word where the PDF has it,
        // not under it): the end that alone names nothing and completes the word above it nearby stands under it.
        private static Token UnderItsWord(List<Token> above, Token word)
        {
            if (word.Text.Length > 2 || TableColumns.Classify(word.Text) != ColumnKind.None || above.Any(t => Overlap(t, word)))
            {
                return word;
            }

            var top = above.FirstOrDefault(t => word.Start >= t.Start - 2 && word.Start <= t.End + 2
                && TableColumns.Classify(t.Text) == ColumnKind.None && TableColumns.Classify(t.Text + word.Text) != ColumnKind.None);
            return top is null ? word : word with { Start = top.Start, End = top.End };
        }

        // The words of a column read top to bottom (完成 / 时限); where they do not read as one header, the lowest word
        // that does names the column.
        private static Column Named(List<string> words, int start, int end)
        {
            var text = string.Concat(words);
            var kind = TableColumns.Classify(text);
            kind = kind == ColumnKind.None && Amount.IsMatch(text) ? ColumnKind.Remark : kind;
            var allRead = kind != ColumnKind.None || words.Count == 1;
            for (var i = words.Count - 1; i >= 0 && kind == ColumnKind.None; i--)
            {
                kind = TableColumns.Classify(words[i]);
                text = kind == ColumnKind.None ? text : words[i];
            }

            return new Column(text, kind, start, end) { AllWordsRead = allRead };
        }

        private static bool Overlap(Token a, Token b) => a.Start < b.End && b.Start < a.End;

        /// <summary>The same header printed again (after a page break): the same kinds in the same order.</summary>
        public bool IsRepeatedAt(List<LayoutLine> lines, int at, Measure measure, out int end)
        {
            // As many lines as the header had: a row's first line under it may be a short name (市人力资源) that reads as
            // a header word beside 牵头单位.
            end = at;
            if (Find(lines, at, measure, End - Start) is { } again && again.Columns.Select(c => c.Kind).SequenceEqual(Columns.Select(c => c.Kind)))
            {
                end = again.End;
                return true;
            }

            return false;
        }
    }

    private sealed partial class Layout
    {
        private readonly Header header;
        private readonly Measure measure;
        private readonly HashSet<string> running;

        // Where each column starts; measured again under a header repeated on a new page, which a PDF converter lays
        // out afresh (the same columns a few characters left or right).
        private int[] edges;

        public Layout(Header header, int[] edges, Measure measure, HashSet<string> running)
        {
            this.header = header;
            this.edges = edges;
            this.measure = measure;
            this.running = running;
        }

        private int Count => edges.Length;

        // Which columns list units (牵头单位, 配合单位, 责任单位): their lines may each hold a whole name.
        private bool[]? units;

        private bool[] Units => units ??= header.Columns.Select(c => TableColumns.NamesUnits(c.Kind)).ToArray();

        // Set by Cells: the line's spread words may be two cells' (see Justified); and the lines seen so.
        private bool spreadOver;
        private readonly HashSet<int> spreadLines = new();

        // The lines inside the table that could not be read into its columns, with their words (see ReadRows).
        private readonly Dictionary<int, string> unreadLines = new();

        /// <summary>How many lines inside the table could not be read into its columns.</summary>
        public int Unread => unreadLines.Count;

        private const int MaxLinesToNextRow = 8;

        // A numbered row that reads within a few lines after `from` (blank lines and page breaks aside). Reading ahead
        // leaves what Cells says of the line being read (spreadOver) as it was.
        private bool NumberedRowAhead(List<LayoutLine> lines, int from)
        {
            var number = header.NumberColumn;
            var spread = spreadOver;
            try
            {
                for (var q = from; q < lines.Count && q < from + MaxLinesToNextRow; q++)
                {
                    if (!lines[q].IsBlank && Cells(lines[q].Text) is { } cells && number >= 0 && RowNumber(cells[number]))
                    {
                        return true;
                    }
                }

                return false;
            }
            finally
            {
                spreadOver = spread;
            }
        }

        // Seen so far in the table's bands: a row of three lines or more with its 序号 on the first, a 序号 below a row's first line.
        private bool topAligned;
        private bool centred;

        private string Heading => "a table printed in columns (" + string.Join(" / ", header.Columns.Select(c => c.Text)) + ")";

        /// <summary>The table from the header on, and the line after it; null where no row could be read.</summary>
        public (TableBlock Table, int Next)? ReadRows(List<LayoutLine> lines, List<ImportNote> notes)
        {
            var rows = new List<Row>();
            var band = new List<(LayoutLine Line, string[] Cells, int Index)>();
            var bandAfterBreak = false;
            var pageBreak = false;
            var newPage = false;
            var next = header.End;
            var ended = false;
            var local = new List<ImportNote>();
            var p = header.End;

            bool Flush()
            {
                if (band.Count == 0)
                {
                    return true;
                }

                // A band the page ends (blank lines, the page's number, then the next page) may close with a row cut there.
                var q = p;
                while (q < lines.Count && lines[q].IsBlank && !lines[q].AfterPageBreak)
                {
                    q++;
                }

                var endsPage = q < lines.Count && (lines[q].AfterPageBreak || PageChrome.IsPageNumber(lines[q].Text) || BareFooter(lines, q));
                var ok = AddRows(band, bandAfterBreak, endsPage, rows, local);
                band = new List<(LayoutLine, string[], int)>();
                return ok;
            }

            while (p < lines.Count)
            {
                var line = lines[p];
                if (line.AfterPageBreak)
                {
                    if (!Flush())
                    {
                        ended = true;
                        break;
                    }

                    pageBreak = true;
                    newPage = true;
                }

                if (line.IsBlank)
                {
                    if (!Flush())
                    {
                        ended = true;
                        break;
                    }

                    p++;
                    continue;
                }

                if (PageChrome.IsPageNumber(line.Text) || BareFooter(lines, p))
                {
                    if (!Flush())
                    {
                        ended = true;
                        break;
                    }

                    pageBreak = true;
                    newPage = true;
                    p++;
                    continue;
                }

                // A two-row header's group word (责任分工 over 牵头单位 and 配合单位) printed again above the header: the header's.
                if (GroupWordAbove(lines, p))
                {
                    if (!Flush())
                    {
                        ended = true;
                        break;
                    }

                    pageBreak = true;
                    p++;
                    continue;
                }

                if (header.IsRepeatedAt(lines, p, measure, out var headerEnd))
                {
                    if (!Flush())
                    {
                        ended = true;
                        break;
                    }

                    if (Header.Find(lines, p, measure, header.End - header.Start) is { } again && Edges(lines, again, measure) is { } measured)
                    {
                        edges = measured;
                        newPage = false;
                    }

                    pageBreak = true;
                    p = headerEnd;
                    continue;
                }

                // The page's running header (its banner at the top of each page, or a line between a page break and the
                // header printed again, or the next numbered row, that stands in no column) is no row's words; a row's last
                // line run over the page may stand there too.
                if (running.Contains(PlainText.Unspaced(line.Text)) || (pageBreak && (HeaderFollows(lines, p + 1) || NumberedRowFollows(lines, p + 1)) && Cells(line.Text) is null))
                {
                    if (!Flush())
                    {
                        ended = true;
                        break;
                    }

                    pageBreak = true;
                    p++;
                    continue;
                }

                if (newPage)
                {
                    Remeasure(lines, p);
                    newPage = false;
                }

                if (SectionRow(line.Text) is { } section)
                {
                    if (!Flush())
                    {
                        ended = true;
                        break;
                    }

                    if (rows.Count > 0)
                    {
                        HandBack(rows, rows.Count - 1);
                    }

                    rows.Add(new Row(new List<(LayoutLine, string[], int)> { (line, section, p) }, Units) { IsSection = true });
                    pageBreak = false;
                    p++;
                    next = p;
                    continue;
                }

                if (Cells(line.Text) is not { } cells)
                {
                    // A line inside the table whose words cross a column's edge (a remark run into the deadline's column,
                    // 月底前 工作专班另): where a numbered row that reads follows, the table goes on; the row it belongs to keeps
                    // its words but names no unit (see Doubted). Anywhere else the table ends before it.
                    if (rows.Count + band.Count == 0 || !NumberedRowAhead(lines, p + 1))
                    {
                        break;
                    }

                    unreadLines[line.Number] = line.Text.Trim();
                    cells = Enumerable.Repeat(string.Empty, Count).ToArray();
                }

                if (spreadOver)
                {
                    spreadLines.Add(line.Number);
                }

                if (band.Count == 0)
                {
                    bandAfterBreak = pageBreak;
                    pageBreak = false;
                }

                band.Add((line, cells, p));
                p++;
                next = p;
            }

            if (!ended && !Flush())
            {
                ended = true;
            }

            if (!SettleMergedRows(rows, lines, local))
            {
                return null;
            }

            // A heading after the last row opens what follows the table (三、工作要求): it is the text's, not a row.
            while (rows.Count > 0 && rows[rows.Count - 1].IsSection)
            {
                rows.RemoveAt(rows.Count - 1);
            }

            if (rows.All(r => r.IsSection))
            {
                return null;
            }

            // A date in a unit column means the body does not stand under the header words it was measured against (text
            // printed left of its column): every cell may be in its neighbour's place, and a unit read from it would be a
            // lead the document does not give. The lines stay text.
            var unitColumns = header.Columns.Select((c, i) => (c.Kind, i)).Where(c => TableColumns.NamesBodies(c.Kind)).Select(c => c.i).ToArray();
            if (rows.Any(r => r.Cells is var cells && unitColumns.Any(i => i < cells.Length && DateInUnitCell.IsMatch(cells[i]))))
            {
                return null;
            }

            // The table ends after its last row's last line; what stood after it (page numbers, prose) is read as text.
            next = rows.Max(r => r.LastIndex) + 1;
            notes.AddRange(local);
            var headerRow = new TableRow(lines[header.Start].Number, header.Columns.Select(c => new TableCell(c.Text)).ToArray());
            var tableRows = new List<TableRow> { headerRow };
            var rowCells = rows.Select(r => Doubted(r, unitColumns, notes)).ToList();
            CarryCategories(rows, rowCells);
            tableRows.AddRange(rows.Select((r, k) => new TableRow(r.Line, rowCells[k].Select(c => new TableCell(c)).ToArray())));
            return (new TableBlock(lines[header.Start].Number, tableRows), next);
        }

        /// <summary>
        /// A row's cells, its unit columns left empty where one of its lines holds a spread line that may be two cells'
        /// words (see <see cref="Justified"/>): the lead is not guessed, and a warning says why.
        /// </summary>
        private string[] Doubted(Row row, int[] unitColumns, List<ImportNote> notes)
        {
            var cells = row.Cells;
            if (row.Lines.Where(l => unreadLines.ContainsKey(l.Number)).Select(l => unreadLines[l.Number]).ToList() is { Count: > 0 } unread)
            {
                notes.Add(new ImportNote(row.Line, NoteSeverity.Warning, Heading + ": row " + row.Label + " has a line whose words cross the columns' edges ("
                    + string.Join(" / ", unread) + "); its words may be missing from the task and its units are not read"));
                foreach (var i in unitColumns)
                {
                    cells[i] = string.Empty;
                }

                return cells;
            }

            if (spreadLines.Count == 0 || !row.Lines.Any(l => spreadLines.Contains(l.Number)))
            {
                return cells;
            }

            notes.Add(new ImportNote(row.Line, NoteSeverity.Warning, Heading + ": row " + row.Label + " prints two cells' words spread side by side ("
                + string.Join(" / ", unitColumns.Select(i => cells[i]).Where(c => c.Length > 0)) + "); which are whose is not known, so its units are not read"));
            foreach (var i in unitColumns)
            {
                cells[i] = string.Empty;
            }

            return cells;
        }

        /// <summary>
        /// The rows of a band of lines (between blank lines, page breaks): one per 序号 it holds. Lines above a 序号 belong
        /// to its row (cells centred vertically); where a band holds several, each row takes as many lines below its 序号
        /// as above it. A band without 序号 continues the row before a page break, or is a row of a table without 序号;
        /// anywhere else it is not the table's, and the table ends before it (false).
        /// </summary>
        private bool AddRows(List<(LayoutLine Line, string[] Cells, int Index)> band, bool afterBreak, bool endsPage, List<Row> rows, List<ImportNote> notes)
        {
            var number = header.NumberColumn;
            var numbered = number < 0 ? new List<int>() : Enumerable.Range(0, band.Count).Where(i => band[i].Cells[number].Length > 0).ToList();
            if (numbered.Count > 0 && !afterBreak)
            {
                // How the table sets its cells: 序号 below a row's first line (centred), or on the first of three lines or
                // more (top-aligned; a row of two lines is centred on its first line as well).
                // A band after rows held without a 序号 may be the end of a merged row centred on it: its 序号 on its
                // first line says nothing of how the table sets them.
                centred |= numbered[0] > 0;
                topAligned |= numbered[0] == 0 && !(between.Count > 0 && between[between.Count - 1].After == rows.Count - 1)
                    && numbered.Skip(1).Concat(new[] { band.Count }).Zip(numbered, (b, a) => b - a).Any(span => span >= 3);
            }

            if (afterBreak && numbered.Count > 0 && numbered[0] > 0 && topAligned && !centred && rows.Count > 0 && !rows[rows.Count - 1].IsSection)
            {
                // In a top-aligned table the lines after a page break above the first 序号 are the last row's, run over
                // the page (its header not repeated); the row with the 序号 starts on that 序号's line.
                rows[rows.Count - 1].Add(band.Take(numbered[0]).ToList());
                notes.Add(new ImportNote(band[0].Line.Number, NoteSeverity.Note, Heading + ": the lines after the page break continue row "
                    + rows[rows.Count - 1].Label + "'s cells"));
                band = band.Skip(numbered[0]).ToList();
                numbered = numbered.Select(i => i - numbered[0]).ToList();
            }

            if (numbered.Count == 0)
            {
                // In a table that centres its 序号, a band after a page break may as well be the first of the next
                // row's measures (its 序号 centred on them, below): it is held, and the centring settles whose it is.
                if (afterBreak && rows.Count > 0 && !(centred && !topAligned && !rows[rows.Count - 1].IsSection && band.All(l => !unreadLines.ContainsKey(l.Line.Number))))
                {
                    HandBack(rows, rows.Count - 1);
                    rows[rows.Count - 1].Add(band);
                    notes.Add(new ImportNote(band[0].Line.Number, NoteSeverity.Note, Heading + ": the lines after the page break continue row "
                        + rows[rows.Count - 1].Label + "'s cells"));
                    return true;
                }

                if (number < 0)
                {
                    rows.Add(new Row(band, Units));
                    return true;
                }

                // A band that reads in its columns, every line of it, may be a row of measures under a merged 序号 (the
                // first row's too, above it).
                if ((rows.Count == 0 || !rows[rows.Count - 1].IsSection) && band.All(l => !unreadLines.ContainsKey(l.Line.Number)))
                {
                    between.Add((rows.Count - 1, band));
                    if (afterBreak)
                    {
                        overPage.Add(band);
                    }

                    return true;
                }

                return false;
            }

            if (numbered.Count == 1)
            {
                // In a table that centres its 序号, the lines after a page break above the row's middle span's top are the
                // last row's, run over the page: the row's 序号 stands as far below its first line as above its last.
                var top = (2 * numbered[0]) - (band.Count - 1);
                if (afterBreak && centred && !topAligned && top > 0 && RunsOver(rows))
                {
                    rows[rows.Count - 1].Add(band.Take(top).ToList());
                    notes.Add(new ImportNote(band[0].Line.Number, NoteSeverity.Note, Heading + ": the lines after the page break continue row "
                        + rows[rows.Count - 1].Label + "'s cells"));
                    band = band.Skip(top).ToList();
                }

                rows.Add(new Row(band, Units));
                return true;
            }

            // Several 序号 in one band (no blank line between rows): see CentredRows and Splits.
            // The last page's row runs over only where its words end no sentence (see RunsOver).
            var runsOver = afterBreak && RunsOver(rows);
            if (numbered[0] > 0 && !topAligned && CentredRows(band, numbered, runsOver, endsPage) is { } centredRows)
            {
                if (centredRows.RunOver.Count > 0)
                {
                    HandBack(rows, rows.Count - 1);
                    rows[rows.Count - 1].Add(centredRows.RunOver);
                    notes.Add(new ImportNote(band[0].Line.Number, NoteSeverity.Note, Heading + ": the lines after the page break continue row "
                        + rows[rows.Count - 1].Label + "'s cells"));
                }

                rows.AddRange(centredRows.Rows.Select(r => new Row(r, Units)));
                notes.Add(new ImportNote(band[0].Line.Number, NoteSeverity.Note, Heading + ": rows " + rows[rows.Count - numbered.Count].Label + "–"
                    + rows[rows.Count - 1].Label + " have no blank line between them; each cell is read as the lines centred on its row's 序号"));
                return true;
            }

            var starts = Splits(band, numbered);

            // After a page break, the first row's lines above its middle span (see the one-row case above) are the last
            // row's, run over the page.
            var firstTop = (2 * numbered[0]) - (starts[1] - 1);
            if (afterBreak && centred && !topAligned && firstTop > 0 && RunsOver(rows))
            {
                rows[rows.Count - 1].Add(band.Take(firstTop).ToList());
                notes.Add(new ImportNote(band[0].Line.Number, NoteSeverity.Note, Heading + ": the lines after the page break continue row "
                    + rows[rows.Count - 1].Label + "'s cells"));
                starts[0] = firstTop;
            }

            for (var k = 0; k < numbered.Count; k++)
            {
                rows.Add(new Row(band.Skip(starts[k]).Take(starts[k + 1] - starts[k]).ToList(), Units));
            }

            if (numbered[0] != 0)
            {
                notes.Add(new ImportNote(band[0].Line.Number, NoteSeverity.Note, Heading + ": rows " + rows[rows.Count - numbered.Count].Label + "–"
                    + rows[rows.Count - 1].Label + " have no blank line between them; each is read as the lines around its 序号, centred"));
            }

            return true;
        }

        /// <summary>
        /// Where each row of a band holding several 序号 starts (and the band's end). A row sets its cells at its top or
        /// centred, each cell's lines together: the rows are cut where the cells sit best so (each cell's lines from
        /// the row's first, or about its middle, without a gap), one row per 序号. Where that is a tie, a row runs from
        /// its 序号 line when the first stands on the band's first line, else as many lines below its 序号 as above it.
        /// </summary>
        private int[] Splits(List<(LayoutLine Line, string[] Cells, int Index)> band, List<int> numbered)
        {
            var m = numbered.Count;
            var plain = new int[m + 1];
            plain[m] = band.Count;
            for (var k = 1; k < m; k++)
            {
                plain[k] = numbered[0] == 0 ? numbered[k] : System.Math.Min(numbered[k - 1] + 1 + (numbered[k - 1] - plain[k - 1]), numbered[k]);
            }

            // Rows of dozens of lines are no table's a converter printed: the plain reading stands (and the search stays small).
            for (var k = 1; k < m; k++)
            {
                if (numbered[k] - numbered[k - 1] > MaxRowLines)
                {
                    return plain;
                }
            }

            // The widest line of each column in the band, measured once (a band may hold thousands of rows).
            var widths = new int[Count];

            // A unit cell's line that ends a whole name (市财政局, 市商务局（牵头）), read once per line: a cell listing one
            // name a line stops short there without being wrapped.
            var isUnit = Units;
            var endsName = band.Select(line => Enumerable.Range(0, Count).Select(j => isUnit[j] && CellNames.IsWholeName(line.Cells[j])).ToArray()).ToList();
            foreach (var line in band)
            {
                for (var j = 0; j < Count; j++)
                {
                    widths[j] = System.Math.Max(widths[j], line.Cells[j].Length);
                }
            }

            // Row k starts between row k-1's 序号 (after it) and its own (at it); the first at the band's top, and the
            // band's end closes the last. cost[k][i], back[k][i]: the least cost of the rows before the row k starting at
            // the i-th line it may start at, and the i of the row before it.
            int Low(int k) => k == 0 ? 0 : k == m ? band.Count : numbered[k - 1] + 1;
            int High(int k) => k == 0 ? 0 : k == m ? band.Count : numbered[k];
            var cost = new double[m + 1][];
            var back = new int[m + 1][];
            cost[0] = new[] { 0.0 };
            back[0] = new[] { 0 };
            for (var k = 1; k <= m; k++)
            {
                cost[k] = new double[High(k) - Low(k) + 1];
                back[k] = new int[cost[k].Length];
                for (var b = Low(k); b <= High(k); b++)
                {
                    cost[k][b - Low(k)] = double.MaxValue;
                    for (var a = Low(k - 1); a <= High(k - 1); a++)
                    {
                        var total = cost[k - 1][a - Low(k - 1)] + RowCost(band, widths, endsName, a, b) + (a == plain[k - 1] ? 0 : 0.01);
                        if (total < cost[k][b - Low(k)])
                        {
                            cost[k][b - Low(k)] = total;
                            back[k][b - Low(k)] = a;
                        }
                    }
                }
            }

            var starts = new int[m + 1];
            starts[m] = band.Count;
            for (var k = m; k >= 1; k--)
            {
                starts[k - 1] = back[k][starts[k] - Low(k)];
            }

            // Rows set at their top (the first 序号 on the band's first line): where the line just above a 序号 ends a
            // task's words (…案件移 / 送和联合督办制度。), the row before runs to it and this row starts at its 序号.
            for (var k = 1; k < m && numbered[0] == 0; k++)
            {
                if (starts[k] < numbered[k] && Enumerable.Range(0, Count).Any(j => !isUnit[j] && j != header.NumberColumn && EndsSentence(band[numbered[k] - 1].Cells[j])))
                {
                    starts[k] = numbered[k];
                }
            }

            return starts;
        }

        private static bool EndsSentence(string cell) => cell.Length > 0 && cell[cell.Length - 1] is '。' or '；' or ';';

        // Whether the last row may run over the page: its words (the longest text cell) end no sentence.
        private bool RunsOver(List<Row> rows)
            => rows.Count > 0 && !rows[rows.Count - 1].IsSection && rows[rows.Count - 1].Cells is var cells
                && Enumerable.Range(0, Count).Where(j => !Units[j] && j != header.NumberColumn && header.Columns[j].Kind is ColumnKind.Task or ColumnKind.Content)
                    .Select(j => cells[j]).OrderByDescending(c => c.Length).FirstOrDefault() is { Length: > 0 } words
                && !EndsSentence(words);

        // A task cell's line this long that ends no sentence is wrapped, not the cell's end (a short one may be a title).
        private const int MinOpenLine = 8;

        // How far the row's cells stand from its top, or from its middle, whichever is less. A gap inside a cell counts
        // more, and so does a line of a cell that stops well short of the column's widest line in the band with more of
        // the cell under it: a wrapped cell fills its lines but its last.
        private double RowCost(List<(LayoutLine Line, string[] Cells, int Index)> band, int[] widths, List<bool[]> endsName, int from, int to)
        {
            double top = 0, middle = 0;
            var units = Units;
            for (var j = 0; j < Count; j++)
            {
                var widest = widths[j];
                int first = -1, last = -1, filled = 0, short_ = 0;
                for (var i = from; i < to; i++)
                {
                    if (band[i].Cells[j].Length > 0)
                    {
                        // A unit cell listing one name a line (市财政局 / 市商务局（牵头）) stops short where each name ends.
                        // A task's words that end their sentence (…流入口粮市场。) end its cell: the row's next line is another's.
                        short_ += last >= 0 && ((band[last].Cells[j].Length * 5 < widest * 4 && !endsName[last][j]) || (!units[j] && EndsSentence(band[last].Cells[j]))) ? 1 : 0;
                        first = first < 0 ? i : first;
                        last = i;
                        filled++;
                    }
                }

                if (first < 0)
                {
                    continue;
                }

                // A cell whose last line in the row fills its column and ends no name or sentence (…市发 / 展改革委, …涉企补贴
                // 等数据 / ，实现…。) goes on in the lines below: the row cannot end there.
                var line = band[last].Cells[j];
                var open = line.Length * 5 >= widest * 4 && (units[j] ? !endsName[last][j] : !EndsSentence(line) && line.Length >= MinOpenLine)
                    || (units[j] && line.Length > 0 && line[line.Length - 1] is '、' or '，');
                var broken = (2 * (last - first + 1 - filled)) + (2 * short_) + (open ? 2 : 0);
                top += first - from + broken;
                middle += (System.Math.Abs((first + last) - (from + to - 1)) / 2.0) + broken;
            }

            return System.Math.Min(top, middle);
        }

        /// <summary>
        /// The columns of a page the header is not printed again on: a converter lays each page out afresh, so the
        /// columns may stand a few characters left or right of the last page's. Each edge moves to where most of the
        /// page's lines start text near it; where none do, it stays.
        /// </summary>
        private void Remeasure(List<LayoutLine> lines, int from)
        {
            var starts = new Dictionary<int, int>();
            var seen = 0;
            for (var i = from; i < lines.Count && seen < EdgeWindow && (i == from || !lines[i].AfterPageBreak); i++)
            {
                if (lines[i].IsBlank)
                {
                    continue;
                }

                if (PageChrome.IsPageNumber(lines[i].Text))
                {
                    break;
                }

                seen++;
                foreach (var token in Justified(Token.Split(lines[i].Text, measure)))
                {
                    starts[token.Start] = starts.TryGetValue(token.Start, out var n) ? n + 1 : 1;
                }
            }

            var moved = (int[])edges.Clone();
            for (var j = 1; j < Count; j++)
            {
                var reach = System.Math.Max(2, (edges[j] - edges[j - 1]) / 3);
                var best = -1;
                for (var x = System.Math.Max(moved[j - 1] + 1, edges[j] - reach); x <= edges[j] + reach; x++)
                {
                    if (starts.TryGetValue(x, out var n) && n >= 2 && (best < 0 || n > starts[best]))
                    {
                        best = x;
                    }
                }

                moved[j] = best < 0 ? edges[j] : best;
            }

            if (moved.Zip(moved.Skip(1), (a, b) => a < b).All(x => x))
            {
                edges = moved;
            }
        }

        /// <summary>
        /// A page's number printed bare (1, 2) at its foot: a number alone on its line, standing off the 序号 column
        /// (centred on the page), the last words before a page break or the text's end. A 序号 stands in its column.
        /// </summary>
        private bool BareFooter(List<LayoutLine> lines, int at)
        {
            var tokens = Token.Split(lines[at].Text, measure);
            if (tokens.Count != 1 || PageChrome.BareNumber(tokens[0].Text) is null || Standing(tokens[0]) == System.Math.Max(0, header.NumberColumn))
            {
                return false;
            }

            var next = at + 1;
            while (next < lines.Count && lines[next].IsBlank && !lines[next].AfterPageBreak)
            {
                next++;
            }

            return next >= lines.Count || lines[next].AfterPageBreak;
        }

        // One header word alone on its line (责任分工), the header printed again on the next.
        private bool GroupWordAbove(List<LayoutLine> lines, int at)
            => Token.Split(lines[at].Text, measure) is { Count: 1 } tokens && Header.IsGroupWord(tokens[0].Text)
                && at + 1 < lines.Count && !lines[at + 1].AfterPageBreak && header.IsRepeatedAt(lines, at + 1, measure, out _);

        private bool HeaderFollows(List<LayoutLine> lines, int from)
        {
            while (from < lines.Count && lines[from].IsBlank)
            {
                from++;
            }

            return from < lines.Count && header.IsRepeatedAt(lines, from, measure, out _);
        }

        // After a page number (- 4 -), the issuer's banner then the next row with its 序号 (the header not printed again).
        private bool NumberedRowFollows(List<LayoutLine> lines, int from)
        {
            while (from < lines.Count && lines[from].IsBlank)
            {
                from++;
            }

            return from < lines.Count && header.NumberColumn >= 0 && Cells(lines[from].Text) is { } cells && cells[header.NumberColumn].Length > 0;
        }

        /// <summary>
        /// A numbered heading starting left of the second column and running across the edges (一、强化安全责任落实), or
        /// centred in the table, standing off every column's edge (a banner row whose text a word processor centres over
        /// the task column): a section row, its text in the first cell and the others empty, as a row spanning the table
        /// reads; else null. A cell's own wrapped lines start at its column's edge, a heading inside it too.
        /// </summary>
        private string[]? SectionRow(string text)
        {
            var tokens = NumbersJoined(Token.Split(text, measure));
            if (tokens.Count != 1 || Count < 2 || !SectionHeading.IsMatch(tokens[0].Text))
            {
                return null;
            }

            var token = tokens[0];
            var across = token.Start < edges[1] - 1 && token.End > edges[1];
            if (!across && !Centred(token))
            {
                return null;
            }

            var cells = Enumerable.Repeat(string.Empty, Count).ToArray();
            cells[0] = tokens[0].Text;
            return cells;
        }

        // A short heading that stands well inside a column, off its edge, its middle about the table's (a centred banner
        // row, over a column or across an edge; a cell's own centred words stand over the middle of their column).
        private bool Centred(Token token)
        {
            var column = Standing(token);
            var middle = (edges[0] + System.Math.Max(edges[Count - 1], header.Columns[Count - 1].End)) / 2;
            return token.Text.Length <= 24 && token.Start >= edges[column] + 4 && System.Math.Abs(token.Start + token.End - (2 * middle)) <= 2 * System.Math.Max(6, middle / 5)
                && !"。；;，,".Contains(token.Text[token.Text.Length - 1]);
        }

        // A token starting within a third of a column left of column j's edge (a converter's pull).
        private bool Near(Token token, int j) => token.Start >= edges[j] - System.Math.Max(3, (edges[j] - edges[j - 1]) / 3);

        // The column a token's start stands in.
        private int Standing(Token token)
        {
            for (var j = Count - 1; j > 0; j--)
            {
                if (token.Start >= edges[j] - 1)
                {
                    return j;
                }
            }

            return 0;
        }

        /// <summary>A line's text per column, or null where the line is not the table's (text across a column's edge, words in the 序号 column).</summary>
        private string[]? Cells(string text)
        {
            var cells = new string[Count];
            for (var j = 0; j < Count; j++)
            {
                cells[j] = string.Empty;
            }

            spreadOver = false;
            var previous = -1;
            var spilled = -1;
            Token? last = null;
            var tokens = Justified(Token.Split(text, measure));

            // The line's words, a figure or a Latin word a single space off the Chinese beside it (管道 65 公里, C、D 级危房,
            // 2025 年 11 月底, as a word processor spaces them) one with it.
            var words = tokens.Count - Enumerable.Range(1, System.Math.Max(0, tokens.Count - 1)).Count(k => SpacedOff(tokens[k - 1], tokens[k]));
            for (var t = 0; t < tokens.Count; t++)
            {
                var token = tokens[t];
                var column = Standing(token);
                var kept = false;

                // 8 a column left of the task's edge, its text after a space: the row's 序号, however near the edge.
                if (t == 0 && column == 1 && header.NumberColumn == 0 && token.Start < edges[1] && tokens.Count > 1 && PageChrome.BareNumber(token.Text) is not null)
                {
                    column = 0;
                }

                // A bilingual table's English is set in a narrower font than the Chinese the layout counts a character a
                // column: its words stand astride the edges. They translate the Chinese beside them and name nothing.
                if (header.Bilingual && CellNames.IsTranslation(token.Text) && column + 1 < Count && token.End > edges[column + 1])
                {
                    continue;
                }

                // A converter that lays Chinese out a character a column pulls a cell's text left of its column where the
                // cell before it is long (…整改问题户厕全部 市农业农村局): Chinese after Chinese across a space, or words
                // that would run over the next column's edge (…各县 2026 年 11), start the next cell where they stand near
                // its edge. Chinese text does not put spaces inside a cell, but a Latin word or a number does (设施 120 处).
                var newCell = last is not null && column == previous && !IsLatin(last.Text[last.Text.Length - 1]) && !IsLatin(token.Text[0])
                    && !(column + 1 < Count && TableColumns.NamesBodies(header.Columns[column + 1].Kind) && !TableColumns.NamesBodies(header.Columns[column].Kind) && NoNameStart(token.Text))
                    && !(column + 1 < Count && header.Columns[column + 1].Kind == ColumnKind.Deadline && !NamesTime(token.Text));
                // Where the words after it stand in that next column as a cell of their own, they must be pulled left as
                // well (near the edge after): else the cells would slide one column right (a space inside the task's
                // words, the lead beside it), and a lead be read from words that are none.
                // A spread line is a narrow cell's, not the task's words; one after another are two cells.
                if (token.Spread && last is { Spread: true } && column == previous && column + 1 < Count)
                {
                    column++;
                }
                else if (column + 1 < Count && (newCell || token.End > edges[column + 1]) && Near(token, column + 1)
                    && !(!token.Spread && t + 1 < tokens.Count && Standing(tokens[t + 1]) == column + 1 && !IsLatin(token.Text[token.Text.Length - 1])
                        && !IsLatin(tokens[t + 1].Text[0]) && (column + 2 >= Count || !Near(tokens[t + 1], column + 2))))
                {
                    column++;
                }

                // A number spaced off the Chinese in a task's text (…训数字技能人才 3000 人次。) makes the line longer than
                // its column, and the Chinese a space after it stands in the units' column: it is the number's cell's,
                // unless it opens a unit's name (…达到 95% 市数据局).
                if (last is { Spread: false } lastWord && !token.Spread && previous >= 0 && column == previous + 1 && token.Start - lastWord.End == 1
                    && lastWord.Text[0] is >= '0' and <= '9' && lastWord.Text[lastWord.Text.Length - 1] is >= '0' and <= '9' && !IsLatin(token.Text[0])
                    && UnitShape.LevelPrefixes.IndexOf(token.Text[0]) < 0
                    && TableColumns.NamesBodies(header.Columns[column].Kind) && !TableColumns.NamesBodies(header.Columns[previous].Kind))
                {
                    column = previous;
                    kept = true;
                }

                // A date after a unit's name across a space (…县财政局、各街道 2026 年 11 月 底) is the deadline cell's, pulled
                // left by the long name before it: a unit's name holds no year. The rest of the line goes with it.
                // So is a date alone in a unit column after the task's words, where the line leaves a column empty (…按时报
                // 2025年8月, the units on the lines around it): a line printing a word in every column is read as it
                // stands, its date in a unit column keeping the table text (see ReadRows).
                if (column + 1 < Count && (column == previous || (previous < column && words < Count)) && TableColumns.NamesBodies(header.Columns[column].Kind)
                    && header.Columns[column + 1].Kind == ColumnKind.Deadline && YearStart(tokens, t))
                {
                    spilled = column;
                }

                if (spilled >= 0 && column == spilled)
                {
                    column++;
                }

                // A spread line reaching well into the next column may be two cells' lines side by side (市 农 业 农 村
                // 保 障 局 、 各 县): which pieces are whose is not known, so the row's units are not read.
                // (The pieces stand where the cell prints them, the edges where the pulled text starts: past the next
                // column's middle, not a character or two past its edge.)
                spreadOver |= token.Spread && column + 1 < Count && TableColumns.NamesBodies(header.Columns[column].Kind)
                    && token.Reach >= (column + 2 < Count ? (edges[column + 1] + edges[column + 2]) / 2 : edges[column + 1] + 4);

                // A spread line a single space after a unit's words (…防止 县农业农村 环 境 局 沄 川): the converter set two
                // unit cells' lines side by side, and which words are whose is not known.
                spreadOver |= token.Spread && last is { Spread: false } before && token.Start - before.End <= 1 && UnitShape.LevelPrefixes.IndexOf(before.Text[0]) >= 0
                    && TableColumns.NamesBodies(header.Columns[column].Kind);

                previous = column;
                last = token;

                if (column + 1 < Count && token.End > edges[column + 1] && !kept)
                {
                    return null;
                }

                cells[column] = cells[column].Length == 0 ? token.Text : cells[column] + " " + token.Text;
            }

            var number = header.NumberColumn;
            return number >= 0 && cells[number].Length > 0 && !RowNumber(cells[number]) ? null : cells;
        }
    }

    /// <summary>
    /// The tokens of a line, a justified run joined into one: a narrow cell's line that a word processor spreads over
    /// its width (市 人 力 资 源 和 社 会 保 障, 市人 力资 源和 社会 保) prints as pieces of one or two Chinese characters a
    /// single space apart, all of one size but the last. Three such pieces or more are one cell's words (the next
    /// cell's spread line may follow a space after: 市人 力资 源和 社会 保 市 农 业 农 村 局, the sizes tell them apart);
    /// they take as many columns as their characters would unspread, so that the spread does not run them over the next
    /// column's edge. Two cells' spread lines of one size side by side look alike: a run whose last piece stands well
    /// inside the next column may hold the next cell's words (see <see cref="Token.Reach"/>).
    /// </summary>
    private static List<Token> Justified(List<Token> tokens)
    {
        List<Token>? joined = null;
        for (var t = 0; t < tokens.Count; t++)
        {
            var end = t;
            while (end + 1 < tokens.Count && IsPiece(tokens[end]) && IsPiece(tokens[end + 1]) && tokens[end + 1].Start - tokens[end].End == 1
                && tokens[end].Text.Length == tokens[t].Text.Length)
            {
                end++;
            }

            if (end - t >= 2)
            {
                joined ??= tokens.Take(t).ToList();
                var text = string.Concat(tokens.Skip(t).Take(end - t + 1).Select(p => p.Text));
                var width = tokens.Skip(t).Take(end - t + 1).Sum(p => p.End - p.Start);
                joined.Add(new Token(tokens[t].Start, tokens[t].Start + width, text) { Spread = true, Reach = tokens[end].Start });
                t = end;
                continue;
            }

            joined?.Add(tokens[t]);
        }

        return joined ?? tokens;
    }

    // 牵头单位：区市场监管局 配 (合单位：… on the next line): a word a cell's line ends on, a space after a name, that
    // says no time is that cell's, not the deadline's beside it.
    private static bool NamesTime(string text)
        => text.Any(c => char.IsDigit(c) || "一二三四五六七八九十年月日季旬周底前期常每即".IndexOf(c) >= 0);

    // A piece of a spread line: one or two Chinese characters (a unit's name broken anywhere, 、 and brackets with it).
    private static bool IsPiece(Token token) => token.Text.Length <= 2 && token.Text.All(c => c >= '\u2E80');

    // A year or a month starting a date: 2026 年, 2026年, 12 月底前 (a converter spaces the digits off the Chinese, or not).
    private static bool YearStart(List<Token> tokens, int t)
        => (YearToken.IsMatch(tokens[t].Text) && (tokens[t].Text.Length > 4 || (t + 1 < tokens.Count && tokens[t + 1].Text.StartsWith("年", System.StringComparison.Ordinal))))
            || (MonthToken.IsMatch(tokens[t].Text) && (tokens[t].Text.Length > 2 || (t + 1 < tokens.Count && tokens[t + 1].Text.StartsWith("月", System.StringComparison.Ordinal))));

    private static readonly Regex MonthToken = new(@"^(?:1[0-2]|[1-9])(?:月.*)?$", RegexOptions.CultureInvariant);

    private static readonly Regex YearToken = new(@"^(?:19|20)\d{2}(?:年.*)?$", RegexOptions.CultureInvariant);

    // A Latin letter, a digit or a sign that goes with one (2026, 5G, 97%): a space beside it may be inside a cell.
    // 2025 年, C、D 级, 管道 65: a figure or a Latin word a single space off the Chinese beside it, as a word processor
    // spaces them: one cell's words.
    private static bool SpacedOff(Token before, Token after)
        => after.Start - before.End == 1 && (IsLatin(after.Text[0]) || IsLatin(before.Text[before.Text.Length - 1]));

    private static bool IsLatin(char c) => c < 0x2000 || (c >= '\uFF01' && c <= '\uFF5E' && char.IsLetterOrDigit(c));

    /// <summary>A row's lines and its cells, the wrapped pieces of each joined.</summary>
    private sealed class Row
    {
        private readonly List<LayoutLine> lines = new();
        private readonly List<int> indices = new();
        private readonly List<string[]> pieces = new();

        // Where each row of the table after the first that this row is read from starts among its pieces (see AddPart).
        private readonly List<int> partStarts = new();
        private readonly int count;
        private readonly bool[] units;

        /// <summary>A section row (一、… across the table), not a task.</summary>
        public bool IsSection { get; init; }

        public Row(List<(LayoutLine Line, string[] Cells, int Index)> band, bool[] units)
        {
            count = units.Length;
            this.units = units;
            Add(band);
        }

        public void Add(List<(LayoutLine Line, string[] Cells, int Index)> band)
        {
            lines.AddRange(band.Select(b => b.Line));
            indices.AddRange(band.Select(b => b.Index));
            pieces.AddRange(band.Select(b => b.Cells));
        }

        /// <summary>A row of the table the row's 序号 is merged down over (or up): its cells are its own, not the wrapped lines' of this row's.</summary>
        public void AddPart(List<(LayoutLine Line, string[] Cells, int Index)> band, bool atStart)
        {
            if (!atStart)
            {
                partStarts.Add(pieces.Count);
                Add(band);
                return;
            }

            for (var k = 0; k < partStarts.Count; k++)
            {
                partStarts[k] += band.Count;
            }

            partStarts.Insert(0, band.Count);
            lines.InsertRange(0, band.Select(b => b.Line));
            indices.InsertRange(0, band.Select(b => b.Index));
            pieces.InsertRange(0, band.Select(b => b.Cells));
        }

        /// <summary>How many rows of the table the row is read from (its own and those its 序号 is merged over).</summary>
        public int Parts => partStarts.Count + 1;

        public IReadOnlyList<int> Indices => indices;

        /// <summary>The index of the first (last) line printing words in <paramref name="column"/>.</summary>
        public int FirstIndexOf(int column) => indices[pieces.FindIndex(p => p[column].Length > 0)];

        public int LastIndexOf(int column) => indices[pieces.FindLastIndex(p => p[column].Length > 0)];

        /// <summary>The index of the line holding the row's 序号 (in column <paramref name="column"/>), or null.</summary>
        public int? NumberIndex(int column) => column < 0 ? null : pieces.FindIndex(p => p[column].Length > 0 && RowNumber(p[column])) is var at and >= 0 ? indices[at] : null;

        // Each part's cell on its own; the parts' units joined as a list, their other words as sentences.
        public string[] Cells => Enumerable.Range(0, count).Select(j => PartsOf().Select(part => Tight(units[j] ? CellNames.Joined(part.Select(p => p[j])) : part.Select(p => p[j]).Aggregate(string.Empty, Join)))
            .Where(c => c.Length > 0).Aggregate(string.Empty, (a, b) => a.Length == 0 ? b : a + (units[j] ? "、" : "。；;！!？?".IndexOf(a[a.Length - 1]) >= 0 ? string.Empty : "；") + b)).ToArray();

        private IEnumerable<IEnumerable<string[]>> PartsOf()
        {
            var bounds = partStarts.Where(s => s > 0 && s < pieces.Count).Distinct().OrderBy(s => s).ToList();
            var from = 0;
            foreach (var bound in bounds.Concat(new[] { pieces.Count }))
            {
                yield return pieces.Skip(from).Take(bound - from);
                from = bound;
            }
        }

        // A PDF from a word processor spaces a number or a Latin word off the Chinese around it (2026 年 11 月, 推动 5G
        // 网络): the space is the layout's, not the words'.
        private static string Tight(string cell)
        {
            if (cell.IndexOf(' ') < 0)
            {
                return cell;
            }

            var text = new System.Text.StringBuilder(cell.Length);
            for (var i = 0; i < cell.Length; i++)
            {
                if (cell[i] == ' ' && i > 0 && i + 1 < cell.Length && IsHan(cell[i - 1]) != IsHan(cell[i + 1]) && cell[i + 1] != ' ' && cell[i - 1] != ' ')
                {
                    continue;
                }

                text.Append(cell[i]);
            }

            return text.ToString();
        }

        private static bool IsHan(char c) => c >= '\u2E80';

        /// <summary>The line a note cites: the one holding the row's 序号, else its first.</summary>
        public int Line => lines[System.Math.Max(0, pieces.FindIndex(p => p.Any(c => c.Length > 0 && RowNumber(c))))].Number;

        public string Label => Cells.FirstOrDefault(RowNumber) ?? Cells.FirstOrDefault(c => c.Length > 0) ?? string.Empty;

        public IReadOnlyList<LayoutLine> Lines => lines;

        /// <summary>The index of the row's last line among the document's lines.</summary>
        public int LastIndex => indices[indices.Count - 1];

        // Chinese wraps anywhere, inside a word or a number (30 / 0亩): the pieces join without a space, except between
        // two Latin words.
        public static string Join(string a, string b)
            => a.Length == 0 ? b : b.Length == 0 ? a : IsLatin(a[a.Length - 1]) && IsLatin(b[0]) ? a + " " + b : a + b;

        private static bool IsLatin(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
    }
}

