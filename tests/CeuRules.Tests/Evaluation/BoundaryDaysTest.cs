using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using Xunit;

namespace CeuRules.Tests.Evaluation;

/// <summary>
/// The days on which a rule starts or stops applying, each on both sides: a cycle is governed by the latest
/// version in force on its expiration date, that date included; a reactivation window applies from the day
/// after the expiration, never on the expiration day itself.
/// </summary>
public sealed class BoundaryDaysTest
{
    private static readonly RuleSource Memo = new("Example Clinic memo: 20 contact hours from the 2025 cycles");

    /// <summary>The clinic's policy (12 contact hours a year), and a revision of 20 hours in force from <paramref name="effectiveFrom"/>.</summary>
    private static CertificationEvaluator Evaluator(LocalDate effectiveFrom)
    {
        var first = TestPolicies.Custom[0];
        var revised = first.Revise("2025", effectiveFrom, "20 contact hours", [new TotalMinimum("example-clinic-ma/total", Memo, CreditAmount.FromUnits(20))]);
        return new CertificationEvaluator(new PolicyCatalog([first, revised]));
    }

    // Certified 2024-03-01, the cycle expires on 2025-02-28 (the day before the anniversary).
    private static readonly Certification Certified = new(TestPolicies.ClinicCredential, new LocalDate(2024, 3, 1));

    [Theory]
    [InlineData(2025, 2, 27, "2025", 20)]
    [InlineData(2025, 2, 28, "2025", 20)]
    [InlineData(2025, 3, 1, "2024", 12)]
    public void The_version_in_force_on_the_expiration_day_governs_the_cycle(int year, int month, int day, string version, int total)
    {
        var evaluation = Evaluator(new LocalDate(year, month, day)).Evaluate(Certified, Transcript.Empty, new LocalDate(2024, 6, 1));
        Assert.Equal(new LocalDate(2025, 2, 28), evaluation.ExpiresOn);
        Assert.Equal(version, evaluation.Policy.Version);
        var minimum = evaluation.Requirements.Single(r => r.RequirementId == "total");
        Assert.Equal(CreditAmount.FromUnits(total), minimum.Required);
    }

    [Fact]
    public void On_the_expiration_day_the_cycle_window_counts_and_from_the_next_day_the_reactivation_window()
    {
        var certification = new Certification(Credential.AmtRma, new LocalDate(2022, 5, 2));
        var evaluator = new CertificationEvaluator();

        var onTheDay = evaluator.Evaluate(certification, Transcript.Empty, new LocalDate(2025, 5, 1));
        Assert.Equal(new LocalDate(2025, 5, 1), onTheDay.ExpiresOn);
        Assert.Equal(new DateInterval(new LocalDate(2022, 5, 2), new LocalDate(2025, 5, 1)), onTheDay.Window);
        Assert.NotEqual("amt-rma/reactivation-window", onTheDay.WindowRule.RuleId);

        var dayAfter = evaluator.Evaluate(certification, Transcript.Empty, new LocalDate(2025, 5, 2));
        Assert.Equal("amt-rma/reactivation-window", dayAfter.WindowRule.RuleId);
        Assert.Equal(new DateInterval(new LocalDate(2022, 5, 2), new LocalDate(2025, 5, 2)), dayAfter.Window);
    }
}
