using System.IO;
using System.Threading;
using NodaTime;
using NodaTime.Extensions;

namespace CeuRules.Cli;

/// <summary>
/// What every command runs with: the writers, whether a person is watching, the clock, the inputs
/// and the cancellation of an interrupt. Today's date is read here and nowhere else.
/// </summary>
/// <param name="Stdout">Where results go.</param>
/// <param name="Stderr">Where errors and warnings go (already escaping control characters).</param>
/// <param name="Interactive">Whether a terminal is watching (tables get borders and colour).</param>
/// <param name="Progress">Whether a long batch may draw a progress bar on <paramref name="Stderr"/>.</param>
/// <param name="Clock">The clock today's date is read from when neither the document nor <c>--as-of</c> gives a date.</param>
/// <param name="Inputs">The files and standard input the commands read.</param>
/// <param name="CancellationToken">Cancelled by SIGINT or SIGTERM.</param>
internal sealed record CliContext(TextWriter Stdout, TextWriter Stderr, bool Interactive, bool Progress, IClock Clock, InputFiles Inputs, CancellationToken CancellationToken)
{
    /// <summary>Today in the system's time zone: the as-of date when no other is given.</summary>
    internal LocalDate Today() => Clock.InTzdbSystemDefaultZone().GetCurrentDate();

    /// <summary>The error lines of a command, in the language of <paramref name="culture"/> (English when null).</summary>
    internal ErrorLines Errors(System.Globalization.CultureInfo? culture = null) => new(Stderr, culture);
}
