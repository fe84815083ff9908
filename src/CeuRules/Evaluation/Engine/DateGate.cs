using System;
using NodaTime;

namespace CeuRules.Evaluation.Engine;

/// <summary>
/// The dates an activity must pass to count, as day numbers: completed on or before the as-of date and
/// inside the window. The one encoding of that rule: the explained evaluation's gate
/// (<see cref="Admission.Gate"/>) and every sum (<see cref="Sums.Tally"/>) read it.
/// </summary>
internal readonly struct DateGate
{
    private readonly int asOfDay;
    private readonly int first;
    private readonly int last;

    /// <summary>The gate of a cycle's window as of a date.</summary>
    internal DateGate(in CycleDates dates, LocalDate asOf)
    {
        asOfDay = DayNumber.Of(asOf);
        first = DayNumber.Of(dates.WindowStart);
        last = Math.Min(asOfDay, DayNumber.Of(dates.WindowEnd));
    }

    /// <summary>Whether an activity completed on <paramref name="day"/> passes the dates.</summary>
    internal bool Passes(int day) => day >= first && day <= last;

    /// <summary>Why an activity completed on <paramref name="day"/> does or does not pass the dates: after the as-of date comes first.</summary>
    internal Admission.GateResult Check(int day) =>
        Passes(day) ? Admission.GateResult.Passed : day > asOfDay ? Admission.GateResult.AfterAsOf : Admission.GateResult.OutsideWindow;
}
