using System;
using System.Linq;
using System.Reflection;

namespace CeuRules.Cli;

/// <summary>
/// Where a document of the repository is, for a person reading the tool's help or messages far from a clone:
/// a link to the document at the commit the tool was built from when the build knew the repository's URL
/// (the SDK's <c>RepositoryUrl</c> assembly metadata, filled by Source Link from the clone's origin), and
/// otherwise the document named in words.
/// </summary>
internal static class DocLinks
{
    private static readonly string? Base = FindBase();

    /// <summary>The document at <paramref name="path"/> (relative to the repository's docs folder, such as <c>formats.md</c>).</summary>
    internal static string To(string path) =>
        Base is { } url ? $"{url}/docs/{path}" : $"docs/{path} in the CeuRules repository";

    private static string? FindBase()
    {
        var assembly = typeof(DocLinks).Assembly;
        string? repository = assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value;
        if (string.IsNullOrEmpty(repository) || !Uri.TryCreate(repository, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            return null;
        }
        string version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
        int plus = version.IndexOf('+', StringComparison.Ordinal);
        string revision = plus >= 0 && plus < version.Length - 1 ? version[(plus + 1)..] : "HEAD";
        string trimmed = repository.EndsWith(".git", StringComparison.Ordinal) ? repository[..^4] : repository;
        return $"{trimmed.TrimEnd('/')}/blob/{revision}";
    }
}
