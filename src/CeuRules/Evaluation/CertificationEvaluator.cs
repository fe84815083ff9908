using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Evaluation;

/// <summary>
/// Evaluates a certification against a transcript as of a date: admission of each activity under
/// the governing policy version, allocation of credit under the caps, the dates of the cycle, and
/// the explained result. The evaluator is a pure function of its inputs: it reads no clock and
/// performs no I/O.
/// </summary>
/// <remarks>
/// An instance is immutable and safe to share across threads.
/// </remarks>
/// <example>
/// <code>
/// var evaluator = new CertificationEvaluator();
/// var certification = new Certification(Credential.AamaCma, new LocalDate(2021, 2, 10)) { IsMember = true };
/// var result = evaluator.Evaluate(certification, transcript, new LocalDate(2026, 11, 23));
/// Console.WriteLine(result.StatusExplanation);
/// </code>
/// </example>
public sealed class CertificationEvaluator
{
    /// <summary>Creates an evaluator over the built-in policies (<see cref="PolicyCatalog.BuiltIn"/>).</summary>
    public CertificationEvaluator()
        : this(PolicyCatalog.BuiltIn)
    {
    }

    /// <summary>Creates an evaluator over a catalog of policies.</summary>
    /// <param name="catalog">The policies.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public CertificationEvaluator(PolicyCatalog catalog)
    {
        Catalog = Preconditions.CheckNotNull(catalog);
    }

    /// <summary>The policies the evaluator applies.</summary>
    public PolicyCatalog Catalog { get; }

    /// <summary>Evaluates a certification against a transcript as of a date.</summary>
    /// <param name="certification">The certification.</param>
    /// <param name="transcript">The person's activities, in any order.</param>
    /// <param name="asOf">The date to evaluate as of: activities completed later do not count, and the status is as of this day.</param>
    /// <returns>The explained result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="certification"/> or <paramref name="transcript"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog has no policy for the certification's credential.</exception>
    public CertificationEvaluation Evaluate(Certification certification, Transcript transcript, LocalDate asOf)
    {
        Preconditions.CheckNotNull(certification);
        Preconditions.CheckNotNull(transcript);
        Preconditions.CheckArgument(Catalog.Contains(certification.Credential),
            $"The catalog has no policy for the credential '{certification.Credential.Id}'.", nameof(certification));

        var dates = CycleDates.For(Catalog, certification, asOf);
        var policy = dates.Policy;
        var activities = transcript.Activities;
        var ranks = TranscriptOrder.Ranks(activities);
        var duplicateOf = TranscriptOrder.DuplicateOf(activities, ranks);
        var admitted = Admission.Run(dates, activities, asOf, ranks, duplicateOf);
        var allocated = Allocation.Run(policy, admitted);

        var requirements = Requirements(policy, allocated);
        bool met = requirements.All(r => r.IsMet);
        var exam = ExamStandingFor(policy, certification, asOf);
        var (status, statusRule) = StatusFor(policy, dates, exam, asOf, met);
        var plan = PlanFor(policy, dates, requirements, allocated, status);
        return new CertificationEvaluation(
            certification,
            asOf,
            policy,
            status,
            statusRule,
            Explain(status, policy, dates, exam, requirements, asOf),
            dates.Expiration,
            dates.Window,
            dates.LastCeDay,
            DeadlinesFor(policy, dates, asOf),
            exam,
            requirements,
            Decisions(policy, activities, admitted, allocated),
            plan,
            FeesFor(policy, certification.IsMember, status),
            NotesFor(certification, asOf));
    }

    private static ImmutableArray<RequirementOutcome> Requirements(CredentialPolicy policy, Allocated allocated)
    {
        var unit = policy.Units.Unit;
        var builder = ImmutableArray.CreateBuilder<RequirementOutcome>(policy.Requirements.Length + 2);
        foreach (var requirement in policy.Requirements)
        {
            long counted = requirement switch
            {
                TotalMinimum => allocated.Total,
                CategoryMinimum byCategory => allocated.ByCategory[policy.Categories!.IndexOf(byCategory.Category)],
                ApprovedMinimum => allocated.Approved,
                _ => throw new InvalidOperationException($"Unknown requirement type {requirement.GetType().Name}."),
            };
            builder.Add(new RequirementOutcome(requirement.RequirementId, false, requirement, requirement.Minimum, CreditAmount.FromHundredths(counted), CreditAmount.Zero, unit));
        }
        if (policy.NonApprovedCap is { } cap)
        {
            builder.Add(new RequirementOutcome(NonApprovedCap.Id, true, cap, cap.Limit,
                CreditAmount.FromHundredths(allocated.NonApproved), CreditAmount.FromHundredths(allocated.NonApprovedExcluded), unit));
        }
        if (policy.CprCards is { } cpr)
        {
            builder.Add(new RequirementOutcome(CprCardRule.Id, true, cpr, cpr.Limit,
                CreditAmount.FromHundredths(allocated.Cpr), CreditAmount.FromHundredths(allocated.CprExcluded), unit));
        }
        return builder.ToImmutable();
    }

