using System;
using System.Collections.Generic;
using System.Globalization;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Explanations;

/// <summary>Dates, numbers, amounts and lengths of time, written the way a reader of the language expects.</summary>
public sealed partial class Explainer
{
    /// <summary>A date as people write it: "28 February 2026", "28 de febrero de 2026".</summary>
    /// <param name="date">The date.</param>
    /// <returns>The date in words.</returns>
    public string Date(LocalDate date) => datePattern is null ? Words.Iso(date) : datePattern.Format(date);

    /// <summary>A number of days from the evaluation date: "today", "in 12 days", "1 day ago".</summary>
    /// <param name="daysFromAsOf">The days, negative for the past.</param>
    /// <returns>The days in words.</returns>
    public string Days(int daysFromAsOf) => daysFromAsOf switch
    {
        0 => Get("Days.Today"),
        > 0 => Plural("Days.Ahead", daysFromAsOf == 1, daysFromAsOf),
        _ => Plural("Days.Ago", daysFromAsOf == -1, -(long)daysFromAsOf),
    };

    /// <summary>A length of time: "60 months", "1 year and 6 months".</summary>
    /// <param name="period">The period.</param>
    /// <returns>The period in words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public string Period(Period period)
    {
        Preconditions.CheckNotNull(period);
        var parts = new List<string>(4);
        AddPart(parts, "Period.Year", period.Years);
        AddPart(parts, "Period.Month", period.Months);
        AddPart(parts, "Period.Week", period.Weeks);
        AddPart(parts, "Period.Day", period.Days);
        return parts.Count == 0 ? Get("Period.None") : List(parts, "List.And");
    }

    /// <summary>An amount as a number, to the hundredth, with the culture's decimal separator: "2.5" (or "2,5").</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The number.</returns>
    public string Number(CreditAmount amount) => amount.Value.ToString("0.##", Culture);

    /// <summary>An amount in the policy's unit, with the unit's name: "2 AAMA points", "1 punto de la AAMA".</summary>
    /// <param name="amount">The amount, in the policy's unit.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The amount in words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public string Amount(CreditAmount amount, CredentialPolicy policy)
    {
        Preconditions.CheckNotNull(policy);
        return AmountIn(amount, policy.Units.Unit, policy);
    }

    /// <summary>An amount with its own unit: "3 contact hours", "2 puntos de la AAMA".</summary>
    /// <param name="credit">The amount and its unit.</param>
    /// <param name="policy">The policy, whose names its own unit uses.</param>
    /// <returns>The amount in words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public string Amount(Credit credit, CredentialPolicy policy)
    {
        Preconditions.CheckNotNull(policy);
        return AmountIn(credit.Amount, credit.Unit, policy);
    }

    /// <summary>An amount still needed, rounded up to the hundredth so that it is never less than the exact need: "0.84 NHA credits".</summary>
    /// <param name="amount">The exact amount needed, in the policy's unit.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The amount in words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public string Need(CreditAmount amount, CredentialPolicy policy) => Amount(amount.RoundedUp, policy);

    /// <summary>An amount of money in dollars, written as in the United States in every language: "$65.00".</summary>
    /// <param name="money">The amount.</param>
    /// <returns>The amount in words.</returns>
    public string Money(Money money) => money.Dollars.ToString("C2", Culture);

    /// <summary>A length of time given in minutes, in the units a person uses: "45 minutes", "4 hours", "1 hora y 30 minutos".</summary>
    /// <param name="minutes">The minutes.</param>
    /// <returns>The length of time in words.</returns>
    public string Minutes(decimal minutes)
    {
        if (minutes < 60)
        {
            return Plural("Minutes", minutes == 1, minutes.ToString("0.##", Culture));
        }
        decimal hours = decimal.Truncate(minutes / 60);
        decimal rest = minutes - (hours * 60);
        string inHours = Plural("Hours", hours == 1, hours.ToString("0", Culture));
        return rest == 0 ? inHours : List([inHours, Plural("Minutes", rest == 1, rest.ToString("0.##", Culture))], "List.And");
    }

    /// <summary>A rate's length of time: "for every hour", "for every 2 hours", "for every 50 minutes", "por cada hora".</summary>
    private string PerTime(decimal minutes) => minutes == 60 ? Get("Per.Hour") : Format("Per.Every", Minutes(minutes));

