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

            if (statement is not null)
            {
                statements.Add(statement);
            }
        }

        return new PlanSyntaxTree(lines, new EquatableArray<StatementSyntax>(statements.ToArray()), new EquatableArray<PlanDiagnostic>(diagnostics.ToArray()));
    }

    private static StatementSyntax? ParseLine(LineScanner s, string text)
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
            return new StatementSyntax(StatementKind.Text, bar, 1) { Value = s.ReadText() };
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

        var keyword = new StatementSyntax(kind, start, length);
        SyntaxToken? openedId = null;
        var statement = kind switch
        {
            StatementKind.Plan => ParsePlan(s, keyword),
            StatementKind.Title or StatementKind.Issuer or StatementKind.Source or StatementKind.Label
                => s.ReadString(out var value, "a quoted " + Keywords.Spelling(kind)) ? keyword with { Value = value } : null,
            StatementKind.Published => s.ReadDate(out var date) ? keyword with { Value = date } : null,
            StatementKind.Year => s.ReadYear(out var year) ? keyword with { Value = year } : null,
            StatementKind.Unit or StatementKind.Group => ParseDeclaration(s, keyword),
            StatementKind.Section or StatementKind.Task => ParseOpener(s, keyword, idRequired: true, out openedId),
            StatementKind.Item => ParseOpener(s, keyword, idRequired: false, out openedId),
            StatementKind.Lead => ParseLead(s, keyword),
            StatementKind.Support => s.ReadList(out var refs, "a unit or group") ? keyword with { List = refs } : null,
            StatementKind.Tag => s.ReadList(out var tags, "a tag") ? keyword with { List = tags } : null,
            StatementKind.Due => ParseDue(s, keyword),
            StatementKind.Target => ParseTarget(s, keyword),
            _ => null,
        };

        if (statement is null || !s.ExpectEnd(Keywords.Spelling(kind)))
        {
            // A broken opener keeps the id it got before the error, so that what follows names the right element.
            return keyword with { IsBroken = true, Name = openedId };
        }

        return statement;
    }

    private static StatementSyntax? ParsePlan(LineScanner s, StatementSyntax statement)
    {
        if (!s.ReadDottedName(out var name))
        {
            return null;
        }

        statement = statement with { Name = name };
        s.SkipSpace();
        if (s.AtQuote)
        {
            return s.ReadString(out var title, "a quoted title") ? statement with { Value = title } : null;
        }

        return statement;
    }

    private static StatementSyntax? ParseDeclaration(LineScanner s, StatementSyntax statement)
    {
        var what = statement.Kind == StatementKind.Unit ? "a unit identifier" : "a group identifier";
        if (!s.ReadIdentifier(out var id, what))
        {
            return null;
        }

        statement = statement with { Name = id };
        s.SkipSpace();
        if (s.AtQuote)
        {
            if (!s.ReadString(out var fullName, "a quoted full name"))
            {
                return null;
            }

            statement = statement with { Value = fullName };
            s.SkipSpace();
        }

        if (s.AtEnd)
        {
            return statement;
        }

        if (!s.AtIdentifierStart || s.PeekWord() != Keywords.Alias)
        {
            s.Fail("expected a quoted full name or 'alias' after '" + id.Value + "'");
            return null;
        }

        s.ReadWord();
        return s.ReadList(out var aliases, "an alias") ? statement with { List = aliases } : null;
    }

    private static StatementSyntax? ParseOpener(LineScanner s, StatementSyntax statement, bool idRequired, out SyntaxToken? openedId)
    {
        var kind = Keywords.Spelling(statement.Kind);
        openedId = null;
        s.SkipSpace();
        if (idRequired || !s.AtQuote && !s.AtEnd)
        {
            if (!s.ReadIdentifier(out var id, "a " + kind + " identifier"))
            {
                return null;
            }

            statement = statement with { Name = id };
            openedId = id;
        }

        s.SkipSpace();
        if (s.AtEnd)
        {
            return statement;
        }

        return s.ReadString(out var title, "a quoted " + kind + " title") ? statement with { Value = title } : null;
    }

    // lead 体改科, 规信科 | lead none "总体要求，各单位共同负责" (the word in Name, the optional reason in Value).
    private static StatementSyntax? ParseLead(LineScanner s, StatementSyntax statement)
    {
        if (!s.ReadList(out var refs, "a unit or group"))
        {
            return null;
        }

        if (refs.Count != 1 || !Keywords.IsNoLead(refs[0].Value))
        {
            return statement with { List = refs };
        }

        s.SkipSpace();
        if (!s.AtQuote)
        {
            return statement with { Name = refs[0] };
        }

        return s.ReadString(out var reason, "a quoted reason") ? statement with { Name = refs[0], Value = reason } : null;
    }

    private static StatementSyntax? ParseDue(LineScanner s, StatementSyntax statement)
    {
        s.SkipSpace();
        if (s.AtQuote)
        {
            return s.ReadString(out var text, "a quoted deadline") ? statement with { Value = text } : null;
        }

        return s.ReadDate(out var date) ? statement with { Value = date } : null;
    }

    private static StatementSyntax? ParseTarget(LineScanner s, StatementSyntax statement)
    {
        if (!s.ReadString(out var metric, "a quoted metric"))
        {
            return null;
        }

        statement = statement with { Value = metric };
        s.SkipSpace();
        if (s.AtEnd)
        {
            return statement;
        }

        if (!s.ReadOperator(out var op) || !s.ReadNumber(out var number))
        {
            return null;
        }

        statement = statement with { Operator = op, Number = number };
        var rest = s.ReadRest();
        return rest.Length == 0 ? statement : statement with { Rest = rest };
    }
}
