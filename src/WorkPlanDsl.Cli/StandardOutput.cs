using System;
using System.IO;
using System.Text;

namespace WorkPlanDsl.Cli;

/// <summary>
/// The writer the commands print their results to, which tells a failure to write them (a closed or full standard
/// output: <c>workplan export plan.wplan &gt;&amp;-</c>) apart from a failure to read or write a file the user named.
/// </summary>
internal sealed class StandardOutput : TextWriter
{
    private readonly TextWriter inner;

    public StandardOutput(TextWriter inner) => this.inner = inner;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void Flush() => Guard(inner.Flush);

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException || e.InnerException is IOException)
        {
            throw new UnwritableException((e.InnerException ?? e).Message, e);
        }
    }

    /// <summary>The output could not be written.</summary>
    public sealed class UnwritableException : IOException
    {
        public UnwritableException(string message, Exception inner)
            : base(message, inner)
        {
        }
    }
}
