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
        Read(lines, diagnostics, (in Statement statement) => statements.Add(statement.ToSyntax()), cancellationToken);
        return new PlanSyntaxTree(lines, new EquatableArray<StatementSyntax>(statements.ToArray()), new EquatableArray<PlanDiagnostic>(diagnostics.ToArray()));
    }

    /// <summary>
    /// Parses the lines in order and hands each statement to <paramref name="take"/> as soon as it is read, so that a
    /// compile that needs no syntax tree keeps none: a statement it does not keep dies young, where a list of them all
    /// would be carried through every collection until the model is built.
    /// </summary>
    internal static void Read(LineMap lines, List<PlanDiagnostic> diagnostics, StatementTaker take, CancellationToken cancellationToken)
    {
        var scanner = new LineScanner(lines.Text);
        for (var line = 0; line < lines.LineCount; line++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            scanner.Reset(lines.LineStart(line), lines.LineEnd(line));
            var statement = ParseLine(scanner, lines.Text);
            if (scanner.Error is { } error)
            {
                diagnostics.Add(PlanDiagnostic.Create(DiagnosticCatalog.SyntaxError, lines.Locate(error.Start, error.Length), error.Message));
            }

            if (statement is { } read)
            {
                take(in read);
            }
        }
    }

    /// <summary>
    /// How many lines could open a task, and how many a task or an item (a broken one included): an upper bound, read
    /// before parsing so that the binder's lists and maps are made once at their size.
    /// </summary>
    internal static (int Tasks, int Work) CountOpeners(LineMap lines)
    {
        var text = lines.Text;
        var tasks = 0;
        var items = 0;
        for (var line = 0; line < lines.LineCount; line++)
        {
            var i = lines.LineStart(line);
            while (i < text.Length && text[i] is ' ' or '\t' or '\uFEFF')
            {
                i++;
            }

            if (string.CompareOrdinal(text, i, "task", 0, 4) == 0)
            {
                tasks++;
            }
            else if (string.CompareOrdinal(text, i, "item", 0, 4) == 0)
            {
                items++;
            }
        }

        return (tasks, tasks + items);
    }

    private static Statement? ParseLine(LineScanner s, string text)
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
            return new Statement(StatementKind.Text, bar, 1) { Value = s.ReadText() };
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

        // Each statement is made once, with all its tokens: the lines of a big plan are most of what parsing allocates.
        SyntaxToken? openedId = null;
        var statement = kind switch
        {
            StatementKind.Plan => ParsePlan(s, kind, start, length),
            StatementKind.Title or StatementKind.Issuer or StatementKind.Source or StatementKind.Label
                => s.ReadString(out var value, Quoted[(int)kind]) ? new Statement(kind, start, length) { Value = value } : null,
            StatementKind.Published => s.ReadDate(out var date) ? new Statement(kind, start, length) { Value = date } : null,
            StatementKind.Year => s.ReadYear(out var year) ? new Statement(kind, start, length) { Value = year } : null,
            StatementKind.Unit or StatementKind.Group => ParseDeclaration(s, kind, start, length),
            StatementKind.Section or StatementKind.Task => ParseOpener(s, kind, start, length, idRequired: true, out openedId),
            StatementKind.Item => ParseOpener(s, kind, start, length, idRequired: false, out openedId),
            StatementKind.Lead => ParseLead(s, kind, start, length),
            StatementKind.Support => s.ReadList(out var refs, "a unit or group") ? new Statement(kind, start, length) { List = refs } : null,
            StatementKind.Tag => s.ReadList(out var tags, "a tag") ? new Statement(kind, start, length) { List = tags } : null,
            StatementKind.Due => ParseDue(s, kind, start, length),
            StatementKind.Target => ParseTarget(s, kind, start, length),
            _ => null,
        };

        if (statement is null || !s.ExpectEnd(Keywords.Spelling(kind)))
        {
            // A broken opener keeps the id it got before the error, so that what follows names the right element.
            return new Statement(kind, start, length) { IsBroken = true, Name = openedId };
        }

        return statement;
    }

    private static Statement? ParsePlan(LineScanner s, StatementKind kind, int start, int length)
    {
        if (!s.ReadDottedName(out var name))
        {
            return null;
        }

        s.SkipSpace();
        if (!s.AtQuote)
        {
            return new Statement(kind, start, length) { Name = name };
        }

        return s.ReadString(out var title, "a quoted title") ? new Statement(kind, start, length) { Name = name, Value = title } : null;
    }

    private static Statement? ParseDeclaration(LineScanner s, StatementKind kind, int start, int length)
    {
        if (!s.ReadIdentifier(out var id, kind == StatementKind.Unit ? "a unit identifier" : "a group identifier"))
        {
            return null;
        }

        SyntaxToken? fullName = null;
        s.SkipSpace();
        if (s.AtQuote)
        {
            if (!s.ReadString(out var quoted, "a quoted full name"))
            {
                return null;
            }

            fullName = quoted;
            s.SkipSpace();
        }

        if (s.AtEnd)
        {
            return new Statement(kind, start, length) { Name = id, Value = fullName };
        }

        if (!s.AtIdentifierStart || s.PeekWord() != Keywords.Alias)
        {
            s.Fail("expected a quoted full name or 'alias' after '" + id.Value + "'");
            return null;
        }

        s.ReadWord();
        return s.ReadList(out var aliases, "an alias") ? new Statement(kind, start, length) { Name = id, Value = fullName, List = aliases } : null;
    }

    private static Statement? ParseOpener(LineScanner s, StatementKind kind, int start, int length, bool idRequired, out SyntaxToken? openedId)
    {
        SyntaxToken? id = null;
        openedId = null;
        s.SkipSpace();
        if (idRequired || !s.AtQuote && !s.AtEnd)
        {
            if (!s.ReadIdentifier(out var read, Identifier[(int)kind]))
            {
                return null;
            }

            id = read;
            openedId = read;
        }

        s.SkipSpace();
        if (s.AtEnd)
        {
            return new Statement(kind, start, length) { Name = id };
        }

        return s.ReadString(out var title, QuotedTitle[(int)kind]) ? new Statement(kind, start, length) { Name = id, Value = title } : null;
    }

    // lead 体改科, 规信科 | lead none "总体要求，各单位共同负责" (the word in Name, the optional reason in Value).
    private static Statement? ParseLead(LineScanner s, StatementKind kind, int start, int length)
    {
        if (!s.ReadList(out var refs, "a unit or group"))
        {
            return null;
        }

        if (refs.Count != 1 || !Keywords.IsNoLead(refs[0].Value))
        {
            return new Statement(kind, start, length) { List = refs };
        }

        s.SkipSpace();
        if (!s.AtQuote)
        {
            return new Statement(kind, start, length) { Name = refs[0] };
        }

        return s.ReadString(out var reason, "a quoted reason") ? new Statement(kind, start, length) { Name = refs[0], Value = reason } : null;
    }

    private static Statement? ParseDue(LineScanner s, StatementKind kind, int start, int length)
    {
        s.SkipSpace();
        if (s.AtQuote)
        {
            return s.ReadString(out var text, "a quoted deadline", pooled: true) ? new Statement(kind, start, length) { Value = text } : null;
        }

        return s.ReadDate(out var date) ? new Statement(kind, start, length) { Value = date } : null;
    }

    private static Statement? ParseTarget(LineScanner s, StatementKind kind, int start, int length)
    {
        if (!s.ReadString(out var metric, "a quoted metric"))
        {
            return null;
        }

        s.SkipSpace();
        if (s.AtEnd)
        {
            return new Statement(kind, start, length) { Value = metric };
        }

        if (!s.ReadOperator(out var op) || !s.ReadNumber(out var number))
        {
            return null;
        }

        var rest = s.ReadRest();
        return new Statement(kind, start, length) { Value = metric, Operator = op, Number = number, Rest = rest.Length == 0 ? null : rest };
    }

    // What a line was expected to hold, by keyword: made once, not on every line.
    private static readonly string[] Quoted = ByKind(spelling => "a quoted " + spelling);
    private static readonly string[] Identifier = ByKind(spelling => "a " + spelling + " identifier");
    private static readonly string[] QuotedTitle = ByKind(spelling => "a quoted " + spelling + " title");

    internal delegate void StatementTaker(in Statement statement);

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
