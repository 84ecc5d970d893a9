using System;

namespace WorkPlanDsl.LanguageServer.Analysis;

/// <summary>Document URIs to file paths and back; only <c>file:</c> documents have a path (and so .editorconfig and a workspace).</summary>
internal static class DocumentUris
{
    public static string? ToPath(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }

        return parsed.LocalPath;
    }

    public static string FromPath(string path) => new Uri(System.IO.Path.GetFullPath(path)).AbsoluteUri;
}
