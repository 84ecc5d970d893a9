using System.Collections.Generic;

namespace WorkPlanDsl.Tests.Editor;

/// <summary>Plans in shapes the seeds do not have: every diagnostic, hostile characters, every line ending.</summary>
internal static class BrokenPlans
{
    public static IEnumerable<object[]> All() => new[]
    {
        new object[] { "empty", string.Empty },
        new object[] { "no plan statement", "unit 甲\ntask T1 \"x\"\n  lead 甲\n" },
        new object[] { "two plans", "plan A.B\nplan A.C\n" },
        new object[] { "unknown keyword and reserved word", "plan A.B\nleed 甲\nuse Shared\n" },
        new object[] { "unterminated string, bad escape", "plan A.B \"title\nunit 甲 \"a\\q\"\n" },
        new object[] { "bad dates and full-width digits", "plan A.B\n  published 2023-02-29\n  year ２０２４\nsection S\n  due 2024-13\n" },
        new object[] { "unknown reference with a suggestion", "plan A.B\nunit 体改科\ntask T1 \"x\"\n  lead 体改\n  support 人事\n" },
        new object[] { "duplicates, lead also supports, groups only", "plan A.B\nunit 甲\nunit 甲\ngroup 各局 alias 甲\ntask T1\n  lead 各局\ntask T1\n  lead 甲\n  support 甲\n" },
        new object[] { "misplaced attributes", "plan A.B\n  label \"x\"\nitem \"orphan\"\ntask T1\n  title \"a\"\n  title \"b\"\n  issuer \"x\"\n" },
        new object[] { "due outside the year", "plan A.B\n  year 2024\nunit 甲\ntask T1\n  lead 甲\n  due 2025-06\n" },
        new object[] { "CRLF, lone CR, U+3000 indentation, BOM", "\uFEFFplan A.B\r\nunit 甲\r  task T1 \"x\"\r\n\u3000\u3000lead 乙\r\n" },
        new object[] { "surrogate pairs and CJK before the error", "plan A.B\nunit 𠀀科 \"𠀀𠀀\"\ntask T1 \"𠀀𠀀𠀀\"\n  lead 𠀀\n  support 𠀀科, 𠀁\n" },
        new object[] { "U+2028 inside a text line, U+0085 in a string", "plan A.B\ntask T1\n  | a\u2028b\n  lead 无此科\n  title \"x\u0085\"\n" },
        new object[] { "lone surrogate", "plan A.B\ntask T\ud800 \"x\"\nunit \udc00\n" },
        new object[] { "comment after a statement, malformed target", "plan A.B # c\ntask T1\n  target \"m\" => 5\n  target \"n\" = 1e5\n" },
        new object[] { "huge clashing names", "plan A.B\nunit " + new string('长', 3000) + "\nunit " + new string('长', 3000) + "\ntask T1\n  lead " + new string('长', 2999) + "\n" },
    };
}
