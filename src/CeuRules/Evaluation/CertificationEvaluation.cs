using System.Collections.Immutable;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Evaluation;

/// <summary>
/// The explained answer for one certification, one transcript and one as-of date: the status, the
/// dates that matter, each requirement's outcome, what happened to every activity and why, the
/// least additional credit that would meet the cycle, and the fees of the route that applies.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CertificationEvaluation
{
    private string? statusExplanation;

    internal CertificationEvaluation(
        Certification certification,
        LocalDate asOf,
        CredentialPolicy policy,
        CertificationStatus status,
        PolicyRule statusRule,
        LocalDate expiresOn,
        DateInterval window,
        PolicyRule windowRule,
        LocalDate lastCeDay,
        ImmutableArray<Deadline> deadlines,
        ExamStanding? exam,
        ImmutableArray<RequirementOutcome> requirements,
        ImmutableArray<ActivityDecision> activities,
        RecertificationPlan plan,
        ImmutableArray<FeeDue> fees,
        ImmutableArray<EvaluationNote> notes,
        ImmutableArray<Finding> findings)
    {
        Certification = certification;
        AsOf = asOf;
        Policy = policy;
        Status = status;
        StatusRule = statusRule;
        ExpiresOn = expiresOn;
        Window = window;
        WindowRule = windowRule;
        LastCeDay = lastCeDay;
        Deadlines = deadlines;
        Exam = exam;
        Requirements = requirements;
        Activities = activities;
        Plan = plan;
        Fees = fees;
        Notes = notes;
        Findings = findings;
    }

    /// <summary>The certification evaluated.</summary>
    public Certification Certification { get; }

    /// <summary>The credential evaluated.</summary>
    public Credential Credential => Certification.Credential;

    /// <summary>The date the evaluation is as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The policy version that governs the cycle.</summary>
    public CredentialPolicy Policy { get; }

    /// <summary>Where the certification stands.</summary>
    public CertificationStatus Status { get; }

    /// <summary>The rule that decided the status (the requirements, the CE time limit or the exam route).</summary>
    public PolicyRule StatusRule { get; }

    /// <summary>The status in words, with the dates and amounts that decided it (composed when first read).</summary>
    public string StatusExplanation => statusExplanation ??= ResultWords.Current.Status(this);

    /// <summary>The last day the credential is current.</summary>
    public LocalDate ExpiresOn { get; }

    /// <summary>The inclusive span in which activities count.</summary>
    public DateInterval Window { get; }

    /// <summary>The rule that set <see cref="Window"/>: the policy's window, or its reactivation window once the credential has expired.</summary>
    public PolicyRule WindowRule { get; }

    /// <summary>The last day recertification by CE is allowed (the expiration itself when there is no CE time limit).</summary>
    public LocalDate LastCeDay { get; }

    /// <summary>The dates that matter, in date order: expiration, last CE day, and the exam route's deadlines.</summary>
    public ImmutableArray<Deadline> Deadlines { get; }

    /// <summary>The first of <see cref="Deadlines"/> that still applies (<see cref="Deadline.Applies"/>), or null when none does.</summary>
    public Deadline? NextDeadline
    {
        get
        {
            foreach (var deadline in Deadlines)
            {
                if (deadline.Applies)
                {
                    return deadline;
                }
            }
            return null;
        }
    }

    /// <summary>
    /// Every route to recertify the policy has, and on the as-of date the exam a lapsed credential needs:
    /// continuing education first, then the exam, then reactivation; each open or closed, able to succeed
    /// or not, with its last day and the rule that decided it.
    /// </summary>
    public ImmutableArray<RouteState> Routes { get; internal init; }

    /// <summary>The one thing to do next and by when, decided from <see cref="Routes"/>.</summary>
    public NextStep NextStep { get; internal init; } = null!;

    /// <summary>The route state of a kind, or null when the evaluation has no such route.</summary>
    /// <param name="route">The route.</param>
    /// <returns>The state, or null.</returns>
    public RouteState? RouteOf(RecertificationRoute route)
    {
        foreach (var state in Routes)
        {
            if (state.Route == route)
            {
                return state;
            }
        }
        return null;
    }

    /// <summary>Where the person stands on the exam route, or null when the policy has none.</summary>
    public ExamStanding? Exam { get; }

    /// <summary>Each requirement's outcome: the minimums in policy order, then the caps.</summary>
    public ImmutableArray<RequirementOutcome> Requirements { get; }

    /// <summary>One decision per activity of the transcript, in transcript order.</summary>
    public ImmutableArray<ActivityDecision> Activities { get; }

    /// <summary>The least additional credit that would meet the cycle.</summary>
    public RecertificationPlan Plan { get; }

    /// <summary>The fees of the route that applies for this person.</summary>
    public ImmutableArray<FeeDue> Fees { get; }

    /// <summary>Remarks on the inputs a person should know about.</summary>
    public ImmutableArray<EvaluationNote> Notes { get; }

    /// <summary>
    /// Problems with the certification itself that make the answer unreliable: a certification dated
    /// after the as-of date (<c>certified-after-as-of</c>) or before <see cref="Certification.EarliestPlausibleDate"/>
    /// (<c>implausible-certification-date</c>, for example a date never set). Empty for a sound certification.
    /// </summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Whether the answer rests on a sound certification: no error in <see cref="Findings"/>.</summary>
    public bool IsReliable => Finding.AreValid(Findings);

    /// <summary>Whether every minimum requirement is met by the counted credit.</summary>
    public bool RequirementsMet
    {
        get
        {
            foreach (var requirement in Requirements)
            {
                if (!requirement.IsMet)
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>Formats the evaluation, for example "CMA (AAMA): in-progress, expires 2026-02-28".</summary>
    /// <returns>The formatted evaluation.</returns>
    public override string ToString() => $"{Credential}: {Status.ToId()}, expires {ExpiresOn:uuuu'-'MM'-'dd}";
}