    private static ExamStanding? ExamStandingFor(CredentialPolicy policy, Certification certification, LocalDate asOf)
    {
        if (policy.ExamRoute is not { } route)
        {
            return null;
        }
        // Failures count from the start of the cycle, or from the last pass after it.
        var since = certification.CertifiedOn;
        foreach (var attempt in certification.ExamAttempts)
        {
            if (attempt.Passed && attempt.On <= asOf && attempt.On > since)
            {
                since = attempt.On;
            }
        }
        int failed = 0;
        foreach (var attempt in certification.ExamAttempts)
        {
            if (!attempt.Passed && attempt.On > since && attempt.On <= asOf)
            {
                failed++;
            }
        }
        return new ExamStanding(route, failed);
    }

    private static (CertificationStatus Status, PolicyRule Rule) StatusFor(CredentialPolicy policy, CycleDates dates, ExamStanding? exam, LocalDate asOf, bool met)
    {
        if (exam is { AttemptsLeft: 0 })
        {
            return (CertificationStatus.Ineligible, exam.Rule);
        }
        if (asOf > dates.LastCeDay)
        {
            return (CertificationStatus.LapsedExamRequired, dates.LastCeDayRule);
        }
        if (met)
        {
            return (CertificationStatus.RequirementsMet, (PolicyRule?)policy.Requirements.FirstOrDefault() ?? policy.Window);
        }
        return asOf <= dates.Expiration
            ? (CertificationStatus.InProgress, policy.Expiration)
            : (CertificationStatus.WithinCeTimeLimit, dates.LastCeDayRule);
    }

    private static RecertificationPlan PlanFor(CredentialPolicy policy, CycleDates dates, ImmutableArray<RequirementOutcome> requirements, Allocated allocated, CertificationStatus status)
    {
        var unit = policy.Units.Unit;
        if (status is CertificationStatus.LapsedExamRequired or CertificationStatus.Ineligible)
        {
            return new RecertificationPlan(unit, CreditAmount.Zero, CreditAmount.Zero, ImmutableArray<CategoryNeed>.Empty, dates.LastCreditDay);
        }
        // The least total is the largest of the lower bounds: the total shortfall, the approved
        // shortfall, and the category shortfalls together (credit in one category helps no other).
        long totalShortfall = 0;
        long approvedShortfall = 0;
        long categorySum = 0;
        var byCategory = ImmutableArray.CreateBuilder<CategoryNeed>();
        foreach (var outcome in requirements)
        {
            switch (outcome.Rule)
            {
                case TotalMinimum:
                    totalShortfall = outcome.Shortfall.Hundredths;
                    break;
                case ApprovedMinimum:
                    approvedShortfall = outcome.Shortfall.Hundredths;
                    break;
                case CategoryMinimum byCat when !outcome.Shortfall.IsZero:
                    categorySum += outcome.Shortfall.Hundredths;
                    byCategory.Add(new CategoryNeed(byCat.Category, outcome.Shortfall));
                    break;
            }
        }
        long total = Math.Max(totalShortfall, Math.Max(approvedShortfall, categorySum));
        // Credit beyond the non-approved cap's room would not count, so that much more must be approved.
        long approved = approvedShortfall;
        if (policy.NonApprovedCap is { } cap)
        {
            long room = Math.Max(0, cap.Limit.Hundredths - allocated.NonApproved);
            approved = Math.Max(approved, total - room);
        }
        return new RecertificationPlan(unit, CreditAmount.FromHundredths(total), CreditAmount.FromHundredths(approved), byCategory.ToImmutable(), dates.LastCreditDay);
    }

