using System;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Evaluation;

/// <summary>
/// Where a certification stands as of a date, without per-activity explanations: the status, the
/// dates that matter, how much counts and how much more is needed. It agrees with the explained
/// <see cref="CertificationEvaluation"/> of the same inputs on every figure it reports.
/// </summary>
/// <remarks>
/// A value type, returned by <see cref="CertificationEvaluator.Summarize(Certification, Transcript, LocalDate)"/>
/// and its overloads without allocating. Two summaries are equal when every member is equal (the
/// policy compared by reference). This type is immutable and thread-safe.
/// </remarks>
public readonly struct CertificationSummary : IEquatable<CertificationSummary>
{
    private readonly CredentialPolicy? policy;

    internal CertificationSummary(
        CredentialPolicy policy,
        CertificationStatus status,
        LocalDate asOf,
        LocalDate expiresOn,
        LocalDate lastCeDay,
        LocalDate completeBy,
        LocalDate windowStart,
        LocalDate windowEnd,
        LocalDate? examApplyBy,
        LocalDate? examPassBy,
        LocalDate? annualFeeDue,
        int? examAttemptsLeft,
        CreditAmount counted,
        CreditAmount countedApproved,
        CreditAmount needed,
        CreditAmount neededApproved,
        int requirementCount,
        bool requirementsMet,
        NextAction nextAction,
        LocalDate? nextStepBy,
        RecertificationRoute? nextStepRoute)
    {
        NextAction = nextAction;
        NextStepBy = nextStepBy;
        NextStepRoute = nextStepRoute;
        this.policy = policy;
        Status = status;
        AsOf = asOf;
        ExpiresOn = expiresOn;
        LastCeDay = lastCeDay;
        CompleteBy = completeBy;
        WindowStart = windowStart;
        WindowEnd = windowEnd;
        ExamApplyBy = examApplyBy;
        ExamPassBy = examPassBy;
        AnnualFeeDue = annualFeeDue;
        ExamAttemptsLeft = examAttemptsLeft;
        Counted = counted;
        CountedApproved = countedApproved;
        Needed = needed;
        NeededApproved = neededApproved;
        RequirementCount = requirementCount;
        RequirementsMet = requirementsMet;
    }

    /// <summary>The policy version that governs the cycle.</summary>
    /// <exception cref="InvalidOperationException">The summary is the default value.</exception>
    public CredentialPolicy Policy => policy ?? throw new InvalidOperationException("The default summary has no policy.");

    /// <summary>The credential summarized.</summary>
    /// <exception cref="InvalidOperationException">The summary is the default value.</exception>
    public Credential Credential => Policy.Credential;

    /// <summary>The unit of every amount.</summary>
    /// <exception cref="InvalidOperationException">The summary is the default value.</exception>
    public CreditUnit Unit => Policy.Units.Unit;

    /// <summary>Where the certification stands.</summary>
    public CertificationStatus Status { get; }

    /// <summary>The date the summary is as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The last day the credential is current.</summary>
    public LocalDate ExpiresOn { get; }

    /// <summary>The last day recertification by CE is allowed.</summary>
    public LocalDate LastCeDay { get; }

    /// <summary>The last day on which credit can still be completed and count (as <see cref="RecertificationPlan.CompleteBy"/>).</summary>
    public LocalDate CompleteBy { get; }

    /// <summary>The first day of the window in which activities count.</summary>
    public LocalDate WindowStart { get; }

    /// <summary>The last day of the window in which activities count.</summary>
    public LocalDate WindowEnd { get; }

    /// <summary>The last day to apply for the exam, or null when the exam route sets none.</summary>
    public LocalDate? ExamApplyBy { get; }

    /// <summary>The last day to pass the exam, or null when the exam route sets none.</summary>
    public LocalDate? ExamPassBy { get; }

    /// <summary>While the credential is current, the day the annual fee is due; null when the policy has none or the credential has expired.</summary>
    public LocalDate? AnnualFeeDue { get; }

    /// <summary>The exam attempts left, or null when the policy has no exam route.</summary>
    public int? ExamAttemptsLeft { get; }

    /// <summary>All credit that counts, after the caps.</summary>
    public CreditAmount Counted { get; }

    /// <summary>The counted credit the body approved.</summary>
    public CreditAmount CountedApproved { get; }

    /// <summary>The least additional credit that would meet the cycle (as <see cref="RecertificationPlan.Total"/>); zero once only the exam route remains.</summary>
    public CreditAmount Needed { get; }

    /// <summary>How much of <see cref="Needed"/> must be approved by the body (as <see cref="RecertificationPlan.Approved"/>).</summary>
    public CreditAmount NeededApproved { get; }

    /// <summary>How many requirement outcomes were written to the span passed in (zero when none was).</summary>
    public int RequirementCount { get; }

    /// <summary>Whether every minimum requirement is met by the counted credit.</summary>
    public bool RequirementsMet { get; }

    /// <summary>What to do next (as <see cref="NextStep.Action"/>).</summary>
    public NextAction NextAction { get; }

    /// <summary>The last day to do it, or null when the step has no date (as <see cref="NextStep.By"/>).</summary>
    public LocalDate? NextStepBy { get; }

    /// <summary>The route the next step takes, or null when there is none (as <see cref="NextStep.Route"/>).</summary>
    public RecertificationRoute? NextStepRoute { get; }

    /// <summary>Whether two summaries are equal.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns>True when every member is equal.</returns>
    public static bool operator ==(CertificationSummary left, CertificationSummary right) => left.Equals(right);

    /// <summary>Whether two summaries differ.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns>True when some member differs.</returns>
    public static bool operator !=(CertificationSummary left, CertificationSummary right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(CertificationSummary other) =>
        ReferenceEquals(policy, other.policy) && Status == other.Status && AsOf == other.AsOf && ExpiresOn == other.ExpiresOn
        && LastCeDay == other.LastCeDay && CompleteBy == other.CompleteBy && WindowStart == other.WindowStart && WindowEnd == other.WindowEnd
        && ExamApplyBy == other.ExamApplyBy && ExamPassBy == other.ExamPassBy && AnnualFeeDue == other.AnnualFeeDue
        && ExamAttemptsLeft == other.ExamAttemptsLeft && Counted == other.Counted && CountedApproved == other.CountedApproved
        && Needed == other.Needed && NeededApproved == other.NeededApproved && RequirementCount == other.RequirementCount
        && RequirementsMet == other.RequirementsMet && NextAction == other.NextAction && NextStepBy == other.NextStepBy && NextStepRoute == other.NextStepRoute;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CertificationSummary other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(policy, Status, AsOf, ExpiresOn, Counted, Needed, NeededApproved);

    /// <summary>Formats the summary, for example "aama-cma: in-progress, expires 2026-02-28, 12 more needed".</summary>
    /// <returns>The formatted summary.</returns>
    public override string ToString() => policy is null
        ? "(no summary)"
        : $"{policy.Credential.Id}: {Status.ToId()}, expires {ExpiresOn:uuuu'-'MM'-'dd}, {Needed} more needed, next {NextAction.ToId()}{(NextStepBy is { } by ? $" by {by:uuuu'-'MM'-'dd}" : string.Empty)}";
}

/// <summary>
/// One requirement's outcome in a summary: for a minimum, what is still missing; for a cap, how
/// much it kept from counting. How much counts toward each category is left to the explained
/// evaluation, since it can depend on which activities fill a cap; what is missing does not.
/// </summary>
/// <remarks>
/// A value type. Two outcomes are equal when every member is equal. This type is immutable and
/// thread-safe.
/// </remarks>
public readonly struct RequirementSummary : IEquatable<RequirementSummary>
{
    internal RequirementSummary(PolicyRule rule, string requirementId, bool isCap, CreditAmount required, CreditAmount shortfall, CreditAmount excluded)
    {
        Rule = rule;
        RequirementId = requirementId;
        IsCap = isCap;
        Required = required;
        Shortfall = shortfall;
        Excluded = excluded;
    }

    /// <summary>The rule of the requirement: a <see cref="TotalMinimum"/>, <see cref="CategoryMinimum"/>, <see cref="ApprovedMinimum"/>, <see cref="NonApprovedCap"/> or <see cref="CprCardRule"/>; null only for the default value.</summary>
    public PolicyRule? Rule { get; }

    /// <summary>The category of a category minimum, else null: find the clinical shortfall without matching strings.</summary>
    public Category? Category => (Rule as CategoryMinimum)?.Category;

    /// <summary>The requirement's id, as in <see cref="RequirementOutcome.RequirementId"/> ("total", "category:clinical", "cap:non-approved").</summary>
    public string RequirementId { get; }

    /// <summary>Whether this is a cap (at most) rather than a minimum (at least).</summary>
    public bool IsCap { get; }

    /// <summary>The minimum, or the cap's limit.</summary>
    public CreditAmount Required { get; }

    /// <summary>For a minimum, how much more counted credit it needs; zero for a cap.</summary>
    public CreditAmount Shortfall { get; }

    /// <summary>For a cap, the credit it kept from counting; zero for a minimum.</summary>
    public CreditAmount Excluded { get; }

    /// <summary>Whether the requirement is met (a cap always is).</summary>
    public bool IsMet => IsCap || Shortfall.IsZero;

    /// <summary>Whether two outcomes are equal.</summary>
    /// <param name="left">The first outcome.</param>
    /// <param name="right">The second outcome.</param>
    /// <returns>True when every member is equal.</returns>
    public static bool operator ==(RequirementSummary left, RequirementSummary right) => left.Equals(right);

    /// <summary>Whether two outcomes differ.</summary>
    /// <param name="left">The first outcome.</param>
    /// <param name="right">The second outcome.</param>
    /// <returns>True when some member differs.</returns>
    public static bool operator !=(RequirementSummary left, RequirementSummary right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(RequirementSummary other) =>
        string.Equals(RequirementId, other.RequirementId, StringComparison.Ordinal) && IsCap == other.IsCap && Required == other.Required
        && Shortfall == other.Shortfall && Excluded == other.Excluded;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RequirementSummary other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RequirementId, IsCap, Required, Shortfall, Excluded);

    /// <summary>Formats the outcome, for example "category:clinical short 2.5" or "cap:non-approved excluded 4".</summary>
    /// <returns>The formatted outcome.</returns>
    public override string ToString() => IsCap ? $"{RequirementId} excluded {Excluded}" : $"{RequirementId} short {Shortfall}";
}

/// <summary>Finding a requirement's outcome among the outcomes a summary wrote, by its rule's kind or its category, without matching strings.</summary>
public static class RequirementSummaries
{
    /// <summary>The outcome of the minimum of a category, or null when the policy has none for it.</summary>
    /// <param name="outcomes">The outcomes a summary wrote.</param>
    /// <param name="category">The category, for example <see cref="Category.Clinical"/>.</param>
    /// <returns>The outcome, or null.</returns>
    public static RequirementSummary? Find(ReadOnlySpan<RequirementSummary> outcomes, Category category)
    {
        foreach (var outcome in outcomes)
        {
            if (outcome.Rule is CategoryMinimum byCategory && byCategory.Category == category)
            {
                return outcome;
            }
        }
        return null;
    }

    /// <summary>The first outcome whose rule is a <typeparamref name="TRule"/> (for example <see cref="TotalMinimum"/>, <see cref="ApprovedMinimum"/> or <see cref="NonApprovedCap"/>), or null.</summary>
    /// <typeparam name="TRule">The kind of rule.</typeparam>
    /// <param name="outcomes">The outcomes a summary wrote.</param>
    /// <returns>The outcome, or null.</returns>
    public static RequirementSummary? Find<TRule>(ReadOnlySpan<RequirementSummary> outcomes)
        where TRule : PolicyRule
    {
        foreach (var outcome in outcomes)
        {
            if (outcome.Rule is TRule)
            {
                return outcome;
            }
        }
        return null;
    }
}
