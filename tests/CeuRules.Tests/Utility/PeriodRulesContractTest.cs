using CeuRules.Utility;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Utility;

/// <summary>
/// <see cref="PeriodRules"/>: periods described in words for the explanations and the catalog findings, and
/// date arithmetic that stops at the ends of the calendar instead of throwing.
/// </summary>
public sealed class PeriodRulesContractTest
{
    [Theory]
    [InlineData(1, 0, 0, 0, "1 year")]
    [InlineData(5, 0, 0, 0, "5 years")]
    [InlineData(0, 1, 0, 0, "1 month")]
    [InlineData(0, 60, 0, 0, "60 months")]
    [InlineData(0, 0, 1, 0, "1 week")]
    [InlineData(0, 0, 2, 0, "2 weeks")]
    [InlineData(0, 0, 0, 1, "1 day")]
    [InlineData(0, 0, 0, 90, "90 days")]
    [InlineData(1, 2, 3, 4, "1 year and 2 months and 3 weeks and 4 days")]
    [InlineData(2, 0, 0, 1, "2 years and 1 day")]
    [InlineData(0, 0, 1, 1, "1 week and 1 day")]
    public void A_period_is_described_unit_by_unit_in_words(int years, int months, int weeks, int days, string expected)
    {
        var period = new PeriodBuilder { Years = years, Months = months, Weeks = weeks, Days = days }.Build();
        Assert.Equal(expected, PeriodRules.Describe(period));
    }

    [Fact]
    public void The_zero_period_is_described_as_no_time()
    {
        Assert.Equal("no time", PeriodRules.Describe(Period.Zero));
    }

    [Fact]
    public void Subtracting_past_the_first_day_gives_the_first_day()
    {
        Assert.Equal(LocalDate.MinIsoValue, PeriodRules.MinusOrMin(LocalDate.MinIsoValue, Period.FromDays(1)));
        Assert.Equal(LocalDate.MinIsoValue, PeriodRules.MinusOrMin(D(2000, 1, 1), Period.FromYears(12_000)));
        Assert.Equal(LocalDate.MinIsoValue, PeriodRules.MinusOrMin(D(2000, 1, 1), Period.FromMonths(int.MaxValue)));
    }

    [Fact]
    public void Subtracting_a_period_too_large_for_any_date_gives_the_first_day()
    {
        Assert.Equal(LocalDate.MinIsoValue, PeriodRules.MinusOrMin(D(2000, 1, 1), Period.FromWeeks(int.MaxValue)));
        Assert.Equal(LocalDate.MinIsoValue, PeriodRules.MinusOrMin(D(2000, 1, 1), Period.FromDays(int.MaxValue)));
    }

    [Fact]
    public void Subtracting_within_the_calendar_is_ordinary_date_arithmetic()
    {
        Assert.Equal(D(2019, 2, 28), PeriodRules.MinusOrMin(D(2024, 2, 29), Period.FromYears(5)));
        Assert.Equal(D(-9998, 1, 1), PeriodRules.MinusOrMin(D(-9998, 1, 2), Period.FromDays(1)));
        Assert.Equal(LocalDate.MinIsoValue, D(-9998, 1, 1));
    }

    [Fact]
    public void Adding_past_the_last_day_gives_the_last_day()
    {
        Assert.Equal(LocalDate.MaxIsoValue, PeriodRules.PlusOrMax(LocalDate.MaxIsoValue, Period.FromDays(1)));
        Assert.Equal(LocalDate.MaxIsoValue, PeriodRules.PlusOrMax(D(2000, 1, 1), Period.FromWeeks(int.MaxValue)));
        Assert.Equal(D(9999, 12, 31), PeriodRules.PlusOrMax(D(9999, 12, 30), Period.FromDays(1)));
    }
}
