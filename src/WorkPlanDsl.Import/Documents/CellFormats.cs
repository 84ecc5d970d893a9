using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WorkPlanDsl.Import.Documents;

/// <summary>
/// A cell's value as Excel shows it: the number formats a plan's table uses (General, fixed decimals, thousands,
/// percent, literal units such as <c>0"个"</c>) and dates (built-in and custom, <c>yyyy"年"m"月"d"日"</c>), as the
/// Chinese edition of Excel shows them. Colours, conditions and widths are not text.
/// </summary>
internal sealed class CellFormats
{
    private static readonly Dictionary<int, string> BuiltIn = new()
    {
        [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00", [9] = "0%", [10] = "0.00%",
        [14] = "yyyy/m/d", [15] = "d-mmm-yy", [16] = "d-mmm", [17] = "mmm-yy", [18] = "h:mm AM/PM", [19] = "h:mm:ss AM/PM",
        [20] = "h:mm", [21] = "h:mm:ss", [22] = "yyyy/m/d h:mm",
        [27] = "yyyy\"年\"m\"月\"", [28] = "m\"月\"d\"日\"", [29] = "m\"月\"d\"日\"", [30] = "m-d-yy", [31] = "yyyy\"年\"m\"月\"d\"日\"",
        [32] = "h\"时\"mm\"分\"", [33] = "h\"时\"mm\"分\"ss\"秒\"", [34] = "h\"时\"mm\"分\"", [35] = "h\"时\"mm\"分\"ss\"秒\"", [36] = "yyyy\"年\"m\"月\"",
        [37] = "#,##0 ;(#,##0)", [38] = "#,##0 ;(#,##0)", [39] = "#,##0.00;(#,##0.00)", [40] = "#,##0.00;(#,##0.00)",
        [45] = "mm:ss", [46] = "[h]:mm:ss", [47] = "mm:ss.0", [49] = "@",
        [50] = "yyyy\"年\"m\"月\"", [51] = "m\"月\"d\"日\"", [52] = "yyyy\"年\"m\"月\"", [53] = "m\"月\"d\"日\"", [54] = "m\"月\"d\"日\"",
        [55] = "yyyy\"年\"m\"月\"", [56] = "m\"月\"d\"日\"", [57] = "yyyy\"年\"m\"月\"", [58] = "m\"月\"d\"日\"",
    };

    private readonly uint[] numberFormatIds;
    private readonly Dictionary<uint, string> custom = new();
    private readonly bool date1904;

    public CellFormats(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        numberFormatIds = stylesheet?.CellFormats?.Elements<CellFormat>().Select(f => f.NumberFormatId?.Value ?? 0u).ToArray() ?? Array.Empty<uint>();
        foreach (var format in stylesheet?.NumberingFormats?.Elements<NumberingFormat>() ?? Enumerable.Empty<NumberingFormat>())
        {
            if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value is { } code)
            {
                custom[id] = code;
            }
        }

        date1904 = workbook.Workbook?.WorkbookProperties?.Date1904?.Value ?? false;
    }

