using System;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Policies;

/// <summary>Where a credit window starts, relative to the certification date or to the window's end.</summary>
public enum WindowStart
{
    /// <summary>On the certification (or most recent recertification) date: nothing from before the cycle counts. The default.</summary>
    CertificationDate = 0,

    /// <summary>On 1 January of the calendar year before the year the window ends in (NCCT's age limit on outside CE).</summary>
    CalendarYearBeforeEnd = 1,

    /// <summary>A stated period before the window's end (AMT's "all within the 3 years before the application").</summary>
    LookbackFromEnd = 2,
}

/// <summary>
/// The span in which activities count toward the next recertification: through expiration, from
/// the certification (or recertification) date unless the rule says otherwise, both ends inclusive.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CreditWindowRule : PolicyRule
{
    /// <summary>Creates the rule for a window from the certification date through expiration.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is not well formed.</exception>
    public CreditWindowRule(string ruleId, RuleSource source)
        : this(ruleId, source, WindowStart.CertificationDate, null)
    {
    }

    /// <summary>Creates the rule for a window through expiration with the start given.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="start">Where the window starts.</param>
    /// <param name="lookback">For <see cref="WindowStart.LookbackFromEnd"/>, the period before the end; otherwise null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is not well formed, <paramref name="start"/> is not
    /// a defined value, or <paramref name="lookback"/> is missing, not a positive date period, or given for another start.</exception>
    public CreditWindowRule(string ruleId, RuleSource source, WindowStart start, Period? lookback)
        : base(ruleId, source)
    {
        Shape = new WindowShape(start, lookback);
    }

    internal WindowShape Shape { get; }

    /// <summary>Where the window starts.</summary>
    public WindowStart Start => Shape.Start;

    /// <summary>For <see cref="WindowStart.LookbackFromEnd"/>, the period before the end; otherwise null.</summary>
    public Period? Lookback => Shape.Lookback;

    /// <summary>The window of a cycle that started on <paramref name="cycleStart"/> and expires on <paramref name="expiration"/>.</summary>
    /// <param name="cycleStart">The date of certification or most recent recertification.</param>
    /// <param name="expiration">The expiration date; not before <paramref name="cycleStart"/>.</param>
    /// <returns>The inclusive window; it never starts after <paramref name="expiration"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="expiration"/> is before <paramref name="cycleStart"/>.</exception>
    public DateInterval WindowFor(LocalDate cycleStart, LocalDate expiration)
    {
        Preconditions.CheckArgument(cycleStart <= expiration, "The expiration must not be before the cycle start.", nameof(expiration));
        return Shape.WindowEndingOn(cycleStart, expiration);
    }
}

/// <summary>
/// The window that applies once the credential has expired while recertification by CE is still
/// allowed: it ends on the as-of date, standing for the date of the application (AMT's reactivation
/// by CCP: "30 points all completed within the 3 years before the application").
/// </summary>
/// <remarks>A policy without this rule keeps its cycle window, which ends at expiration. This type is immutable and thread-safe.</remarks>
public sealed class ReactivationWindowRule : PolicyRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="start">Where the window starts.</param>
    /// <param name="lookback">For <see cref="WindowStart.LookbackFromEnd"/>, the period before the application; otherwise null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is not well formed, <paramref name="start"/> is not
    /// a defined value, or <paramref name="lookback"/> is missing, not a positive date period, or given for another start.</exception>
    public ReactivationWindowRule(string ruleId, RuleSource source, WindowStart start, Period? lookback)
        : base(ruleId, source)
    {
        Shape = new WindowShape(start, lookback);
    }

    internal WindowShape Shape { get; }

    /// <summary>Where the window starts.</summary>
    public WindowStart Start => Shape.Start;

    /// <summary>For <see cref="WindowStart.LookbackFromEnd"/>, the period before the application; otherwise null.</summary>
    public Period? Lookback => Shape.Lookback;

    /// <summary>The window of an application made on <paramref name="applicationDate"/> for a cycle that started on <paramref name="cycleStart"/>.</summary>
    /// <param name="cycleStart">The date of certification or most recent recertification.</param>
    /// <param name="applicationDate">The date of the application (the as-of date); not before <paramref name="cycleStart"/>.</param>
    /// <returns>The inclusive window ending on <paramref name="applicationDate"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="applicationDate"/> is before <paramref name="cycleStart"/>.</exception>
    public DateInterval WindowFor(LocalDate cycleStart, LocalDate applicationDate)
    {
        Preconditions.CheckArgument(cycleStart <= applicationDate, "The application date must not be before the cycle start.", nameof(applicationDate));
        return Shape.WindowEndingOn(cycleStart, applicationDate);
    }
}

/// <summary>Where a window starts; shared by the cycle window and the reactivation window.</summary>
internal readonly struct WindowShape
{
    internal WindowShape(WindowStart start, Period? lookback)
    {
        Preconditions.CheckArgument(Enum.IsDefined(start), $"Unknown window start {start}.", nameof(start));
        if (start == WindowStart.LookbackFromEnd)
        {
            Preconditions.CheckArgument(lookback is not null && PeriodRules.IsPositiveDatePeriod(lookback),
                $"A look-back must be a positive period of years, months or days; was {lookback?.ToString() ?? "null"}.", nameof(lookback));
        }
        else
        {
            Preconditions.CheckArgument(lookback is null, $"A look-back is only meaningful for {WindowStart.LookbackFromEnd}.", nameof(lookback));
        }
        Start = start;
        Lookback = lookback;
    }

    internal WindowStart Start { get; }

    internal Period? Lookback { get; }

    internal DateInterval WindowEndingOn(LocalDate cycleStart, LocalDate end) => new(StartFor(cycleStart, end), end);

    /// <summary>The first day of the window that ends on <paramref name="end"/> (never after it).</summary>
    internal LocalDate StartFor(LocalDate cycleStart, LocalDate end)
    {
        var start = Start switch
        {
            WindowStart.CalendarYearBeforeEnd => end.Year > LocalDate.MinIsoValue.Year ? new LocalDate(end.Year - 1, 1, 1) : LocalDate.MinIsoValue,
            WindowStart.LookbackFromEnd => PeriodRules.MinusOrMin(end, Lookback!),
            _ => cycleStart,
        };
        return start <= end ? start : end;
    }
}
