using CeuRules.Evaluation;
using CeuRules.Model;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Evaluation;

/// <summary>
/// The NCMA's recurring employer training counts once per 5 years (RULES.md NCMA): a training repeats the last
/// one of its title that counted, not one that was itself a repeat, so it counts again 5 years after the one
/// that counted, that anniversary included.
/// </summary>
public sealed class RecurringTrainingTest
{
    private static LearningActivity Hipaa(string id, LocalDate on) =>
        new(id, LearningActivityKind.EmployerTraining, on) { Title = "HIPAA", DurationMinutes = 60 };

    [Theory]
    [InlineData(2027, 2, 28, false)] // the day before the 5 years from 2022-03-01 have passed: a repeat
    [InlineData(2027, 3, 1, true)] // 5 years from 2022-03-01, though within 5 years of the 2025 repeat
    public void A_training_counts_again_five_years_after_the_one_that_counted_whatever_repeats_came_between(int y, int m, int d, bool counts)
    {
        var result = new CertificationEvaluator().Evaluate(new Certification(Credential.NcctNcma, D(2027, 2, 1)),
            T(Hipaa("hipaa-2022", D(2022, 3, 1)), Hipaa("hipaa-2025", D(2025, 3, 1)), Hipaa("hipaa-2027", D(y, m, d))), D(2027, 6, 1));

        var latest = result.Activities[2];
        if (counts)
        {
            Assert.Equal(CreditAmount.FromUnits(1), latest.CountedTotal);
            Assert.Empty(latest.NotCounted);
        }
        else
        {
            Assert.Equal(CreditAmount.Zero, latest.CountedTotal);
            var repeat = Assert.Single(latest.NotCounted);
            Assert.Equal("ncct-ncma/recurring-training", repeat.RuleId);
            Assert.Contains(new DecisionArgument("repeatedActivityId", "hipaa-2022"), repeat.Arguments);
        }
    }
}
