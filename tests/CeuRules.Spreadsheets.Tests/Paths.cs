using System;
using System.IO;
using NodaTime;
using NodaTime.Testing;

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

    /// <summary>Runs the command line in process with the clock at noon UTC on <paramref name="today"/>.</summary>
    internal static (int Exit, string Out, string Err) Run(LocalDate today, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = Cli.CliApp.Run(args, stdout, stderr, interactive: false, new FakeClock(today.AtMidnight().PlusHours(12).InUtc().ToInstant()));
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
