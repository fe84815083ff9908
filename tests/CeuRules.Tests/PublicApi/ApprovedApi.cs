using System;
using System.IO;
using System.Reflection;
using PublicApiGenerator;
using Xunit;

namespace CeuRules.Tests.PublicApi;

/// <summary>Compares an assembly's public API, or any text, with its checked-in approved text.</summary>
internal static class ApprovedApi
{
    /// <summary>
    /// Fails when the public API of <paramref name="assembly"/> differs from <paramref name="approvedFile"/>
    /// (a path relative to the repository root), writing the new API beside it as <c>.received.txt</c>.
    /// </summary>
    internal static void Verify(Assembly assembly, string approvedFile) =>
        VerifyText(assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }), approvedFile, $"The public API of {assembly.GetName().Name}");

    /// <summary>
    /// Fails when <paramref name="received"/> differs from <paramref name="approvedFile"/> (a path
    /// relative to the repository root), writing it beside it as <c>.received.txt</c>. With the
    /// environment variable CEURULES_UPDATE_SNAPSHOTS=1, writes it over the approved file instead.
    /// </summary>
    internal static void VerifyText(string received, string approvedFile, string what)
    {
        var text = received.ReplaceLineEndings("\n");
        var approvedPath = Path.Combine(RepositoryRoot(), approvedFile);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        var receivedPath = Path.ChangeExtension(Path.ChangeExtension(approvedPath, null), ".received.txt");
        if (text == approved)
        {
            File.Delete(receivedPath);
            return;
        }
        if (Environment.GetEnvironmentVariable("CEURULES_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(approvedPath, text);
            return;
        }
        File.WriteAllText(receivedPath, text);
        Assert.Fail($"{what} changed. Review {receivedPath} and, if the change is intended, copy it over {approvedPath}.");
    }

    /// <summary>The folder holding CeuRules.sln, found from the test's output folder.</summary>
    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CeuRules.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No CeuRules.sln above {AppContext.BaseDirectory}.");
    }
}
