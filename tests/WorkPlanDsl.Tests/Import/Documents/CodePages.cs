using System.Text;

namespace WorkPlanDsl.Tests.Import.Documents;

/// <summary>The legacy encodings the tests write documents in.</summary>
internal static class CodePages
{
    public static Encoding Gbk { get; } = CodePagesEncodingProvider.Instance.GetEncoding(936)!;

    public static Encoding Gb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    public static Encoding Big5 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(950)!;
}
