using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Threading;
using NodaTime;

namespace CeuRules.Cli;

/// <summary>
/// The <c>ceurules</c> command line. Exit codes: 0 the document was evaluated whole (whatever the
/// status), 1 evaluated but a part was left out (a malformed batch line, an activity with an error),
/// 2 the input could not be read or the command line is wrong, 70 an internal error, 130 interrupted
/// (SIGINT or SIGTERM; no report file was replaced).
/// </summary>
internal static class CliApp
{
    internal const int Evaluated = 0;
    internal const int SomeLinesMalformed = 1;
    internal const int Unreadable = 2;
    internal const int InternalError = 70;
    internal const int Interrupted = 130;

    /// <summary>Runs the command line with the given writers; the clock is used only when neither the document nor <c>--as-of</c> gives a date.</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive = false, IClock? clock = null, bool progress = false,
        Stream? standardInput = null, CancellationToken cancellationToken = default)
    {
        // Messages quote file names and documents' text: nothing in them reaches the terminal raw.
        stderr = stderr is PlainTextWriter ? stderr : new PlainTextWriter(stderr);
        var root = BuildCommand(new CliContext(stdout, stderr, interactive, progress, clock ?? SystemClock.Instance, new InputFiles(standardInput), cancellationToken));
        try
        {
            // System.CommandLine words its own parse errors in the UI culture: the one --culture names, when it names one.
            var culture = CultureNamed(args);
            var previous = CultureInfo.CurrentUICulture;
            ParseResult parse;
            try
            {
                CultureInfo.CurrentUICulture = culture ?? previous;
                parse = root.Parse(args);
                if (parse.Errors.Count > 0)
                {
                    // System.CommandLine's own message is quoted as it writes it, inside a line of the words layer.
                    var errors = new ErrorLines(stderr, culture);
                    foreach (var error in parse.Errors)
                    {
                        errors.Error(FindingCodes.InvalidCommandLine, "$", ("error", error.Message));
                    }
                    return Unreadable;
                }
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // The top level reports any unexpected failure in one line instead of a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            // The kind of error only: an exception's message is not a sentence for a person.
            new ErrorLines(stderr).Error(FindingCodes.UnexpectedError, "$", ("error", e.GetType().Name));
            return InternalError;
        }
    }

    /// <summary>
    /// The culture a <c>--culture</c> argument names (<c>--culture es</c>, <c>--culture=es</c>, <c>--culture:es</c>), when it names
    /// one the words are written in; else null (the command refuses an unknown one itself, once it is parsed).
    /// </summary>
    internal static CultureInfo? CultureNamed(string[] args)
    {
        for (int i = 0; i < args.Length; i++)
        {
            string? name = args[i] == "--culture" && i + 1 < args.Length ? args[i + 1]
                : args[i].StartsWith("--culture=", StringComparison.Ordinal) || args[i].StartsWith("--culture:", StringComparison.Ordinal) ? args[i]["--culture=".Length..]
                : null;
            if (name is not null)
            {
                return Explanations.Explainer.TryForName(name, out var words) ? words.Culture : null;
            }
        }
        return null;
    }

    private static RootCommand BuildCommand(CliContext context) =>
        new("ceurules: medical-assistant recertification rules. Is a certification current, what is still missing, and by when?\n"
            + "Dates are YYYY-MM-DD; FILE - reads standard input. 'ceurules COMMAND --help' shows a command's options and an example.\n"
            + $"Exit codes: see {DocLinks.To("cli.md#exit-codes")}.")
        {
            EvaluateCommand.Create(context),
            BatchCommand.Create(context),
            PoliciesCommand.Create(context),
            ValidateCatalogCommand.Create(context),
            RecommendCommand.Create(context),
            ConformanceCommand.Create(context),
        };
}
