using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace WorkPlanDsl.Fuzz;

/// <summary>
/// The CPU time the calling thread has used. The fuzzer shares its machine, and wall time there says more about the
/// other processes than about the input; on Linux this is /proc/thread-self/stat (10 ms ticks), elsewhere wall time.
/// </summary>
internal static class ThreadCpu
{
    private const string Stat = "/proc/thread-self/stat";
    private static readonly bool Available = File.Exists(Stat);

    public static TimeSpan Now()
    {
        if (!Available)
        {
            return Stopwatch.GetElapsedTime(0);
        }

        // The fields after the command name, which is in parentheses and may hold spaces: state is field 3, utime 14, stime 15.
        var text = File.ReadAllText(Stat);
        var fields = text.Substring(text.LastIndexOf(')') + 2).Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }
}
