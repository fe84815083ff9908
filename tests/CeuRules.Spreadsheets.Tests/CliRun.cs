using System.IO;
using NodaTime;
using NodaTime.Testing;

namespace CeuRules.Spreadsheets.Tests;

/// <summary>The command line, which targets net10.0 alone: its tests are left out of the net8.0 build.</summary>
internal static class CliRun
{
    /// <summary>Runs the command line in process with the clock at noon UTC on <paramref name="today"/>.</summary>
    internal static (int Exit, string Out, string Err) Run(LocalDate today, params string[] args) => Run(today, System.Threading.CancellationToken.None, args);

    /// <summary>Runs the command line in process as <see cref="Run(LocalDate, string[])"/> does, with <paramref name="token"/> as Ctrl+C.</summary>
    internal static (int Exit, string Out, string Err) Run(LocalDate today, System.Threading.CancellationToken token, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = Cli.CliApp.Run(args, stdout, stderr, interactive: false, new FakeClock(today.AtMidnight().PlusHours(12).InUtc().ToInstant()), cancellationToken: token);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
