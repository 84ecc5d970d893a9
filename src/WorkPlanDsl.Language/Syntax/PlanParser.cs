using System.Collections.Generic;
using System.Threading;
using WorkPlanDsl.Language.Diagnostics;
using WorkPlanDsl.Language.Text;

namespace WorkPlanDsl.Language.Syntax;

/// <summary>
/// Parses plan text line by line. Each line is one statement; a line that is not well formed costs exactly one
/// WPL0001 diagnostic and parsing goes on at the next line.
/// </summary>
public static class PlanParser
{
    private const string Expected = "plan, title, issuer, published, year, source, unit, group, section, task, item, label, lead, support, due, target, tag, '|' (text) or '#' (comment)";

    public static PlanSyntaxTree Parse(string text, CancellationToken cancellationToken = default)
    {
        var lines = new LineMap(text ?? string.Empty);
        var statements = new List<StatementSyntax>(lines.LineCount);
        var diagnostics = new List<PlanDiagnostic>();
        Read(lines, diagnostics, statement => statements.Add(statement.ToSyntax()), cancellationToken);
        return new PlanSyntaxTree(lines, new EquatableArray<StatementSyntax>(statements.ToArray()), new EquatableArray<PlanDiagnostic>(diagnostics.ToArray()));
    }

    /// <summary>
    /// Parses the lines in order and hands each statement to <paramref name="take"/> as soon as it is read, so that a
    /// compile that needs no syntax tree keeps none: a statement it does not keep dies young, where a list of them all
    /// would be carried through every collection until the model is built.
    /// <c>names</c>, how many units and groups the file may declare, sizes the scanner's string pool once.
    /// With <c>textAsSpan</c> a text line's token has its span and an empty value (see <see cref="LineScanner.TextAsSpan"/>).
    /// </summary>
    internal static void Read(LineMap lines, List<PlanDiagnostic> diagnostics, StatementTaker take, CancellationToken cancellationToken, int names = 0, bool textAsSpan = false)
    {
        var scanner = new LineScanner(lines.Text, names) { TextAsSpan = textAsSpan };
        var statement = new Statement();
        for (var line = 0; line < lines.LineCount; line++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            scanner.Reset(lines.LineStart(line), lines.LineEnd(line));
            var read = ParseLine(scanner, lines.Text, statement);
            if (scanner.Error is { } error)
            {
                diagnostics.Add(PlanDiagnostic.Create(DiagnosticCatalog.SyntaxError, lines.Locate(error.Start, error.Length), error.Message));
            }

            if (read is not null)
            {
                take(read);
            }
        }
    }

    /// <summary>
    /// The line map of <paramref name="text"/> and how many lines could open a task, a task or an item (a broken one
    /// included), a section, or declare a unit or group: upper bounds, read in the same pass as the line map, before
    /// parsing, so that the binder's lists and maps are made once at their size (a small plan's regrown dictionaries
    /// were a sixth of what its compile allocated).
    /// </summary>
    internal static LineMap MapAndCountOpeners(string text, out PlanCounts counts)
    {
        var counter = default(OpenerCounter);
        var lines = LineMap.Build(text, ref counter);
        counts = counter.Counts;
        return lines;
    }

    private struct OpenerCounter : LineMap.ILineVisitor
    {
        public PlanCounts Counts;

        public void Line(string text, int i)
        {
            while (i < text.Length && text[i] is ' ' or '\t' or '\uFEFF')
            {
                i++;
            }

            if (i >= text.Length)
            {
                return;
            }

            switch (text[i])
            {
                case 't' when StartsWith(text, i, "task"): Counts.Tasks++; break;
                case 'i' when StartsWith(text, i, "item"): Counts.Items++; break;
                case 's' when StartsWith(text, i, "section"): Counts.Sections++; break;
                case 'u' when StartsWith(text, i, "unit"): Counts.Declarations++; break;
                case 'g' when StartsWith(text, i, "group"): Counts.Declarations++; break;
            }
        }
    }

    private static bool StartsWith(string text, int at, string word) => string.CompareOrdinal(text, at, word, 0, word.Length) == 0;

    private static Statement? ParseLine(LineScanner s, string text, Statement st)
    {
        if (s.Position == 0)
        {
            s.SkipByteOrderMark();
        }

        s.SkipSpace();
        if (s.AtEnd || s.Current == '#')
        {
            return null;
        }

        if (s.Current == '|')
        {
            var bar = s.Position;
            st.Start(StatementKind.Text, bar, 1).Value = s.ReadText();
            return st;
        }

        if (!s.AtIdentifierStart)
        {
            s.Fail("expected a keyword (" + Expected + ") at the start of the line");
            return null;
        }

        var start = s.SkipWord();
        var length = s.Position - start;
        if (!Keywords.TryGetKind(text, start, length, out var kind))
        {
            var word = text.Substring(start, length);
            s.FailAt(start, length, Keywords.IsReservedForLaterVersion(word)
                ? "'" + word + "' (shared directories, WPlan 1.1) is not supported by this version"
                : Keywords.Closest(word) is { } closest
                    ? "unknown keyword '" + word + "'; did you mean '" + closest + "'?"
                    : "unknown keyword '" + word + "'; expected " + Expected);
            return null;
        }

        // The statement is filled in place with all its tokens: the lines of a big plan are most of what parsing does.
        st.Start(kind, start, length);
        SyntaxToken? openedId = null;
        var read = kind switch
        {
            StatementKind.Plan => ParsePlan(s, st),
            StatementKind.Title or StatementKind.Issuer or StatementKind.Source or StatementKind.Label => ReadValue(s.ReadString(out var value, Quoted[(int)kind]), value, st),
            StatementKind.Published => ReadValue(s.ReadDate(out var date), date, st),
            StatementKind.Year => ReadValue(s.ReadYear(out var year), year, st),
            StatementKind.Unit or StatementKind.Group => ParseDeclaration(s, st),
            StatementKind.Section or StatementKind.Task => ParseOpener(s, st, idRequired: true, out openedId),
            StatementKind.Item => ParseOpener(s, st, idRequired: false, out openedId),
            StatementKind.Lead => ParseLead(s, st),
            StatementKind.Support => s.ReadList(st.List, "a unit or group"),
            StatementKind.Tag => s.ReadList(st.List, "a tag"),
            StatementKind.Due => ParseDue(s, st),
            StatementKind.Target => ParseTarget(s, st),
            _ => false,
        };

        if (!read || !s.ExpectEnd(Keywords.Spelling(kind)))
        {
            // A broken opener keeps the id it got before the error, so that what follows names the right element.
            return st.Broken(kind, start, length, openedId);
        }

        return st;
    }

