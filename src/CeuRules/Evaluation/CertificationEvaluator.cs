using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
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
    private readonly Dictionary<string, PreparedCredential> credentials;

    /// <summary>Creates an evaluator over the built-in policies (<see cref="PolicyCatalog.BuiltIn"/>).</summary>
    public CertificationEvaluator()
        : this(PolicyCatalog.BuiltIn)
    {
    }

    /// <summary>
    /// Creates an evaluator over a catalog of policies, preparing every version once: categories by
    /// index, minimums and caps as numbers, and the requirement lists of every kind of counted credit.
    /// </summary>
    /// <param name="catalog">The policies.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public CertificationEvaluator(PolicyCatalog catalog)
    {
        Catalog = Preconditions.CheckNotNull(catalog);
        credentials = new Dictionary<string, PreparedCredential>(StringComparer.Ordinal);
        foreach (var credential in catalog.Credentials)
        {
            var versions = catalog.VersionsOf(credential);
            var prepared = new PreparedPolicy[versions.Length];
            for (int v = 0; v < versions.Length; v++)
            {
                prepared[v] = new PreparedPolicy(versions[v]);
            }
            credentials.Add(credential.Id, new PreparedCredential(versions, prepared));
        }
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
        var credential = CredentialFor(certification);
        var dates = CycleDates.For(credential.Versions, certification).AsOf(asOf);
        var prepared = credential.Prepared[dates.Version];
        var policy = dates.Policy;
        var activities = transcript.Activities;
        var workspace = Workspace.Current;
        var compiled = workspace.Compiled;
        Admission.Compile(prepared, activities, compiled, workspace, explain: true);

        int asOfDay = DayNumber.Of(asOf);
        int windowStart = DayNumber.Of(dates.WindowStart);
        int windowEnd = DayNumber.Of(dates.WindowEnd);
        var gates = new Admission.GateResult[activities.Length];
        for (int i = 0; i < activities.Length; i++)
        {
            gates[i] = Admission.Gate(compiled.Entries[i], asOfDay, windowStart, windowEnd);
        }
        var allocated = Allocation.Run(prepared, compiled, gates, activities, workspace, out var capRefusals);

        var requirements = Requirements(prepared, allocated);
        Span<long> shortfalls = stackalloc long[prepared.Targets.Length];
        for (int r = 0; r < shortfalls.Length; r++)
        {
            shortfalls[r] = requirements[r].Shortfall.Hundredths;
        }
        bool met = !shortfalls.ContainsAnyExcept(0L);
        int failed = FailedAttempts(policy, certification, asOf);
        var exam = policy.ExamRoute is { } route ? new ExamStanding(route, failed) : null;
        var (status, statusRule) = StatusFor(policy, dates, failed, asOf, met);
        var plan = PlanFor(prepared, dates, shortfalls, allocated.NonApproved, status);
        var decisions = Decisions(prepared, dates, activities, compiled, gates, allocated, capRefusals, asOf);
        workspace.Release();
        return new CertificationEvaluation(
            certification,
            asOf,
            policy,
            status,
            statusRule,
            () => Explain(status, policy, dates, exam, requirements, asOf),
            dates.Expiration,
            dates.Window,
            dates.LastCeDay,
            DeadlinesFor(policy, dates, asOf),
            exam,
            requirements,
            decisions,
            plan,
            FeesFor(policy, certification.IsMember, status),
            NotesFor(certification, asOf));
    }

    /// <summary>
    /// The summary of a certification against a transcript as of a date: status, deadlines and what
    /// is missing, without per-activity explanations. It applies the same rules as
    /// <see cref="Evaluate(Certification, Transcript, LocalDate)"/> and agrees with it on every
    /// figure it reports, and it allocates nothing once the calling thread has evaluated a transcript
    /// as large.
    /// </summary>
    /// <param name="certification">The certification.</param>
    /// <param name="transcript">The person's activities, in any order.</param>
    /// <param name="asOf">The date to summarize as of.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="certification"/> or <paramref name="transcript"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog has no policy for the certification's credential.</exception>
    public CertificationSummary Summarize(Certification certification, Transcript transcript, LocalDate asOf) =>
        Summarize(certification, transcript, asOf, Span<RequirementSummary>.Empty);

    /// <summary>
    /// The summary of a certification against a transcript as of a date, with each requirement's
    /// outcome written to <paramref name="requirements"/> (the minimums in policy order, then the caps,
    /// as in <see cref="CertificationEvaluation.Requirements"/>).
    /// </summary>
    /// <param name="certification">The certification.</param>
    /// <param name="transcript">The person's activities, in any order.</param>
    /// <param name="asOf">The date to summarize as of.</param>
    /// <param name="requirements">Where to write the requirement outcomes; empty to skip them, else at least as long as the governing policy's minimums and caps (<see cref="CertificationSummary.RequirementCount"/> tells how many were written).</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="certification"/> or <paramref name="transcript"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog has no policy for the certification's credential, or <paramref name="requirements"/> is not empty and too short.</exception>
    public CertificationSummary Summarize(Certification certification, Transcript transcript, LocalDate asOf, Span<RequirementSummary> requirements)
    {
        Preconditions.CheckNotNull(certification);
        Preconditions.CheckNotNull(transcript);
        var credential = CredentialFor(certification);
        var dates = CycleDates.For(credential.Versions, certification);
        var prepared = credential.Prepared[dates.Version];
        var workspace = Workspace.Current;
        Admission.Compile(prepared, transcript.Activities, workspace.Compiled, workspace, explain: false);
        var summary = SummaryTally.Run(prepared, dates, workspace.Compiled, null, certification, asOf, requirements);
        workspace.Release();
        return summary;
    }

    /// <summary>
    /// Prepares a certification and its transcript once for repeated summaries (for example a
    /// workforce summarized every day): the governing policy version, the dates of the cycle, and
    /// every activity's admission, which does not depend on the as-of date.
    /// </summary>
    /// <param name="certification">The certification.</param>
    /// <param name="transcript">The person's activities, in any order.</param>
    /// <returns>The prepared evaluation, for <see cref="Summarize(PreparedEvaluation, LocalDate, Span{RequirementSummary})"/> on this evaluator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="certification"/> or <paramref name="transcript"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog has no policy for the certification's credential.</exception>
    public PreparedEvaluation Prepare(Certification certification, Transcript transcript)
    {
        Preconditions.CheckNotNull(certification);
        Preconditions.CheckNotNull(transcript);
        var credential = CredentialFor(certification);
        var dates = CycleDates.For(credential.Versions, certification);
        var prepared = credential.Prepared[dates.Version];
        var workspace = Workspace.Current;
        Admission.Compile(prepared, transcript.Activities, workspace.Compiled, workspace, explain: false);
        var pieces = DatedPiece.From(workspace.Compiled);
        workspace.Release();
        return new PreparedEvaluation(this, certification, transcript, prepared, dates, pieces);
    }

    /// <summary>The summary of a prepared evaluation as of a date; it allocates nothing.</summary>
    /// <param name="prepared">The prepared evaluation, from <see cref="Prepare"/> on this evaluator.</param>
    /// <param name="asOf">The date to summarize as of.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prepared"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="prepared"/> was prepared by another evaluator.</exception>
    public CertificationSummary Summarize(PreparedEvaluation prepared, LocalDate asOf) => Summarize(prepared, asOf, Span<RequirementSummary>.Empty);

    /// <summary>The summary of a prepared evaluation as of a date, with each requirement's outcome written to <paramref name="requirements"/>; it allocates nothing.</summary>
    /// <param name="prepared">The prepared evaluation, from <see cref="Prepare"/> on this evaluator.</param>
    /// <param name="asOf">The date to summarize as of.</param>
    /// <param name="requirements">Where to write the requirement outcomes; empty to skip them, else at least <see cref="PreparedEvaluation.RequirementCount"/> long.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prepared"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="prepared"/> was prepared by another evaluator, or <paramref name="requirements"/> is not empty and too short.</exception>
    public CertificationSummary Summarize(PreparedEvaluation prepared, LocalDate asOf, Span<RequirementSummary> requirements)
    {
        Preconditions.CheckNotNull(prepared);
        Preconditions.CheckArgument(ReferenceEquals(prepared.Evaluator, this), "The evaluation was prepared by another evaluator.", nameof(prepared));
        return SummaryTally.Run(prepared.Policy, prepared.Dates, null, prepared.Pieces, prepared.Certification, asOf, requirements);
    }

    private PreparedCredential CredentialFor(Certification certification)
    {
        if (!credentials.TryGetValue(certification.Credential.Id, out var credential))
        {
            throw new ArgumentException($"The catalog has no policy for the credential '{certification.Credential.Id}'.", nameof(certification));
        }
        return credential;
    }

    /// <summary>A credential's versions, each with its prepared form.</summary>
    private sealed record PreparedCredential(ImmutableArray<CredentialPolicy> Versions, PreparedPolicy[] Prepared);

    private static ImmutableArray<RequirementOutcome> Requirements(PreparedPolicy prepared, Allocated allocated)
    {
        var policy = prepared.Policy;
        var unit = policy.Units.Unit;
        var outcomes = new RequirementOutcome[prepared.OutcomeCount];
        int k = 0;
        for (int r = 0; r < prepared.Targets.Length; r++)
        {
            var requirement = policy.Requirements[r];
            long counted = prepared.Targets[r] switch
            {
                RequirementTarget.Total => allocated.Total,
                RequirementTarget.Category => allocated.ByCategory[prepared.TargetCategory[r]],
                _ => allocated.Approved,
            };
            outcomes[k++] = new RequirementOutcome(requirement.RequirementId, false, requirement, requirement.Minimum, CreditAmount.FromHundredths(counted), CreditAmount.Zero, unit);
        }
        if (policy.NonApprovedCap is { } cap)
        {
            outcomes[k++] = new RequirementOutcome(NonApprovedCap.Id, true, cap, cap.Limit,
                CreditAmount.FromHundredths(allocated.NonApproved), CreditAmount.FromHundredths(allocated.NonApprovedExcluded), unit);
        }
        if (policy.CprCards is { } cpr)
        {
            outcomes[k] = new RequirementOutcome(CprCardRule.Id, true, cpr, cpr.Limit,
                CreditAmount.FromHundredths(allocated.Cpr), CreditAmount.FromHundredths(allocated.CprExcluded), unit);
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(outcomes);
    }

    /// <summary>Failed exam attempts that count: from the start of the cycle, or from the last pass after it, through the as-of date.</summary>
    internal static int FailedAttempts(CredentialPolicy policy, Certification certification, LocalDate asOf)
    {
        if (policy.ExamRoute is null)
        {
            return 0;
        }
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
        return failed;
    }

    /// <summary>The status and the rule that decided it.</summary>
    internal static (CertificationStatus Status, PolicyRule Rule) StatusFor(CredentialPolicy policy, in CycleDates dates, int failedAttempts, LocalDate asOf, bool met)
    {
        if (policy.ExamRoute is { } route && failedAttempts >= route.MaxAttempts)
        {
            return (CertificationStatus.Ineligible, route);
        }
        if (asOf > dates.LastCeDay)
        {
            return (CertificationStatus.LapsedExamRequired, dates.LastCeDayRule);
        }
        if (met)
        {
            return (CertificationStatus.RequirementsMet, policy.Requirements.IsEmpty ? policy.Window : policy.Requirements[0]);
        }
        return asOf <= dates.Expiration
            ? (CertificationStatus.InProgress, policy.Expiration)
            : (CertificationStatus.WithinCeTimeLimit, dates.LastCeDayRule);
    }

    /// <summary>
    /// The least additional credit, in total and approved, that would meet the cycle: the largest of
    /// the lower bounds (the total shortfall, the approved shortfall, and the category shortfalls
    /// together, since credit in one category helps no other); and since credit beyond the
    /// non-approved cap's room would not count, that much more must be approved. Nothing once the CE
    /// route is closed.
    /// </summary>
    internal static (long Total, long Approved) PlanTotals(PreparedPolicy prepared, ReadOnlySpan<long> shortfalls, long nonApprovedCounted, CertificationStatus status)
    {
        if (status is CertificationStatus.LapsedExamRequired or CertificationStatus.Ineligible)
        {
            return (0, 0);
        }
        long totalShortfall = 0;
        long approvedShortfall = 0;
        long categorySum = 0;
        for (int r = 0; r < shortfalls.Length; r++)
        {
            switch (prepared.Targets[r])
            {
                case RequirementTarget.Total:
                    totalShortfall = shortfalls[r];
                    break;
                case RequirementTarget.Approved:
                    approvedShortfall = shortfalls[r];
                    break;
                default:
                    categorySum += shortfalls[r];
                    break;
            }
        }
        long total = Math.Max(totalShortfall, Math.Max(approvedShortfall, categorySum));
        long approved = approvedShortfall;
        if (prepared.CapLimit != PreparedPolicy.NoCap)
        {
            long room = Math.Max(0, prepared.CapLimit - nonApprovedCounted);
            approved = Math.Max(approved, total - room);
        }
        return (total, approved);
    }

    private static RecertificationPlan PlanFor(PreparedPolicy prepared, in CycleDates dates, ReadOnlySpan<long> shortfalls, long nonApprovedCounted, CertificationStatus status)
    {
        var unit = prepared.Policy.Units.Unit;
        var (total, approved) = PlanTotals(prepared, shortfalls, nonApprovedCounted, status);
        var byCategory = ImmutableArray<CategoryNeed>.Empty;
        if (total > 0)
        {
            var builder = ImmutableArray.CreateBuilder<CategoryNeed>();
            for (int r = 0; r < shortfalls.Length; r++)
            {
                if (prepared.Targets[r] == RequirementTarget.Category && shortfalls[r] > 0)
                {
                    builder.Add(new CategoryNeed(prepared.Categories[prepared.TargetCategory[r]], CreditAmount.FromHundredths(shortfalls[r])));
                }
            }
            byCategory = builder.ToImmutable();
        }
        return new RecertificationPlan(unit, CreditAmount.FromHundredths(total), CreditAmount.FromHundredths(approved), byCategory, dates.LastCreditDay);
    }

    private static ImmutableArray<Deadline> DeadlinesFor(CredentialPolicy policy, in CycleDates dates, LocalDate asOf)
    {
        var list = new List<Deadline>(5)
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
        if (policy.FeeOf(FeeKind.Annual) is { } annual && AnnualFeeDue(dates, asOf) is { } due)
        {
            list.Add(new(DeadlineKind.AnnualFee, due, Period.DaysBetween(asOf, due), annual));
        }
        list.Sort(static (x, y) =>
        {
            int c = x.Date.CompareTo(y.Date);
            return c != 0 ? c : x.Kind.CompareTo(y.Kind);
        });
        return list.ToImmutableArray();
    }

    /// <summary>
    /// While the credential is current, the day the annual fee is due: the last day of the
    /// anniversary month, this year's or next year's once it has passed.
    /// </summary>
    internal static LocalDate? AnnualFeeDue(in CycleDates dates, LocalDate asOf)
    {
        if (asOf > dates.Expiration)
        {
            return null;
        }
        var due = AnniversaryMonthEnd(asOf.Year, dates.CycleStart.Month);
        if (due < asOf)
        {
            due = AnniversaryMonthEnd(asOf.Year + 1, dates.CycleStart.Month);
        }
        return due;
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

    private static ImmutableArray<ActivityDecision> Decisions(PreparedPolicy prepared, in CycleDates dates, ImmutableArray<LearningActivity> activities, CompiledTranscript compiled,
        Admission.GateResult[] gates, Allocated allocated, List<NotCountedCredit>?[]? capRefusals, LocalDate asOf)
    {
        var unit = prepared.Policy.Units.Unit;
        var pieces = compiled.Pieces;
        var decisions = new ActivityDecision[activities.Length];
        for (int i = 0; i < activities.Length; i++)
        {
            var entry = compiled.Entries[i];
            var gate = gates[i];
            var counted = ImmutableArray<CountedCredit>.Empty;
            var notCounted = ImmutableArray<NotCountedCredit>.Empty;
            int notes = entry.NoteCount;
            if (gate is Admission.GateResult.Passed or Admission.GateResult.RefusedBefore)
            {
                int countedPieces = 0;
                for (int p = entry.PieceStart; p < entry.PieceStart + entry.PieceCount; p++)
                {
                    countedPieces += allocated.Counted[p] == 0 ? 0 : 1;
                }
                if (countedPieces > 0)
                {
                    var parts = new CountedCredit[countedPieces];
                    int k = 0;
                    for (int p = entry.PieceStart; p < entry.PieceStart + entry.PieceCount; p++)
                    {
                        if (allocated.Counted[p] == 0)
                        {
                            continue;
                        }
                        var piece = pieces[p];
                        parts[k++] = new CountedCredit(
                            CreditAmount.FromHundredths(allocated.Counted[p]),
                            piece.CategoryIndex >= 0 ? prepared.Categories[piece.CategoryIndex] : null,
                            piece.Approved,
                            prepared.RequirementFor(piece.CategoryIndex),
                            prepared.CountsToward(piece.CategoryIndex, piece.Approved, piece.IsCpr));
                    }
                    counted = ImmutableCollectionsMarshal.AsImmutableArray(parts);
                }
                var byCaps = capRefusals?[i];
                if (entry.RefusalCount + (byCaps?.Count ?? 0) > 0)
                {
                    var refused = new NotCountedCredit[entry.RefusalCount + (byCaps?.Count ?? 0)];
                    compiled.Refusals.CopyTo(entry.RefusalStart, refused, 0, entry.RefusalCount);
                    byCaps?.CopyTo(refused, entry.RefusalCount);
                    notCounted = ImmutableCollectionsMarshal.AsImmutableArray(refused);
                }
            }
            else
            {
                notCounted = ImmutableArray.Create(Admission.GateRefusal(gate, dates, activities, i, entry, asOf));
                notes -= entry.GatedNoteCount;
            }
            var noteList = ImmutableArray<string>.Empty;
            if (notes > 0)
            {
                var copied = new string[notes];
                compiled.Notes.CopyTo(entry.NoteStart, copied, 0, notes);
                noteList = ImmutableCollectionsMarshal.AsImmutableArray(copied);
            }
            decisions[i] = new ActivityDecision(activities[i].Id, unit, CreditAmount.FromHundredths(entry.Submitted), counted, notCounted, noteList);
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(decisions);
    }

    private static ImmutableArray<EvaluationNote> NotesFor(Certification certification, LocalDate asOf)
    {
        if (asOf >= certification.CertifiedOn && certification.ExamAttempts.IsEmpty)
        {
            return ImmutableArray<EvaluationNote>.Empty;
        }
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

    private static string Explain(CertificationStatus status, CredentialPolicy policy, in CycleDates dates, ExamStanding? exam, ImmutableArray<RequirementOutcome> requirements, LocalDate asOf)
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
                $"Expired on {Admission.Iso(dates.Expiration)}; reactivation by CE remains possible through {Admission.Iso(dates.LastCeDay)} with credit completed from {Admission.Iso(dates.WindowStart)} to the application; still needed: {missing}.",
            CertificationStatus.WithinCeTimeLimit =>
                $"Expired on {Admission.Iso(dates.Expiration)}; recertification by CE remains possible through {Admission.Iso(dates.LastCeDay)} with credit completed by {Admission.Iso(dates.WindowEnd)}; still needed: {missing}.",
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
