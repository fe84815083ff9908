using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Evaluation;

/// <summary>
/// How a cycle's dates follow a later policy version: the version in force on the expiration derives the
/// expiration again by its own rule, and a later CE time limit's transition applies to a credential still
/// inside its limit on the day the new version takes effect, that day included, but not to a cycle the new
/// version governs.
/// </summary>
public sealed class CycleDatesTest
{
    private static readonly RuleSource Memo = new("Example Clinic memo: revised cycle rules");

    private static CertificationEvaluator Evaluator(CredentialPolicy revised) => new(new PolicyCatalog([TestPolicies.Custom[0], revised]));

    private static CertificationEvaluation Evaluate(CertificationEvaluator evaluator, LocalDate certifiedOn) =>
        evaluator.Evaluate(new Certification(TestPolicies.ClinicCredential, certifiedOn), Transcript.Empty, certifiedOn.PlusDays(10));

    /// <summary>The clinic's policy (one-year cycles, a 30-day CE time limit) revised to two-year cycles from 2025-01-01.</summary>
    private static readonly CertificationEvaluator TwoYearCycles = Evaluator(TestPolicies.Custom[0].Revise("2025", D(2025, 1, 1), "two-year cycles",
        [new ExpirationRule("example-clinic-ma/expiration", Memo, Period.FromYears(2), ExpirationConvention.DayBeforeAnniversary)]));

    /// <summary>
    /// The clinic's policy revised from 2025-06-01 to a 10-day CE time limit, with a transition: a credential
    /// still inside the old 30-day limit on that day is treated as expired on 2025-05-31.
    /// </summary>
    private static readonly CertificationEvaluator ShorterLimit = Evaluator(TestPolicies.Custom[0].Revise("2025", D(2025, 6, 1), "10-day CE time limit",
        [new CeTimeLimit("example-clinic-ma/ce-time-limit", Memo, Period.FromDays(10),
            new CeTimeLimitTransition("example-clinic-ma/ce-time-limit-transition", Memo, D(2025, 5, 31)))]));

    [Fact]
    public void A_cycle_governed_by_a_later_version_takes_its_expiration_from_that_versions_rule()
    {
        // One year under the first version ends 2025-02-28, when the revision is in force: it governs, and
        // its two-year rule gives the expiration.
        var governed = Evaluate(TwoYearCycles, D(2024, 3, 1));
        Assert.Equal("2025", governed.Policy.Version);
        Assert.Equal(D(2026, 2, 28), governed.ExpiresOn);
        Assert.Equal(new DateInterval(D(2024, 3, 1), D(2026, 2, 28)), governed.Window);
        Assert.Equal(D(2026, 3, 30), governed.LastCeDay);

        // A cycle expiring before the revision keeps the first version's one year.
        var earlier = Evaluate(TwoYearCycles, D(2023, 3, 1));
        Assert.Equal("2024", earlier.Policy.Version);
        Assert.Equal(D(2024, 2, 29), earlier.ExpiresOn);
    }

    [Theory]
    [InlineData(2024, 5, 2, 2025, 5, 1, 2025, 5, 31, "example-clinic-ma/ce-time-limit")] // old limit ends 2025-05-31: untouched
    [InlineData(2024, 5, 3, 2025, 5, 2, 2025, 6, 10, "example-clinic-ma/ce-time-limit-transition")] // old limit ends on the effective day: transition
    [InlineData(2024, 5, 31, 2025, 5, 30, 2025, 6, 10, "example-clinic-ma/ce-time-limit-transition")]
    public void A_transition_applies_to_a_credential_still_inside_its_old_limit_on_the_day_the_new_limit_takes_effect(
        int y, int m, int d, int ey, int em, int ed, int ly, int lm, int ld, string ruleId)
    {
        var result = Evaluate(ShorterLimit, D(y, m, d));
        Assert.Equal("2024", result.Policy.Version);
        Assert.Equal(D(ey, em, ed), result.ExpiresOn);
        Assert.Equal(D(ly, lm, ld), result.LastCeDay);

        // The day after the last CE day, the rule that set it is the one named for the lapse.
        var lapsed = ShorterLimit.Evaluate(result.Certification, Transcript.Empty, D(ly, lm, ld).PlusDays(1));
        Assert.Equal(CertificationStatus.LapsedExamRequired, lapsed.Status);
        Assert.Equal(ruleId, lapsed.StatusRule.RuleId);
    }

    [Fact]
    public void A_cycle_expiring_the_day_a_new_limit_takes_effect_is_governed_by_it_and_not_by_its_transition()
    {
        var result = Evaluate(ShorterLimit, D(2024, 6, 2));
        Assert.Equal("2025", result.Policy.Version);
        Assert.Equal(D(2025, 6, 1), result.ExpiresOn);
        // Its own 10 days after its expiration, not 10 days after the transition's deemed expiration (2025-06-10).
        Assert.Equal(D(2025, 6, 11), result.LastCeDay);
    }
}
