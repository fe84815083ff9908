using System;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Policies;

/// <summary>How an expiration date is derived from the date a cycle starts and the cycle's length.</summary>
public enum ExpirationConvention
{
    /// <summary>The last day of the calendar month reached by adding the cycle length to the start (AAMA: February 2010 plus 60 months is current through 28 February 2015).</summary>
    EndOfMonth = 0,

    /// <summary>
    /// The day before the anniversary reached by adding the cycle length to the start. When the
    /// anniversary's month is too short for the start's day (certified on 29 February, or on the 31st
    /// with a cycle in months), the anniversary is the first of the next month, so the credential is
    /// current through the last day of the shorter month: certified 2020-02-29 for 3 years, current
    /// through 2023-02-28.
    /// </summary>
    DayBeforeAnniversary = 1,
}

/// <summary>The last day a certification is current: the start of the cycle plus its length, under a stated convention.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ExpirationRule : PolicyRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="cycleLength">The length of one cycle, for example 60 months.</param>
    /// <param name="convention">How the expiration date is derived.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cycleLength"/> is not positive in years, months or days only, or
    /// <paramref name="convention"/> is not defined.</exception>
    public ExpirationRule(string ruleId, RuleSource source, Period cycleLength, ExpirationConvention convention)
        : base(ruleId, source)
    {
        Preconditions.CheckNotNull(cycleLength);
        Preconditions.CheckArgument(PeriodRules.IsPositiveDatePeriod(cycleLength),
            $"A cycle length must be a positive period of years, months or days; was {cycleLength}.", nameof(cycleLength));
        Preconditions.CheckArgument(Enum.IsDefined(convention), $"Unknown convention {convention}.", nameof(convention));
        CycleLength = cycleLength;
        Convention = convention;
    }

    /// <summary>The length of one cycle.</summary>
    public Period CycleLength { get; }

    /// <summary>How the expiration date is derived.</summary>
    public ExpirationConvention Convention { get; }

    /// <summary>The last day a certification that started its cycle on <paramref name="cycleStart"/> is current.</summary>
    /// <param name="cycleStart">The date of certification or most recent recertification.</param>
    /// <returns>The expiration date; the last date NodaTime supports when the cycle would end beyond it.</returns>
    public LocalDate ExpirationFor(LocalDate cycleStart)
    {
        var reached = PeriodRules.PlusOrMax(cycleStart, CycleLength);
        if (Convention == ExpirationConvention.EndOfMonth)
        {
            return reached.With(DateAdjusters.EndOfMonth);
        }
        // Adding years or months clamps a day the month lacks to its last day: the anniversary is then the next day.
        bool clamped = CycleLength.Days == 0 && CycleLength.Weeks == 0 && reached.Day < cycleStart.Day;
        // At the end of the calendar the anniversary cannot be reached: the cycle then runs to the last date there is.
        return clamped || reached == LocalDate.MaxIsoValue ? reached : reached.PlusDays(-1);
    }
}