    /// <summary>How often something counts: "once a year", "once every 5 years", "una vez al año".</summary>
    private string OncePer(Period period)
    {
        string? single = (period.Years, period.Months, period.Weeks, period.Days, period.HasTimeComponent) switch
        {
            (1, 0, 0, 0, false) => "Frequency.Year",
            (0, 1, 0, 0, false) => "Frequency.Month",
            (0, 0, 1, 0, false) => "Frequency.Week",
            (0, 0, 0, 1, false) => "Frequency.Day",
            _ => null,
        };
        return single is null ? Format("Frequency.Every", Period(period)) : Get(single);
    }

    /// <summary>Whether an amount, as written (a need rounded up), is exactly one, so that the words around it agree with the singular.</summary>
    private static bool IsOne(CreditAmount amount) => amount == CreditAmount.FromUnits(1);

    /// <summary>
    /// How far a date is from the as-of date, in the units a person uses: "today", "tomorrow" is "in 1 day",
    /// "in 45 days", then months and years ("in 3 months", "in 6 years and 5 months", "2 years ago"); the
    /// date itself is always written beside it.
    /// </summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="date">The date.</param>
    /// <returns>The distance in words.</returns>
    public string Distance(LocalDate asOf, LocalDate date)
    {
        int days = NodaTime.Period.DaysBetween(asOf, date);
        if (Math.Abs(days) <= 60)
        {
            return Days(days);
        }
        return Format(days > 0 ? "Distance.Ahead" : "Distance.Ago", YearsAndMonths(asOf, date, out _));
    }

    /// <summary>The whole years and months between two dates in either order ("6 years and 5 months"), and whether that is a single one of them.</summary>
    private string YearsAndMonths(LocalDate from, LocalDate to, out bool single)
    {
        var between = from <= to ? NodaTime.Period.Between(from, to, PeriodUnits.YearMonthDay) : NodaTime.Period.Between(to, from, PeriodUnits.YearMonthDay);
        var parts = new List<string>(2);
        AddPart(parts, "Period.Year", between.Years);
        AddPart(parts, "Period.Month", between.Months);
        single = parts.Count == 1 && (between.Years == 1 || between.Months == 1);
        return List(parts, "List.And");
    }

    private string AmountIn(CreditAmount amount, CreditUnit unit, CredentialPolicy policy) =>
        Number(amount) + " " + UnitName(unit, policy, plural: amount != CreditAmount.FromUnits(1));

    /// <summary>
    /// A unit's name: the policy's own name for its unit in the reader's language where it gives one
    /// (<see cref="UnitRule.PluralNameTranslations"/>); else from the resources by unit id where the resources
    /// know the unit, unless the policy gives its own unit a name of its own (then that name, as given); an
    /// unknown unit by its id.
    /// </summary>
    private string UnitName(CreditUnit unit, CredentialPolicy policy, bool plural) =>
        OwnUnitName(unit, policy, plural) ?? Find("Unit." + unit.Id + (plural ? ".Other" : ".One")) ?? unit.Id ?? string.Empty;

    /// <summary>The name a policy gives its own unit (in the reader's language, else its own name where it is not a built-in one), or null where the resources name the unit.</summary>
    private string? OwnUnitName(CreditUnit unit, CredentialPolicy policy, bool plural)
    {
        if (unit != policy.Units.Unit)
        {
            return null;
        }
        var rule = policy.Units;
        if (rule.NameIn(Culture.TwoLetterISOLanguageName, plural) is { } translated)
        {
            return translated;
        }
        string? builtIn = Resources.GetString("Unit." + unit.Id + (plural ? ".Other" : ".One"), CultureInfo.InvariantCulture);
        bool named = rule.PluralName != unit.Id;
        bool ownName = named && (builtIn is null || rule.PluralName != Resources.GetString("Unit." + unit.Id + ".Other", CultureInfo.InvariantCulture));
        return ownName || builtIn is null ? (plural ? rule.PluralName : rule.SingularName) : null;
    }

    private string Months(int months) => Plural("Period.Month", months == 1, months);

    /// <summary>An amount of credit with its unit's name and no policy at hand: "8 AAMA points"; a need is rounded up to the hundredth.</summary>
    private string CreditWords(object? credit, bool roundUp = true)
    {
        if (credit is not Credit c)
        {
            return string.Empty;
        }
        var amount = roundUp ? c.Amount.RoundedUp : c.Amount;
        string key = "Unit." + c.Unit.Id + (amount == CreditAmount.FromUnits(1) ? ".One" : ".Other");
        return Number(amount) + " " + (Find(key) ?? c.Unit.Id ?? string.Empty);
    }
}
