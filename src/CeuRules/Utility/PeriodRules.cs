using NodaTime;

namespace CeuRules.Utility;

/// <summary>Checks and date arithmetic for the date periods that policies carry.</summary>
internal static class PeriodRules
{
    /// <summary>Whether the period has only years, months, weeks and days, none negative, and is not zero.</summary>
    internal static bool IsPositiveDatePeriod(Period period) =>
        !period.HasTimeComponent && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0
        && !period.Equals(Period.Zero) && period.Normalize() != Period.Zero;

    /// <summary>The date <paramref name="period"/> before <paramref name="date"/>, or the earliest date when that is out of range.</summary>
    internal static LocalDate MinusOrMin(LocalDate date, Period period)
    {
        try
        {
            return date.Minus(period);
        }
        catch (System.ArgumentOutOfRangeException)
        {
            return LocalDate.MinIsoValue;
        }
        catch (System.OverflowException)
        {
            return LocalDate.MinIsoValue;
        }
    }

    /// <summary>The date <paramref name="period"/> after <paramref name="date"/>, or the latest date when that is out of range.</summary>
    internal static LocalDate PlusOrMax(LocalDate date, Period period)
    {
        try
        {
            return date.Plus(period);
        }
        catch (System.ArgumentOutOfRangeException)
        {
            return LocalDate.MaxIsoValue;
        }
        catch (System.OverflowException)
        {
            return LocalDate.MaxIsoValue;
        }
    }
}
