using System;
using System.CommandLine;
using System.IO;
using CeuRules.Policies;
using NodaTime;
using NodaTime.Text;

namespace CeuRules.Cli;

/// <summary>
/// The <c>ceurules</c> command line. Exit codes: 0 the document was evaluated (whatever the
/// status), 2 the input could not be read or the command line is wrong, 70 an internal error.
/// </summary>
internal static class CliApp
{
    internal const int Evaluated = 0;
    internal const int Unreadable = 2;
    internal const int InternalError = 70;

    /// <summary>Runs the command line with the given writers; the clock is used only when neither the document nor <c>--as-of</c> gives a date.</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive = false, IClock? clock = null)
    {
        var root = BuildCommand(stdout, stderr, interactive, clock ?? SystemClock.Instance);
        try
        {
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    stderr.WriteLine($"error: {error.Message}");
                }
                stderr.WriteLine("Run 'ceurules --help' for usage.");
                return Unreadable;
            }
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // The top level reports any unexpected failure in one line instead of a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            return InternalError;
        }
    }

    private static RootCommand BuildCommand(TextWriter stdout, TextWriter stderr, bool interactive, IClock clock)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The transcript document (JSON, see docs/formats.md)." };
        var asOf = new Option<string?>("--as-of") { Description = "Evaluate as of this date (YYYY-MM-DD); overrides the document's asOf. Default: the document's asOf, else today." };
        var format = new Option<string>("--format") { Description = "Output format: text (for people) or json (the documented contract).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var evaluate = new Command("evaluate", "Evaluate every certification of a transcript document and explain the result.") { file, asOf, format };
        evaluate.SetAction(parse =>
        {
            LocalDate? asOfDate = null;
            if (parse.GetValue(asOf) is { } text)
            {
                var parsed = LocalDatePattern.Iso.Parse(text);
                if (!parsed.Success || text.Length != 10)
                {
                    stderr.WriteLine($"error: --as-of '{text}' is not a date (expected YYYY-MM-DD).");
                    return Unreadable;
                }
                asOfDate = parsed.Value;
            }
            return EvaluateCommand.Run(parse.GetRequiredValue(file), asOfDate, parse.GetValue(format) == "json", PolicyCatalog.BuiltIn, clock, stdout, stderr, interactive);
        });

        return new RootCommand("ceurules: medical-assistant recertification rules. Is a certification current, what is still missing, and by when?")
        {
            evaluate,
        };
    }
}
