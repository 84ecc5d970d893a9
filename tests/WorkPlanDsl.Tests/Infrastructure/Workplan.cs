using System;
using System.IO;

namespace WorkPlanDsl.Tests.Infrastructure;

/// <summary>Runs the workplan command line as a user does, from the copy built beside the tests.</summary>
internal static class Workplan
{
    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "workplan.dll");
        var all = new string[arguments.Length + 1];
        all[0] = dll;
        arguments.CopyTo(all, 1);
        return DotNet.Run(workingDirectory, all);
    }

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "workplan-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
