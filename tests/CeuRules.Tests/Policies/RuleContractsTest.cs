using System;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.PolicyRules;

/// <summary>The argument checks and boundaries of the rule parts: what each accepts at its limit, what it refuses, and how.</summary>
public sealed class RuleContractsTest
{
    private static readonly RuleSource Handbook = new("Acme Health HR policy 12, 2024");

    private static readonly LocalDate FirstYearEnd = new(LocalDate.MinIsoValue.Year, 12, 31);

    [Fact]
    public void A_cycle_window_refuses_an_expiration_before_the_cycle_start()
    {
        var window = new CreditWindowRule("acme-rn/window", Handbook);
        var e = Assert.Throws<ArgumentException>(() => window.WindowFor(D(2024, 5, 2), D(2024, 5, 1)));
        Assert.Equal("expiration", e.ParamName);
        Assert.StartsWith("The expiration must not be before the cycle start.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_window_that_expires_on_the_day_it_starts_is_that_day()
    {
        var window = new CreditWindowRule("acme-rn/window", Handbook);
        Assert.Equal(new DateInterval(D(2024, 5, 1), D(2024, 5, 1)), window.WindowFor(D(2024, 5, 1), D(2024, 5, 1)));
    }

    [Fact]
    public void A_reactivation_window_refuses_an_application_before_the_cycle_start()
    {
        var window = new ReactivationWindowRule("acme-rn/reactivation-window", Handbook, WindowStart.LookbackFromEnd, Period.FromYears(3));
        var e = Assert.Throws<ArgumentException>(() => window.WindowFor(D(2024, 5, 2), D(2024, 5, 1)));
        Assert.Equal("applicationDate", e.ParamName);
        Assert.StartsWith("The application date must not be before the cycle start.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reactivation_window_accepts_an_application_on_the_cycle_start()
    {
        var window = new ReactivationWindowRule("acme-rn/reactivation-window", Handbook, WindowStart.LookbackFromEnd, Period.FromYears(3));
        Assert.Equal(new DateInterval(D(2021, 5, 1), D(2024, 5, 1)), window.WindowFor(D(2024, 5, 1), D(2024, 5, 1)));
    }

    [Fact]
    public void A_reactivation_window_from_the_certification_date_ends_on_the_application()
    {
        var window = new ReactivationWindowRule("acme-rn/reactivation-window", Handbook, WindowStart.CertificationDate, null);
        Assert.Equal(new DateInterval(D(2020, 2, 29), D(2024, 5, 1)), window.WindowFor(D(2020, 2, 29), D(2024, 5, 1)));
    }

    [Fact]
    public void A_look_back_window_needs_its_period()
    {
        var e = Assert.Throws<ArgumentException>(() => new CreditWindowRule("acme-rn/window", Handbook, WindowStart.LookbackFromEnd, null));
        Assert.Equal("lookback", e.ParamName);
        Assert.StartsWith("A look-back must be a positive period of years, months or days; was null.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_look_back_window_names_the_period_it_refuses()
    {
        var e = Assert.Throws<ArgumentException>(() => new ReactivationWindowRule("acme-rn/reactivation-window", Handbook, WindowStart.LookbackFromEnd, Period.FromHours(3)));
        Assert.Equal("lookback", e.ParamName);
        Assert.StartsWith("A look-back must be a positive period of years, months or days; was PT3H.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calendar_year_window_starts_on_1_January_of_the_year_before_its_end()
    {
        var window = new CreditWindowRule("acme-rn/window", Handbook, WindowStart.CalendarYearBeforeEnd, null);
        Assert.Equal(new DateInterval(D(2023, 1, 1), D(2024, 3, 14)), window.WindowFor(D(2023, 3, 15), D(2024, 3, 14)));
    }

    [Fact]
    public void A_calendar_year_window_ending_in_the_first_supported_year_starts_on_its_first_day()
    {
        var window = new CreditWindowRule("acme-rn/window", Handbook, WindowStart.CalendarYearBeforeEnd, null);
        Assert.Equal(new DateInterval(LocalDate.MinIsoValue, FirstYearEnd), window.WindowFor(LocalDate.MinIsoValue.PlusDays(10), FirstYearEnd));
    }

    [Fact]
    public void A_calendar_year_window_ending_in_the_second_supported_year_starts_on_the_first_day()
    {
        var window = new CreditWindowRule("acme-rn/window", Handbook, WindowStart.CalendarYearBeforeEnd, null);
        var end = FirstYearEnd.PlusDays(1);
        Assert.Equal(new DateInterval(LocalDate.MinIsoValue, end), window.WindowFor(LocalDate.MinIsoValue, end));
    }

    [Fact]
    public void A_window_never_starts_after_its_end()
    {
        var window = new CreditWindowRule("acme-rn/window", Handbook);
        Assert.Equal(D(2024, 4, 1), window.Shape.StartFor(D(2024, 5, 1), D(2024, 4, 1)));
    }

    [Fact]
    public void A_cycle_in_days_expires_the_day_before_the_date_reached_even_across_a_month_end()
    {
        var expiration = new ExpirationRule("acme-rn/expiration", Handbook, Period.FromDays(10), ExpirationConvention.DayBeforeAnniversary);
        Assert.Equal(D(2021, 2, 3), expiration.ExpirationFor(D(2021, 1, 25)));
    }

    [Fact]
    public void A_cycle_in_weeks_expires_the_day_before_the_date_reached_even_across_a_month_end()
    {
        var expiration = new ExpirationRule("acme-rn/expiration", Handbook, Period.FromWeeks(2), ExpirationConvention.DayBeforeAnniversary);
        Assert.Equal(D(2021, 2, 7), expiration.ExpirationFor(D(2021, 1, 25)));
    }

    [Fact]
    public void A_cycle_in_months_from_a_day_the_anniversary_month_lacks_runs_through_that_month_end()
    {
        var expiration = new ExpirationRule("acme-rn/expiration", Handbook, Period.FromMonths(1), ExpirationConvention.DayBeforeAnniversary);
        Assert.Equal(D(2021, 2, 28), expiration.ExpirationFor(D(2021, 1, 31)));
    }

    [Fact]
    public void The_largest_conversion_factor_is_accepted()
    {
        var conversion = new UnitConversion("acme-rn/iacet-ceu", Handbook, CreditUnit.IacetCeu, UnitConversion.MaxFactor, countsAsNonApproved: false, impliedMinutesPerUnit: null);
        Assert.Equal(CreditAmount.FromUnits(10_000), conversion.Convert(CreditAmount.FromUnits(1)));
    }

    [Fact]
    public void A_conversion_factor_beyond_the_largest_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            new UnitConversion("acme-rn/iacet-ceu", Handbook, CreditUnit.IacetCeu, UnitConversion.MaxFactor + 0.01m, countsAsNonApproved: false, impliedMinutesPerUnit: null));
        Assert.Equal("factor", e.ParamName);
    }

    [Fact]
    public void A_conversion_reaching_exactly_the_largest_amount_succeeds()
    {
        var conversion = new UnitConversion("acme-rn/contact-hour", Handbook, CreditUnit.ContactHour, 1m, countsAsNonApproved: false, impliedMinutesPerUnit: null);
        Assert.Equal(CreditAmount.MaxValue, conversion.Convert(CreditAmount.MaxValue));
    }

    [Fact]
    public void A_conversion_beyond_the_largest_amount_overflows_naming_the_amount()
    {
        var conversion = new UnitConversion("acme-rn/iacet-ceu", Handbook, CreditUnit.IacetCeu, UnitConversion.MaxFactor, countsAsNonApproved: false, impliedMinutesPerUnit: null);
        var e = Assert.Throws<OverflowException>(() => conversion.Convert(CreditAmount.FromUnits(200_000_000)));
        Assert.Equal("200000000 iacet-ceu converts to more than 1000000000000.", e.Message);
    }

    [Fact]
    public void A_duration_of_no_minutes_earns_nothing()
    {
        var duration = new DurationConversion("acme-rn/duration", Handbook, 60);
        Assert.Equal(CreditAmount.Zero, duration.Convert(0));
    }

    [Fact]
    public void A_negative_duration_is_refused()
    {
        var duration = new DurationConversion("acme-rn/duration", Handbook, 60);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => duration.Convert(-60));
        Assert.Equal("minutes", e.ParamName);
        Assert.Equal(-60, e.ActualValue);
    }

    [Fact]
    public void Cpr_cards_can_be_another_kind_of_activity()
    {
        var cards = new CprCardRule("acme-rn/cpr-cards", Handbook, CreditAmount.FromUnits(2), Category.Clinical, 24, 1, countsAsApproved: true) { Kind = LearningActivityKind.BlsCard };
        Assert.Equal(LearningActivityKind.BlsCard, cards.Kind);
    }

    [Fact]
    public void Cpr_cards_refuse_the_default_kind()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            new CprCardRule("acme-rn/cpr-cards", Handbook, CreditAmount.FromUnits(2), Category.Clinical, 24, 1, countsAsApproved: true) { Kind = default });
        Assert.Equal("Kind", e.ParamName);
        Assert.StartsWith("The kind must not be the default value.", e.Message, StringComparison.Ordinal);
    }
}
