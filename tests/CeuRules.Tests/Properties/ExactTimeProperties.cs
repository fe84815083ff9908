using System;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using FsCheck.Xunit;
using NodaTime;

namespace CeuRules.Tests.Properties;

/// <summary>
/// Time converts exactly: for every body that counts time (NHA, NCCT and a custom policy in contact
/// hours), what is counted is the exact conversion of the total documented time, however the time is
/// split into activities.
/// </summary>
public sealed class ExactTimeProperties
{
    private static readonly CertificationEvaluator Evaluator = new(PolicyCatalog.BuiltIn.With(TestPolicies.Custom));

    private static readonly (Credential Credential, int MinutesPerUnit)[] TimeBased =
    [
        (Credential.NhaCcma, 120),
        (Credential.NcctNcma, 60),
        (TestPolicies.ClinicCredential, 60),
    ];

    [Property(MaxTest = 200)]
    public bool Splitting_time_into_activities_never_changes_what_is_counted(byte which, int[] pieces)
    {
        var (credential, minutesPerUnit) = TimeBased[which % TimeBased.Length];
        var minutes = pieces.Take(30).Select(p => 1 + Math.Abs(p % 500)).ToArray();
        if (minutes.Length == 0)
        {
            return true;
        }
        var certification = new Certification(credential, new LocalDate(2024, 3, 1));
        var asOf = new LocalDate(2024, 9, 1);
        var split = new Transcript(minutes.Select((m, i) => Timed("s" + i, new LocalDate(2024, 4, 1).PlusDays(i), m)));
        var whole = new Transcript([Timed("w", new LocalDate(2024, 4, 1), minutes.Sum())]);
        var splitTotal = Evaluator.Evaluate(certification, split, asOf).Requirements[0].Counted;
        var wholeTotal = Evaluator.Evaluate(certification, whole, asOf).Requirements[0].Counted;
        var exact = CreditAmount.FromFraction(minutes.Sum(), minutesPerUnit);
        var summary = Evaluator.Summarize(certification, split, asOf);
        return splitTotal == exact && wholeTotal == exact && summary.Counted == exact;
    }

    private static LearningActivity Timed(string id, LocalDate on, int minutes) =>
        new(id, LearningActivityKind.Course, on) { Title = "Timed " + id, DurationMinutes = minutes };
}
