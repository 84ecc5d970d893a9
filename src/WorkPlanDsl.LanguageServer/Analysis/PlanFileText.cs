using System.IO;
using System.Text;

namespace WorkPlanDsl.LanguageServer.Analysis;

/// <summary>A plan file's text as the compiler reads it: UTF-8, a BOM dropped, bad bytes replaced.</summary>
internal static class PlanFileText
{
    public static string Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
    }
}
