using System;
using System.IO;

namespace CeuRules.Spreadsheets.Tests;

internal static class Paths
{
    /// <summary>The folder holding CeuRules.sln, found from the test's output folder.</summary>
    internal static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CeuRules.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("No CeuRules.sln above the test folder.");
    }

    internal static string Examples(string file) => Path.Combine(Root(), "docs", "examples", file);
}
