using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace WorkPlanDsl.Fuzz;

/// <summary>
/// Makes one input from a seed: an excerpt of it (most of the time, so that inputs stay small and many run), then
/// one to eight mutations: byte flips, inserts and deletions, truncation, Unicode category swaps (digits of every
/// script, separators, controls, surrogates, full-width forms), line shuffles, deletion and duplication, block
/// repetition and hostile fragments. Everything follows from (seed, index), so any input can be made again.
/// </summary>
internal static class Mutator
{
    private static readonly string[] Fragments =
    {
        "\n", "\"", "\\", "|", "#", "task ", "item ", "section ", "lead ", "support ", "due ", "target ", "、", "，", "\r", "\0", "\uFEFF",
        "  due \"6月５日前\"\n", "  due \"２０２４年１２月底\"\n", "  due \"第４季度\"\n", "  due \"٦月٥日\"\n", "  target \"x\" >= ９０\n",
        "published ２０２４-０１-０１\n", "year ２０２４\n", "  due 2024-13-01\n", "  due 0000-01-01\n", "  due 9999-12-31\n",
        "  title \"=HYPERLINK(\\\"x\\\")\"\n", "  label \"+1\"\n", "\"\\uD800\"", "\"\\uDC00x\"", "\"\\u0000\"", "\"\\u2028\"", "\\u",
        "task T999 \"@SUM(A1)\"\n", "| -1+2\n", "| \t=cmd\n", "\u2028", "\u2029", "\u0085", "\u200B", "\u202E", "𝟓", "１", "٣",
        "  target \"x\" >= -0.5 %\n", "  target \"x\" = 99999999999999999999999999999999\n", "unit X alias Y, Y\n", "group G\n",
        "plan A.B\n", "计划 甲.乙\n", "任务 T1 \"x\"\n", "  牵头 A\n", "  时限 \"年底前\"\n", "  | \n", "#\n",
    };

    private static readonly string[] SpecialCharacters =
    {
        "\u2028", "\u2029", "\u0085", "\uFEFF", "\u200B", "\u200D", "\u202E", "\u00A0", "\u3000", "\t", "\v", "\f", "\0", "\u001F", "\u007F",
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uFFFD", "\uFFFF", "\uE000", "𠀀", "😀", "Ⅻ", "ǅ", "\u0301", "\u0378",
    };

