using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Workforce;
using NodaTime;

namespace CeuRules.Spreadsheets.Tests;

/// <summary>The people the next step tests evaluate, as of 2025-11-23.</summary>
internal static class Scenarios
{
    internal static readonly LocalDate AsOf = new(2025, 11, 23);

    internal static readonly WorkforceEvaluator Evaluator = new(new CertificationEvaluator(), 1);

    internal static Certification Cma(LocalDate certifiedOn, params ExamAttempt[] attempts) =>
        new(Credential.AamaCma, certifiedOn) { IsMember = true, ExamAttempts = [.. attempts] };

    /// <summary>A CMA expiring 2025-12-31 whose three exam attempts failed: no route left.</summary>
    internal static Certification Exhausted() => Cma(new LocalDate(2020, 12, 1),
        new ExamAttempt(new LocalDate(2025, 6, 1), false), new ExamAttempt(new LocalDate(2025, 7, 1), false), new ExamAttempt(new LocalDate(2025, 8, 1), false));

    internal static PersonEvaluation Evaluate(string personId, Certification certification, LocalDate? asOf = null) =>
        Evaluator.Evaluate(new Person(personId, [certification], Transcript.Empty), asOf ?? AsOf);
}
