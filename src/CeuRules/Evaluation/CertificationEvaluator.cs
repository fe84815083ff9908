using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CeuRules.Evaluation.Engine;
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

        var gate = new DateGate(dates, asOf);
        var gates = workspace.GatesFor(activities.Length);
        for (int i = 0; i < gates.Length; i++)
        {
            gates[i] = Admission.Gate(compiled.Entries[i], gate);
        }
        var storage = default(SumsStorage);
        var verdict = Kernel.Decide(prepared, dates, certification, asOf, compiled.Pieces.AsSpan(0, compiled.PieceCount), storage);
        var allocated = Allocation.Assign(prepared, compiled, gates, activities, workspace, verdict.Taken);

        var requirements = Requirements(prepared, verdict, allocated);
        var exam = policy.ExamRoute is { } route ? new ExamStanding(route, verdict.FailedAttempts) : null;
        var plan = PlanFor(prepared, dates, verdict);
        var decisions = Decisions(prepared, dates, activities, compiled, gates, allocated, workspace.CapRefusals, asOf);
        workspace.Release();
        return new CertificationEvaluation(
            certification,
            asOf,
            policy,
            verdict.Status,
            verdict.StatusRule,
            dates.Expiration,
            dates.Window,
            dates.WindowRule,
            dates.LastCeDay,
            DeadlinesFor(policy, dates, asOf, verdict),
            exam,
            requirements,
            decisions,
            plan,
            FeesFor(policy, dates.LapsePolicy, certification.IsMember, verdict.Routes, asOf > dates.LastCeDay),
            NotesFor(certification, asOf),
            FindingsFor(certification, asOf))
        {
            Routes = RouteRead.States(policy, dates, asOf, verdict),
            NextStep = RouteRead.Step(policy, dates, asOf, verdict, plan),
        };
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
        var workspace = Admit(certification, transcript, out var dates, out var prepared);
        var compiled = workspace.Compiled;
        var summary = SummaryRead.Run(prepared, dates, compiled.Pieces.AsSpan(0, compiled.PieceCount), certification, asOf, requirements);
        workspace.Release();
        return summary;
    }

    /// <summary>
    /// The summary of a certification against a transcript as of a date, with every requirement's
    /// outcome (the minimums in policy order, then the caps), for callers who would rather not size a
    /// span: find one with <see cref="RequirementSummaries.Find(ReadOnlySpan{RequirementSummary}, Category)"/>.
    /// It allocates the array of outcomes; the overload with a span allocates nothing.
    /// </summary>
    /// <param name="certification">The certification.</param>
    /// <param name="transcript">The person's activities, in any order.</param>
    /// <param name="asOf">The date to summarize as of.</param>
    /// <param name="requirements">Every requirement's outcome.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="certification"/> or <paramref name="transcript"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog has no policy for the certification's credential.</exception>
    public CertificationSummary Summarize(Certification certification, Transcript transcript, LocalDate asOf, out ImmutableArray<RequirementSummary> requirements)
    {
        var outcomes = new RequirementSummary[RequirementCountFor(certification)];
        var summary = Summarize(certification, transcript, asOf, outcomes);
        requirements = ImmutableCollectionsMarshal.AsImmutableArray(outcomes);
        return summary;
    }

    /// <summary>How many requirement outcomes a summary of <paramref name="certification"/> writes: the length of the span to pass.</summary>
    /// <param name="certification">The certification.</param>
    /// <returns>The number of minimums and caps of the policy version that governs its cycle.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="certification"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog has no policy for the certification's credential.</exception>
    public int RequirementCountFor(Certification certification)
    {
        Preconditions.CheckNotNull(certification);
        var credential = CredentialFor(certification);
        return credential.Prepared[CycleDates.For(credential.Versions, certification).Version].OutcomeCount;
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
        var workspace = Admit(certification, transcript, out var dates, out var prepared);
        var pieces = workspace.Compiled.LivePieces();
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
        return SummaryRead.Run(prepared.Policy, prepared.Dates, prepared.Pieces, prepared.Certification, asOf, requirements);
    }

    /// <summary>
    /// The engine's admission of <paramref name="transcript"/> under the policy version and dates that govern
    /// <paramref name="certification"/> as of <paramref name="asOf"/>, read as numbers (see <see cref="AdmissionProbe"/>):
    /// the course recommender's entry point. It changes nothing of the evaluation.
    /// </summary>
    internal AdmissionProbe Probe(Certification certification, Transcript transcript, LocalDate asOf)
    {
        Preconditions.CheckNotNull(certification);
        Preconditions.CheckNotNull(transcript);
        var credential = CredentialFor(certification);
        var dates = CycleDates.For(credential.Versions, certification).AsOf(asOf);
        return new AdmissionProbe(credential.Prepared[dates.Version], dates, transcript.Activities, asOf);
    }

    /// <summary>
    /// Admits <paramref name="transcript"/> without explanations under the policy version that governs
    /// <paramref name="certification"/>, into this thread's workspace (the caller releases it): the one
    /// admission of the summary paths.
    /// </summary>
    private Workspace Admit(Certification certification, Transcript transcript, out CycleDates dates, out PreparedPolicy prepared)
    {
        Preconditions.CheckNotNull(certification);
        Preconditions.CheckNotNull(transcript);
        var credential = CredentialFor(certification);
        dates = CycleDates.For(credential.Versions, certification);
        prepared = credential.Prepared[dates.Version];
        var workspace = Workspace.Current;
        Admission.Compile(prepared, transcript.Activities, workspace.Compiled, workspace, explain: false);
        return workspace;
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

    /// <summary>The requirement rows (<see cref="RequirementRows"/>), with what counted toward each: per category, what the assignment counted there.</summary>
    private static ImmutableArray<RequirementOutcome> Requirements(PreparedPolicy prepared, in Verdict verdict, Allocated allocated)
    {
        var unit = prepared.Policy.Units.Unit;
        var rows = new RequirementSummary[prepared.OutcomeCount];
        RequirementRows.Write(prepared, verdict, rows);
        var outcomes = new RequirementOutcome[rows.Length];
        for (int k = 0; k < rows.Length; k++)
        {
            outcomes[k] = new RequirementOutcome(rows[k], prepared.Amount(RequirementRows.Counted(prepared, verdict, allocated.ByCategory, k)), unit);
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(outcomes);
    }

    /// <summary>The plan: the kernel's least figures, total, approved and per category.</summary>
    private static RecertificationPlan PlanFor(PreparedPolicy prepared, in CycleDates dates, in Verdict verdict)
    {
        var needs = verdict.PlanNeeds;
        var byCategory = ImmutableArray<CategoryNeed>.Empty;
        if (verdict.PlanTotal > 0)
        {
            var builder = ImmutableArray.CreateBuilder<CategoryNeed>();
            for (int r = 0; r < needs.Length; r++)
            {
                if (prepared.Targets[r] == RequirementTarget.Category && needs[r] > 0)
                {
                    builder.Add(new CategoryNeed(prepared.Categories[prepared.TargetCategory[r]], prepared.Amount(needs[r])));
                }
            }
            byCategory = builder.ToImmutable();
        }
        return new RecertificationPlan(prepared.Policy.Units.Unit, prepared.Amount(verdict.PlanTotal), prepared.Amount(verdict.PlanApproved), byCategory, dates.LastCreditDay);
    }

    /// <summary>
    /// The dates that matter, each with its route and whether it still applies (ahead, on a route that
    /// is open and can still succeed), read from the routes the kernel decided.
    /// </summary>
    private static ImmutableArray<Deadline> DeadlinesFor(CredentialPolicy policy, in CycleDates dates, LocalDate asOf, in Verdict verdict)
    {
        var routes = verdict.Routes;
        var list = new List<Deadline>(5)
        {
            new(DeadlineKind.Expiration, dates.Expiration, Period.DaysBetween(asOf, dates.Expiration), policy.Expiration, null,
                asOf <= dates.Expiration && routes.Action != NextAction.None),
        };
        if (routes.Reactivation.IsPresent)
        {
            list.Add(new(DeadlineKind.LastReactivationDay, dates.LastCeDay, Period.DaysBetween(asOf, dates.LastCeDay), dates.LastCeDayRule, RecertificationRoute.Reactivation,
                routes.Reactivation.IsOpen));
        }
        else
        {
            list.Add(new(DeadlineKind.LastCeDay, dates.LastCeDay, Period.DaysBetween(asOf, dates.LastCeDay), dates.LastCeDayRule, RecertificationRoute.ContinuingEducation,
                routes.Ce.CanSucceed && asOf <= dates.LastCeDay && dates.LastCeDay > dates.Expiration));
        }
        if (policy.ExamRoute is { } route && !route.OnlyAfterLapse)
        {
            bool examDates = routes.Exam.Code == RouteCodes.ExamWithoutLapse && !verdict.Met;
            if (verdict.ExamApplyBy is { } apply)
            {
                list.Add(new(DeadlineKind.ExamApplication, apply, Period.DaysBetween(asOf, apply), route, RecertificationRoute.Exam, examDates && asOf <= apply));
            }
            if (verdict.ExamPassBy is { } pass)
            {
                list.Add(new(DeadlineKind.ExamPass, pass, Period.DaysBetween(asOf, pass), route, RecertificationRoute.Exam, examDates && asOf <= pass));
            }
        }
        if (policy.FeeOf(FeeKind.Annual) is { } annual && verdict.AnnualFeeDue is { } due)
        {
            list.Add(new(DeadlineKind.AnnualFee, due, Period.DaysBetween(asOf, due), annual, null, routes.Action != NextAction.None));
        }
        list.Sort(static (x, y) =>
        {
            int c = x.Date.CompareTo(y.Date);
            return c != 0 ? c : x.Kind.CompareTo(y.Kind);
        });
        return list.ToImmutableArray();
    }

    /// <summary>
    /// The fees of the next step's route: CE (and the annual fee), the exam (and, once lapsed, reactivation),
    /// reactivation, or none. A lapse's reactivation fee is that of the version whose CE time limit set the
    /// last CE day (a later version's transition), else the governing version's.
    /// </summary>
    private static ImmutableArray<FeeDue> FeesFor(CredentialPolicy policy, CredentialPolicy lapsePolicy, bool isMember, in RouteDecision routes, bool lapsed)
    {
        ReadOnlySpan<FeeKind> kinds = routes.Action switch
        {
            NextAction.None => [],
            NextAction.Exam when lapsed => [FeeKind.Exam, FeeKind.Reactivation],
            NextAction.Exam => [FeeKind.Exam],
            NextAction.Reactivate => [FeeKind.Reactivation],
            _ => [FeeKind.CeRecertification, FeeKind.Annual],
        };
        var builder = ImmutableArray.CreateBuilder<FeeDue>(kinds.Length);
        foreach (var kind in kinds)
        {
            var fee = kind == FeeKind.Reactivation && lapsed ? lapsePolicy.FeeOf(kind) ?? policy.FeeOf(kind) : policy.FeeOf(kind);
            if (fee is not null)
            {
                builder.Add(new FeeDue(fee, fee.AmountFor(isMember)));
            }
        }
        return builder.ToImmutable();
    }

    private static ImmutableArray<ActivityDecision> Decisions(PreparedPolicy prepared, in CycleDates dates, ImmutableArray<LearningActivity> activities, CompiledTranscript compiled,
        ReadOnlySpan<Admission.GateResult> gates, Allocated allocated, List<CapRefusal> capRefusals, LocalDate asOf)
    {
        int nextCapRefusal = 0;
        var unit = prepared.Policy.Units.Unit;
        var pieces = compiled.Pieces;
        var decisions = new ActivityDecision[activities.Length];
        for (int i = 0; i < activities.Length; i++)
        {
            var entry = compiled.Entries[i];
            var gate = gates[i];
            int capStart = nextCapRefusal;
            while (nextCapRefusal < capRefusals.Count && capRefusals[nextCapRefusal].Activity == i)
            {
                nextCapRefusal++;
            }
            int byCaps = nextCapRefusal - capStart;
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
                            prepared.Amount(allocated.Counted[p]),
                            piece.CategoryIndex >= 0 ? prepared.Categories[piece.CategoryIndex] : null,
                            piece.Approved,
                            prepared.RequirementFor(piece.CategoryIndex),
                            prepared.CountsToward(piece.CategoryIndex, piece.Approved, piece.IsCpr));
                    }
                    counted = ImmutableCollectionsMarshal.AsImmutableArray(parts);
                }
                if (entry.RefusalCount + byCaps > 0)
                {
                    var refused = new NotCountedCredit[entry.RefusalCount + byCaps];
                    compiled.Refusals.CopyTo(entry.RefusalStart, refused, 0, entry.RefusalCount);
                    for (int r = 0; r < byCaps; r++)
                    {
                        refused[entry.RefusalCount + r] = capRefusals[capStart + r].Credit;
                    }
                    notCounted = ImmutableCollectionsMarshal.AsImmutableArray(refused);
                }
            }
            else
            {
                notCounted = ImmutableArray.Create(Admission.GateRefusal(gate, prepared, dates, activities, i, entry, asOf));
                notes -= entry.GatedNoteCount;
            }
            var noteList = ImmutableArray<ActivityNote>.Empty;
            if (notes > 0)
            {
                var copied = new ActivityNote[notes];
                compiled.Notes.CopyTo(entry.NoteStart, copied, 0, notes);
                noteList = ImmutableCollectionsMarshal.AsImmutableArray(copied);
            }
            decisions[i] = new ActivityDecision(activities[i].Id, unit, prepared.Amount(entry.Submitted), counted, notCounted, noteList);
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
            notes.Add(new EvaluationNote(EvaluationNoteCodes.AsOfBeforeCertification, Decision.Args(ArgumentKeys.AsOf.With(asOf), ArgumentKeys.CertifiedOn.With(certification.CertifiedOn))));
        }
        foreach (var attempt in certification.ExamAttempts)
        {
            if (attempt.On > asOf)
            {
                notes.Add(new EvaluationNote(EvaluationNoteCodes.ExamAttemptAfterAsOf, Decision.Args(ArgumentKeys.AttemptOn.With(attempt.On), ArgumentKeys.AsOf.With(asOf))));
            }
            else if (attempt.Passed && attempt.On > certification.CertifiedOn)
            {
                notes.Add(new EvaluationNote(EvaluationNoteCodes.ExamPassedAfterCertification, Decision.Args(ArgumentKeys.AttemptOn.With(attempt.On), ArgumentKeys.CertifiedOn.With(certification.CertifiedOn))));
            }
        }
        return notes.ToImmutable();
    }

    /// <summary>Impossible certification dates, as error findings.</summary>
    private static ImmutableArray<Finding> FindingsFor(Certification certification, LocalDate asOf)
    {
        if (certification.CertifiedOn <= asOf && certification.CertifiedOn >= Certification.EarliestPlausibleDate)
        {
            return ImmutableArray<Finding>.Empty;
        }
        var findings = ImmutableArray.CreateBuilder<Finding>(2);
        if (certification.CertifiedOn < Certification.EarliestPlausibleDate)
        {
            findings.Add(ResultWords.Current.CertificationFinding("implausible-certification-date", certification.CertifiedOn, asOf));
        }
        if (certification.CertifiedOn > asOf)
        {
            findings.Add(ResultWords.Current.CertificationFinding("certified-after-as-of", certification.CertifiedOn, asOf));
        }
        return findings.ToImmutable();
    }
}
