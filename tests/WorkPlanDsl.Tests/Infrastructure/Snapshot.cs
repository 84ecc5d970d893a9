using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace WorkPlanDsl.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions in Verify's conventions: <c>Type.Method.verified.cs</c> beside the test file is the accepted
/// output; on a mismatch <c>.received.cs</c> is written next to it and the test fails. Setting the environment variable
/// <c>VERIFY_ACCEPT=1</c> accepts what was received. Switching to Verify is replacing <see cref="Match"/>'s body.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "VERIFY_ACCEPT";

    // A CI build (ContinuousIntegrationBuild) maps source paths to "/_/"; map them back onto this clone.
    private static string SourcePath(string compiledPath)
    {
        var normalized = compiledPath.Replace('\\', '/');
        return normalized.StartsWith("/_/", StringComparison.Ordinal)
            ? Path.Combine(RepositoryPaths.Root, normalized.Substring(3))
            : compiledPath;
    }

    public static void Match(string received, string name, [CallerFilePath] string testFile = "")
    {
        var directory = Path.GetDirectoryName(SourcePath(testFile))!;
        var stem = Path.Combine(directory, Path.GetFileNameWithoutExtension(testFile) + "." + name);
        var verifiedPath = stem + ".verified.cs";
        var receivedPath = stem + ".received.cs";
        var normalized = received.Replace("\r\n", "\n");

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verifiedPath, normalized);
            File.Delete(receivedPath);
            return;
        }

        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (verified == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized);
        Assert.Fail(verified is null
            ? "No snapshot yet: wrote " + receivedPath + ". Review it, then rename it to .verified.cs or run with " + AcceptVariable + "=1."
            : "Snapshot mismatch: compare " + receivedPath + " with " + verifiedPath + "; run with " + AcceptVariable + "=1 to accept.");
    }
}