    private static readonly byte[][] BadBytes =
    {
        new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xC0, 0xAF }, new byte[] { 0xFF }, new byte[] { 0xD6, 0xD0, 0xCE, 0xC4 },
        new byte[] { 0xE6, 0x96 }, new byte[] { 0xF4, 0x90, 0x80, 0x80 }, new byte[] { 0xEF, 0xBB, 0xBF }, new byte[] { 0x80 },
    };

    /// <summary>Every Unicode decimal digit (Nd) this runtime knows, as strings (a surrogate pair beyond the BMP).</summary>
    public static IReadOnlyList<string> DecimalDigits { get; } = Enumerable.Range(0, 0x110000)
        .Where(c => c is < 0xD800 or > 0xDFFF)
        .Select(char.ConvertFromUtf32)
        .Where(s => CharUnicodeInfo.GetUnicodeCategory(s, 0) == UnicodeCategory.DecimalDigitNumber)
        .ToArray();

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static byte[] Make(IReadOnlyList<(string Name, string Text)> seeds, int seed, long index, out string origin)
    {
        var random = new Random(HashCode.Combine(seed, index, 0x5EED));
        var (name, text) = seeds[random.Next(seeds.Count)];
        var lines = text.Split('\n').ToList();
        origin = name;
        if (lines.Count > 40 && random.Next(40) != 0)
        {
            // The plan statement and the unit declarations, then a window of the rest.
            var head = lines.TakeWhile(l => !l.TrimStart().StartsWith("task", StringComparison.Ordinal) && !l.TrimStart().StartsWith("section", StringComparison.Ordinal)).Take(60).ToList();
            var start = random.Next(head.Count, lines.Count);
            var length = random.Next(3, 80);
            lines = head.Concat(lines.Skip(start).Take(length)).ToList();
            origin += " lines " + start + "+" + length;
        }

        var bytes = Encoding.UTF8.GetBytes(string.Join("\n", lines));
        var count = random.Next(1, 9);
        for (var i = 0; i < count; i++)
        {
            bytes = Mutate(bytes, random);
        }

        return bytes;
    }

    private static byte[] Mutate(byte[] bytes, Random random)
    {
        var kind = random.Next(14);
        if (kind <= 4)
        {
            var list = bytes.ToList();
            var at = random.Next(list.Count + 1);
            switch (kind)
            {
                case 0 when list.Count > 0: list[Math.Min(at, list.Count - 1)] ^= (byte)(1 << random.Next(8)); break;
                case 1: list.Insert(at, (byte)random.Next(256)); break;
                case 2: list.RemoveRange(Math.Min(at, list.Count), Math.Min(random.Next(1, 64), list.Count - Math.Min(at, list.Count))); break;
                case 3: list.RemoveRange(at, list.Count - at); break;
                case 4: list.InsertRange(at, BadBytes[random.Next(BadBytes.Length)]); break;
            }

            return list.ToArray();
        }

        // Text mutations on what the bytes say; bytes that are not UTF-8 come back as U+FFFD, so byte mutations are
        // redone often enough (above) to keep invalid files in the mix.
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n').ToList();
        int Line() => random.Next(lines.Count);
        switch (kind)
        {
            case 5:
                text = Replace(text, random, _ => DecimalDigits[random.Next(DecimalDigits.Count)]);
                break;
            case 6:
                text = Replace(text, random, _ => SpecialCharacters[random.Next(SpecialCharacters.Length)]);
                break;
            case 7:
                // The digits of one line, all in one other script: the same numbers, written differently.
                var script = DecimalDigits[random.Next(DecimalDigits.Count)];
                var zero = char.ConvertToUtf32(script, 0) - (int)char.GetNumericValue(script, 0);
                var l = Line();
                lines[l] = string.Concat(lines[l].Select(c => c is >= '0' and <= '9' ? char.ConvertFromUtf32(zero + (c - '0')) : c.ToString()));
                text = string.Join("\n", lines);
                break;
            case 8:
                // Full-width forms of ASCII (what a Chinese input method types).
                text = Replace(text, random, c => c is > ' ' and < '\u007F' ? ((char)(c - 0x21 + 0xFF01)).ToString() : c.ToString());
                break;
            case 9:
                var (a, b) = (Line(), Line());
                (lines[a], lines[b]) = (lines[b], lines[a]);
                text = string.Join("\n", lines);
                break;
            case 10:
                if (random.Next(2) == 0)
                {
                    lines.RemoveAt(Line());
                }
                else
                {
                    var copy = Line();
                    lines.InsertRange(Line(), Enumerable.Repeat(lines[copy], random.Next(1, 4)));
                }

                text = string.Join("\n", lines);
                break;
            case 11:
                var from = Line();
                var block = lines.Skip(from).Take(random.Next(1, 30)).ToList();
                var times = random.Next(1, random.Next(10) == 0 ? 200 : 5);
                lines.InsertRange(from, Enumerable.Range(0, times).SelectMany(_ => block));
                text = string.Join("\n", lines);
                break;
            default:
                var at = random.Next(text.Length + 1);
                text = text.Substring(0, at) + Fragments[random.Next(Fragments.Length)] + text.Substring(at);
                break;
        }

        return Encode(text);
    }

    private static string Replace(string text, Random random, Func<char, string> with)
    {
        if (text.Length == 0)
        {
            return with(' ');
        }

        var at = random.Next(text.Length);
        return text.Substring(0, at) + with(text[at]) + text.Substring(at + 1);
    }

    // A lone surrogate has no UTF-8 form: written as the bytes a careless encoder would use (ED A0 80), invalid UTF-8.
    private static byte[] Encode(string text)
    {
        try
        {
            return StrictUtf8.GetBytes(text);
        }
        catch (EncoderFallbackException)
        {
            var output = new List<byte>();
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsSurrogate(text[i]) && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
                {
                    output.AddRange(new[] { (byte)(0xE0 | (text[i] >> 12)), (byte)(0x80 | ((text[i] >> 6) & 0x3F)), (byte)(0x80 | (text[i] & 0x3F)) });
                    continue;
                }

                var width = char.IsHighSurrogate(text[i]) ? 2 : 1;
                output.AddRange(Encoding.UTF8.GetBytes(text.Substring(i, width)));
                i += width - 1;
            }

            return output.ToArray();
        }
    }
}