    private static ImmutableArray<Deadline> DeadlinesFor(CredentialPolicy policy, CycleDates dates, LocalDate asOf)
    {
        var list = new List<Deadline>(4)
        {
            new(DeadlineKind.Expiration, dates.Expiration, Period.DaysBetween(asOf, dates.Expiration), policy.Expiration),
            new(DeadlineKind.LastCeDay, dates.LastCeDay, Period.DaysBetween(asOf, dates.LastCeDay), dates.LastCeDayRule),
        };
        if (policy.ExamRoute is { } route)
        {
            if (route.LastDayToApply(dates.Expiration) is { } apply)
            {
                list.Add(new(DeadlineKind.ExamApplication, apply, Period.DaysBetween(asOf, apply), route));
            }
            if (route.LastDayToPass(dates.Expiration) is { } pass)
            {
                list.Add(new(DeadlineKind.ExamPass, pass, Period.DaysBetween(asOf, pass), route));
            }
        }
        if (policy.FeeOf(FeeKind.Annual) is { } annual && asOf <= dates.Expiration)
        {
            // Due by the last day of the anniversary month: this year's, or next year's once it has passed.
            var due = AnniversaryMonthEnd(asOf.Year, dates.CycleStart.Month);
            if (due < asOf)
            {
                due = AnniversaryMonthEnd(asOf.Year + 1, dates.CycleStart.Month);
            }
            list.Add(new(DeadlineKind.AnnualFee, due, Period.DaysBetween(asOf, due), annual));
        }
        return list.OrderBy(d => d.Date).ThenBy(d => d.Kind).ToImmutableArray();
    }

    private static LocalDate AnniversaryMonthEnd(int year, int month) =>
        new LocalDate(Math.Min(year, LocalDate.MaxIsoValue.Year), month, 1).With(DateAdjusters.EndOfMonth);

    private static ImmutableArray<FeeDue> FeesFor(CredentialPolicy policy, bool isMember, CertificationStatus status)
    {
        ReadOnlySpan<FeeKind> kinds = status switch
        {
            CertificationStatus.Ineligible => [],
            CertificationStatus.LapsedExamRequired => [FeeKind.Exam, FeeKind.Reactivation],
            _ => [FeeKind.CeRecertification, FeeKind.Annual],
        };
        var builder = ImmutableArray.CreateBuilder<FeeDue>(kinds.Length);
        foreach (var kind in kinds)
        {
            if (policy.FeeOf(kind) is { } fee)
            {
                builder.Add(new FeeDue(fee, fee.AmountFor(isMember)));
            }
        }
        return builder.ToImmutable();
    }

    private static ImmutableArray<ActivityDecision> Decisions(CredentialPolicy policy, ImmutableArray<LearningActivity> activities, AdmittedTranscript admitted, Allocated allocated)
    {
        var counted = new List<CountedCredit>?[activities.Length];
        var pieces = admitted.Pieces;
        for (int p = 0; p < pieces.Count; p++)
        {
            if (allocated.Counted[p] == 0)
            {
                continue;
            }
            var piece = pieces[p];
            (counted[piece.Activity] ??= new List<CountedCredit>(1)).Add(new CountedCredit(
                CreditAmount.FromHundredths(allocated.Counted[p]), piece.Category, piece.Approved, RequirementFor(policy, piece), CountsToward(policy, piece)));
        }
        var builder = ImmutableArray.CreateBuilder<ActivityDecision>(activities.Length);
        for (int i = 0; i < activities.Length; i++)
        {
            builder.Add(new ActivityDecision(
                activities[i].Id,
                policy.Units.Unit,
                CreditAmount.FromHundredths(admitted.Submitted[i]),
                counted[i]?.ToImmutableArray() ?? ImmutableArray<CountedCredit>.Empty,
                admitted.NotCounted[i]?.ToImmutableArray() ?? ImmutableArray<NotCountedCredit>.Empty,
                admitted.Notes[i]?.ToImmutableArray() ?? ImmutableArray<string>.Empty));
        }
        return builder.MoveToImmutable();
    }

    private static string RequirementFor(CredentialPolicy policy, CreditPiece piece)
    {
        if (piece.Category is { } category)
        {
            foreach (var requirement in policy.Requirements)
            {
                if (requirement is CategoryMinimum byCategory && byCategory.Category == category)
                {
                    return requirement.RequirementId;
                }
            }
        }
        return TotalMinimum.Id;
    }