    public string Shown(Cell cell, string[] strings)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Length ? strings[index] : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? XlsxReader.ItemText(inline) : raw;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw;
        }

        if (type == CellValues.String || type == CellValues.Error || type == CellValues.Date)
        {
            return raw;
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return raw;
        }

        var style = (int)(cell.StyleIndex?.Value ?? 0u);
        var formatId = style < numberFormatIds.Length ? numberFormatIds[style] : 0u;
        var code = custom.TryGetValue(formatId, out var c) ? c : BuiltIn.TryGetValue((int)formatId, out var b) ? b : "General";
        return Format(number, code, date1904);
    }

    internal static string Format(double number, string code, bool date1904 = false)
    {
        var sections = Split(code);
        var section = number < 0 && sections.Count > 1 ? sections[1] : sections[0];
        if (number < 0 && sections.Count > 1)
        {
            number = -number;
        }

        if (section.Equals("General", StringComparison.OrdinalIgnoreCase) || section == "@" || section.Length == 0)
        {
            return General(number);
        }

        return IsDate(section) ? Date(number, section, date1904) : Number(number, section);
    }

    private static string General(double number)
        => Math.Abs(number) >= 1e11 ? number.ToString("0.#####E+0", CultureInfo.InvariantCulture) : number.ToString("G10", CultureInfo.InvariantCulture);

    /// <summary>Literal text before and after the digits, the digits with the decimals and grouping the code asks for.</summary>
    private static string Number(double number, string code)
    {
        var prefix = new StringBuilder();
        var suffix = new StringBuilder();
        var decimals = 0;
        var grouping = false;
        var percent = false;
        var inDigits = false;
        var afterDigits = false;
        var afterPoint = false;
        foreach (var (token, literal) in Tokens(code))
        {
            if (literal)
            {
                (afterDigits || inDigits ? suffix : prefix).Append(token);
                if (inDigits)
                {
                    afterDigits = true;
                    inDigits = false;
                }

                continue;
            }

            var ch = token[0];
            if (ch is '0' or '#' or '?' && !afterDigits)
            {
                inDigits = true;
                decimals += afterPoint ? 1 : 0;
            }
            else if (ch == '.' && !afterDigits)
            {
                afterPoint = true;
                inDigits = true;
            }
            else if (ch == ',' && inDigits && !afterPoint)
            {
                grouping = true;
            }
            else if (ch == '%')
            {
                percent = true;
                (inDigits || afterDigits ? suffix : prefix).Append('%');
            }
        }

        if (percent)
        {
            number *= 100;
        }

        var digits = number.ToString((grouping ? "N" : "F") + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return prefix + digits + suffix;
    }

    private static string Date(double serial, string code, bool date1904)
    {
        if (serial < 0 || serial > 2958465)
        {
            return General(serial);
        }

        var date = DateTime.FromOADate(serial + (date1904 ? 1462 : 0));
        var text = new StringBuilder();
        var tokens = Tokens(code).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var (token, literal) = tokens[i];
            if (literal)
            {
                text.Append(token);
                continue;
            }

            var lower = token.ToLowerInvariant();
            var run = 1;
            while (i + run < tokens.Count && !tokens[i + run].Literal && tokens[i + run].Token.ToLowerInvariant() == lower && lower is "y" or "m" or "d" or "h" or "s")
            {
                run++;
            }

            switch (lower)
            {
                case "y":
                    text.Append(run <= 2 ? (date.Year % 100).ToString("00", CultureInfo.InvariantCulture) : date.Year.ToString(CultureInfo.InvariantCulture));
                    break;
                case "m" when IsMinute(tokens, i, run):
                    text.Append(date.Minute.ToString(run >= 2 ? "00" : "0", CultureInfo.InvariantCulture));
                    break;
                case "m":
                    text.Append(date.Month.ToString(run == 2 ? "00" : "0", CultureInfo.InvariantCulture));
                    break;
                case "d" when run <= 2:
                    text.Append(date.Day.ToString(run == 2 ? "00" : "0", CultureInfo.InvariantCulture));
                    break;
                case "h":
                    text.Append(date.Hour.ToString(run >= 2 ? "00" : "0", CultureInfo.InvariantCulture));
                    break;
                case "s":
                    text.Append(date.Second.ToString(run >= 2 ? "00" : "0", CultureInfo.InvariantCulture));
                    break;
                case "/" or "-" or ":" or " " or "." or ",":
                    text.Append(token);
                    break;
            }

            i += run - 1;
        }

        return text.ToString().Trim();
    }

    /// <summary>m after an hour or before seconds is minutes.</summary>
    private static bool IsMinute(List<(string Token, bool Literal)> tokens, int at, int run)
    {
        for (var j = at - 1; j >= 0; j--)
        {
            var t = tokens[j].Token.ToLowerInvariant();
            if (!tokens[j].Literal && t is "h")
            {
                return true;
            }

            if (!tokens[j].Literal && t is "y" or "m" or "d" or "s")
            {
                break;
            }
        }

        for (var j = at + run; j < tokens.Count; j++)
        {
            var t = tokens[j].Token.ToLowerInvariant();
            if (!tokens[j].Literal && t is "s")
            {
                return true;
            }

            if (!tokens[j].Literal && t is "y" or "m" or "d" or "h")
            {
                break;
            }
        }

        return false;
    }

    private static bool IsDate(string code) => Tokens(code).Any(t => !t.Literal && t.Token.ToLowerInvariant() is "y" or "m" or "d" or "h" or "s");

    /// <summary>Sections split at ';' outside quotes.</summary>
    private static List<string> Split(string code)
    {
        var sections = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < code.Length; i++)
        {
            if (code[i] == '"')
            {
                quoted = !quoted;
            }
            else if (code[i] == '\\')
            {
                i++;
            }
            else if (code[i] == ';' && !quoted)
            {
                sections.Add(code.Substring(start, i - start));
                start = i + 1;
            }
        }

        sections.Add(code.Substring(start));
        return sections;
    }

    /// <summary>
    /// The code as tokens: single format characters, and literal text ("…", \x, and the characters that stand for
    /// themselves such as 年 月 日 个). [Red], [$-804], [DBNum1], _x (a space's width) and *x (fill) are dropped.
    /// </summary>
    private static IEnumerable<(string Token, bool Literal)> Tokens(string code)
    {
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                var end = code.IndexOf('"', i + 1);
                end = end < 0 ? code.Length : end;
                yield return (code.Substring(i + 1, end - i - 1), true);
                i = end;
            }
            else if (c == '\\' && i + 1 < code.Length)
            {
                yield return (code[i + 1].ToString(), true);
                i++;
            }
            else if (c == '[')
            {
                var end = code.IndexOf(']', i + 1);
                if (end > i && code.Substring(i + 1, end - i - 1).Trim('h', 'H', 'm', 'M', 's', 'S').Length == 0)
                {
                    // [h] elapsed hours: still an hour token.
                    yield return (code.Substring(i + 1, 1), false);
                }

                i = end < 0 ? code.Length : end;
            }
            else if (c is '_' or '*')
            {
                i++;
            }
            else if ("0#?.,%yYmMdDhHsSeE/-: ".IndexOf(c) >= 0)
            {
                yield return (c.ToString(), false);
            }
            else if (c == 'A' && string.Compare(code, i, "AM/PM", 0, 5, StringComparison.OrdinalIgnoreCase) == 0)
            {
                i += 4;
            }
            else
            {
                yield return (c.ToString(), true);
            }
        }
    }
}
