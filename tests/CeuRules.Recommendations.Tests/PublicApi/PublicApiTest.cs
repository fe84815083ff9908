using System;
using System.IO;
using PublicApiGenerator;
using Xunit;

namespace CeuRules.Recommendations.Tests.PublicApi;

/// <summary>
/// The public API of the recommendations package, compared with its approved text; on a change, a
/// <c>.received.txt</c> is written beside the approved file for review.
/// </summary>
public sealed class PublicApiTest
{
    [Fact]
    public void The_CeuRules_Recommendations_public_API_is_approved()
    {
        var assembly = typeof(CourseRecommender).Assembly;
        string text = assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");
        string approved = Path.Combine(Root(), "tests", "CeuRules.Recommendations.Tests", "PublicApi", "CeuRules.Recommendations.approved.txt");
        string received = Path.ChangeExtension(Path.ChangeExtension(approved, null), ".received.txt");
        if (File.Exists(approved) && File.ReadAllText(approved).ReplaceLineEndings("\n") == text)
        {
            File.Delete(received);
            return;
        }
        if (Environment.GetEnvironmentVariable("CEURULES_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(approved, text);
            return;
        }
        File.WriteAllText(received, text);
        Assert.Fail($"The public API of {assembly.GetName().Name} changed. Review {received} and, if the change is intended, copy it over {approved}.");
    }

    /// <summary>The repository root: the nearest folder above the test's output that holds CeuRules.sln.</summary>
    internal static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CeuRules.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("CeuRules.sln not found above " + AppContext.BaseDirectory);
    }
}