    private static ImmutableArray<string> CountsToward(CredentialPolicy policy, CreditPiece piece)
    {
        var builder = ImmutableArray.CreateBuilder<string>(4);
        foreach (var requirement in policy.Requirements)
        {
            bool applies = requirement switch
            {
                TotalMinimum => true,
                CategoryMinimum byCategory => piece.Category == byCategory.Category,
                ApprovedMinimum => piece.Approved,
                _ => false,
            };
            if (applies)
            {
                builder.Add(requirement.RequirementId);
            }
        }
        if (!piece.Approved && policy.NonApprovedCap is not null)
        {
            builder.Add(NonApprovedCap.Id);
        }
        if (piece.IsCpr)
        {
            builder.Add(CprCardRule.Id);
        }
        return builder.ToImmutable();
    }

    private static ImmutableArray<EvaluationNote> NotesFor(Certification certification, LocalDate asOf)
    {
        var notes = ImmutableArray.CreateBuilder<EvaluationNote>();
        if (asOf < certification.CertifiedOn)
        {
            notes.Add(new EvaluationNote("as-of-before-certification",
                $"The as-of date {Admission.Iso(asOf)} is before the certification date {Admission.Iso(certification.CertifiedOn)}."));
        }
        foreach (var attempt in certification.ExamAttempts)
        {
            if (attempt.On > asOf)
            {
                notes.Add(new EvaluationNote("exam-attempt-after-as-of",
                    $"The exam attempt on {Admission.Iso(attempt.On)} is after the as-of date {Admission.Iso(asOf)} and is not taken into account."));
            }
            else if (attempt.Passed && attempt.On > certification.CertifiedOn)
            {
                notes.Add(new EvaluationNote("exam-passed-after-certification",
                    $"An exam was passed on {Admission.Iso(attempt.On)}, after the certification date {Admission.Iso(certification.CertifiedOn)}: if it recertified the person, evaluate the new cycle from that date."));
            }
        }
        return notes.ToImmutable();
    }

    private static string Explain(CertificationStatus status, CredentialPolicy policy, CycleDates dates, ExamStanding? exam, ImmutableArray<RequirementOutcome> requirements, LocalDate asOf)
    {
        string missing = string.Join(", ", requirements.Where(r => !r.IsMet).Select(r => Shortfall(r, policy)));
        int daysLeft = Period.DaysBetween(asOf, dates.Expiration);
        return status switch
        {
            CertificationStatus.RequirementsMet when asOf <= dates.Expiration && dates.LastCeDay > dates.Expiration =>
                $"Every requirement is met; apply by {Admission.Iso(dates.Expiration)} to stay current (recertification by CE remains possible through {Admission.Iso(dates.LastCeDay)}).",
            CertificationStatus.RequirementsMet =>
                $"Every requirement is met; recertify by CE by {Admission.Iso(dates.LastCeDay)}.",
            CertificationStatus.InProgress =>
                $"Current until {Admission.Iso(dates.Expiration)} ({daysLeft} days left); still needed: {missing}.",
            CertificationStatus.WithinCeTimeLimit when dates.IsReactivation =>
                $"Expired on {Admission.Iso(dates.Expiration)}; reactivation by CE remains possible through {Admission.Iso(dates.LastCeDay)} with credit completed from {Admission.Iso(dates.Window.Start)} to the application; still needed: {missing}.",
            CertificationStatus.WithinCeTimeLimit =>
                $"Expired on {Admission.Iso(dates.Expiration)}; recertification by CE remains possible through {Admission.Iso(dates.LastCeDay)} with credit completed by {Admission.Iso(dates.Window.End)}; still needed: {missing}.",
            CertificationStatus.LapsedExamRequired =>
                $"Lapsed: the CE route closed on {Admission.Iso(dates.LastCeDay)}; recertify by exam{(exam is null ? string.Empty : $" ({exam.AttemptsLeft} of {exam.MaxAttempts} attempts left)")}.",
            CertificationStatus.Ineligible =>
                $"{exam!.FailedAttempts} failed exam attempts of {exam.MaxAttempts}: {exam.Rule.WhenExhausted}",
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
        };
    }

    private static string Shortfall(RequirementOutcome outcome, CredentialPolicy policy)
    {
        string amount = policy.Units.Describe(outcome.Shortfall);
        return outcome.Rule switch
        {
            TotalMinimum => $"{amount} in total",
            ApprovedMinimum => $"{amount} approved by the {policy.Credential.Body.Acronym}",
            CategoryMinimum byCategory => $"{amount} in the {byCategory.Category} category",
            _ => $"{amount} for {outcome.RequirementId}",
        };
    }
}