    private static bool ReadValue(bool read, SyntaxToken value, Statement st)
    {
        if (read)
        {
            st.Value = value;
        }

        return read;
    }

    private static bool ParsePlan(LineScanner s, Statement st)
    {
        if (!s.ReadDottedName(out var name))
        {
            return false;
        }

        st.Name = name;
        s.SkipSpace();
        return !s.AtQuote || ReadValue(s.ReadString(out var title, "a quoted title"), title, st);
    }

    private static bool ParseDeclaration(LineScanner s, Statement st)
    {
        // Pooled, as the references to it are: a reference then reads the declared id's own string, not a copy.
        if (!s.ReadIdentifier(out var id, st.Kind == StatementKind.Unit ? "a unit identifier" : "a group identifier", pooled: true))
        {
            return false;
        }

        st.Name = id;
        s.SkipSpace();
        if (s.AtQuote)
        {
            if (!s.ReadString(out var quoted, "a quoted full name"))
            {
                return false;
            }

            st.Value = quoted;
            s.SkipSpace();
        }

        if (s.AtEnd)
        {
            return true;
        }

        if (!s.AtIdentifierStart || s.PeekWord() != Keywords.Alias)
        {
            s.Fail("expected a quoted full name or 'alias' after '" + id.Value + "'");
            return false;
        }

        s.ReadWord();
        return s.ReadList(st.List, "an alias");
    }

    private static bool ParseOpener(LineScanner s, Statement st, bool idRequired, out SyntaxToken? openedId)
    {
        openedId = null;
        s.SkipSpace();
        if (idRequired || !s.AtQuote && !s.AtEnd)
        {
            if (!s.ReadIdentifier(out var read, Identifier[(int)st.Kind]))
            {
                return false;
            }

            st.Name = read;
            openedId = read;
        }

        s.SkipSpace();
        return s.AtEnd || ReadValue(s.ReadString(out var title, QuotedTitle[(int)st.Kind]), title, st);
    }

    // lead 体改科, 规信科 | lead none "总体要求，各单位共同负责" (the word in Name, the optional reason in Value).
    private static bool ParseLead(LineScanner s, Statement st)
    {
        if (!s.ReadList(st.List, "a unit or group"))
        {
            return false;
        }

        if (st.List.Count != 1 || !Keywords.IsNoLead(st.List[0].Value))
        {
            return true;
        }

        st.Name = st.List[0];
        st.List.Clear();
        s.SkipSpace();
        return !s.AtQuote || ReadValue(s.ReadString(out var reason, "a quoted reason"), reason, st);
    }

    private static bool ParseDue(LineScanner s, Statement st)
    {
        s.SkipSpace();
        if (s.AtQuote)
        {
            return ReadValue(s.ReadString(out var text, "a quoted deadline", pooled: true), text, st);
        }

        return ReadValue(s.ReadDate(out var date), date, st);
    }

    private static bool ParseTarget(LineScanner s, Statement st)
    {
        if (!s.ReadString(out var metric, "a quoted metric"))
        {
            return false;
        }

        st.Value = metric;
        s.SkipSpace();
        if (s.AtEnd)
        {
            return true;
        }

        if (!s.ReadOperator(out var op) || !s.ReadNumber(out var number))
        {
            return false;
        }

        var rest = s.ReadRest();
        st.Operator = op;
        st.Number = number;
        st.Rest = rest.Length == 0 ? null : rest;
        return true;
    }

    // What a line was expected to hold, by keyword: made once, not on every line.
    private static readonly string[] Quoted = ByKind(spelling => "a quoted " + spelling);
    private static readonly string[] Identifier = ByKind(spelling => "a " + spelling + " identifier");
    private static readonly string[] QuotedTitle = ByKind(spelling => "a quoted " + spelling + " title");

    internal delegate void StatementTaker(Statement statement);

    /// <summary>Upper bounds of what a file holds, by the first word of its lines (see <see cref="MapAndCountOpeners"/>).</summary>
    internal struct PlanCounts
    {
        public int Tasks;
        public int Items;
        public int Sections;
        public int Declarations;

        /// <summary>Tasks and items: the ids that share one name space.</summary>
        public readonly int Work => Tasks + Items;
    }

    private static string[] ByKind(System.Func<string, string> message)
    {
        var kinds = (StatementKind[])System.Enum.GetValues(typeof(StatementKind));
        var messages = new string[System.Linq.Enumerable.Max(kinds, k => (int)k) + 1];
        foreach (var kind in kinds)
        {
            messages[(int)kind] = message(Keywords.Spelling(kind));
        }

        return messages;
    }
}
