using System.Collections.Immutable;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.Evaluation;

/// <summary>One requirement's outcome: a minimum (total, category, approved) or a cap, in the policy's unit.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RequirementOutcome
{
    internal RequirementOutcome(in RequirementSummary row, CreditAmount counted, CreditUnit unit)
    {
        RequirementId = row.RequirementId;
        IsCap = row.IsCap;
        Rule = row.Rule!;
        Required = row.Required;
        Counted = counted;
        Shortfall = row.Shortfall;
        Excluded = row.Excluded;
        Unit = unit;
    }

    /// <summary>The requirement id, for example "total", "category:clinical", "approved", "cap:non-approved".</summary>
    public string RequirementId { get; }

    /// <summary>Whether this is a cap (at most <see cref="Required"/> counts) rather than a minimum.</summary>
    public bool IsCap { get; }

    /// <summary>The rule that sets the requirement.</summary>
    public PolicyRule Rule { get; }

    /// <summary>For a minimum, the amount required; for a cap, the most that counts.</summary>
    public CreditAmount Required { get; }

    /// <summary>The credit counted toward it.</summary>
    public CreditAmount Counted { get; }

    /// <summary>For a minimum, what is still missing, as the engine decided it; always zero for a cap.</summary>
    public CreditAmount Shortfall { get; }

    /// <summary>For a cap, the credit it kept from counting; zero for a minimum.</summary>
    public CreditAmount Excluded { get; }

    /// <summary>The unit of the amounts.</summary>
    public CreditUnit Unit { get; }

    /// <summary>Whether the minimum is met; a cap always holds.</summary>
    public bool IsMet => IsCap || Shortfall.IsZero;

    /// <summary>Formats the outcome, for example "category:clinical 6/10 aama-point (short 4)".</summary>
    /// <returns>The formatted outcome.</returns>
    public override string ToString() => IsCap
        ? $"{RequirementId} {Counted}/{Required} {Unit} (excluded {Excluded})"
        : $"{RequirementId} {Counted}/{Required} {Unit}{(IsMet ? string.Empty : $" (short {Shortfall})")}";
}

/// <summary>Part of an activity's credit that counted, and the requirements it counted toward.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CountedCredit
{
    internal CountedCredit(CreditAmount amount, Category? category, bool approved, string requirementId, ImmutableArray<string> countsToward)
    {
        Amount = amount;
        Category = category;
        Approved = approved;
        RequirementId = requirementId;
        CountsToward = countsToward;
    }

    /// <summary>The amount counted, in the policy's unit.</summary>
    public CreditAmount Amount { get; }

    /// <summary>The category it counted in, or null.</summary>
    public Category? Category { get; }

    /// <summary>Whether it counted as approved by the body.</summary>
    public bool Approved { get; }

    /// <summary>The most specific requirement it counted toward: its category's minimum, or "total".</summary>
    public string RequirementId { get; }

    /// <summary>Every requirement it counted toward, for example "total", "category:clinical", "approved", "cap:cpr".</summary>
    public ImmutableArray<string> CountsToward { get; }

    /// <summary>Formats the credit, for example "2 toward category:clinical".</summary>
    /// <returns>The formatted credit.</returns>
    public override string ToString() => $"{Amount} toward {RequirementId}";
}

/// <summary>
/// Credit of an activity that did not count, with the reason, the decision's stable code, the rule
/// that decided it and that rule's source, and the typed facts it was decided from.
/// </summary>
/// <remarks>
/// <para>The engine decides; it writes no sentence. <see cref="Message"/> is made from the code and the
/// arguments by the explanation layer, in the policy's own unit names, when it is first read.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class NotCountedCredit
{
    private readonly CredentialPolicy policy;
    private string? message;

    internal NotCountedCredit(CreditAmount amount, NotCountedReason reason, string code, string ruleId, RuleSource source, ImmutableArray<DecisionArgument> arguments,
        CredentialPolicy policy)
    {
        Amount = amount;
        Reason = reason;
        Code = code;
        RuleId = ruleId;
        Source = source;
        Arguments = arguments;
        this.policy = policy;
    }

    /// <summary>The amount not counted, in the policy's unit; exact (see <see cref="CreditAmount"/>).</summary>
    public CreditAmount Amount { get; }

    /// <summary>The reason, one of the contract's reasons.</summary>
    public NotCountedReason Reason { get; }

    /// <summary>The decision's stable code, finer than <see cref="Reason"/> (see <see cref="DecisionCodes"/>).</summary>
    public string Code { get; }

    /// <summary>The id of the rule that decided it.</summary>
    public string RuleId { get; }

    /// <summary>The rule's source.</summary>
    public RuleSource Source { get; }

    /// <summary>The facts the decision was made from, by name (see <see cref="DecisionCodes"/> for each code's names).</summary>
    public ImmutableArray<DecisionArgument> Arguments { get; }

    /// <summary>A sentence that explains the decision, made by the explanation layer from <see cref="Code"/> and <see cref="Arguments"/>.</summary>
    public string Message => message ??= ResultWords.Current.NotCounted(this);

    /// <summary>The policy the decision was made under, whose names the explanation uses.</summary>
    internal CredentialPolicy Policy => policy;

    /// <inheritdoc/>
    public override string ToString() => $"{Amount} {Reason.ToId()}: {Message}";
}

/// <summary>
/// A note about how an activity was read: a conversion, lines left to other credentials, a matching
/// that could not be made. A note changes no amount; it records a decision an auditor may want to see.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ActivityNote
{
    private readonly CredentialPolicy policy;
    private string? message;

    internal ActivityNote(string code, string ruleId, RuleSource source, ImmutableArray<DecisionArgument> arguments, CredentialPolicy policy)
    {
        Code = code;
        RuleId = ruleId;
        Source = source;
        Arguments = arguments;
        this.policy = policy;
    }

    /// <summary>The note's stable code (see <see cref="DecisionCodes"/>).</summary>
    public string Code { get; }

    /// <summary>The id of the rule the note is about.</summary>
    public string RuleId { get; }

    /// <summary>The rule's source.</summary>
    public RuleSource Source { get; }

    /// <summary>The facts the note records, by name.</summary>
    public ImmutableArray<DecisionArgument> Arguments { get; }

    /// <summary>A sentence made by the explanation layer from <see cref="Code"/> and <see cref="Arguments"/>.</summary>
    public string Message => message ??= ResultWords.Current.Note(this);

    /// <summary>The policy the note was made under, whose names the explanation uses.</summary>
    internal CredentialPolicy Policy => policy;

    /// <inheritdoc/>
    public override string ToString() => $"{Code}: {Message}";
}

/// <summary>
/// What happened to one submitted activity: how much of its credit counted toward which
/// requirement, and why the rest did not. <see cref="Submitted"/> always equals the counted plus
/// the not-counted amounts.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ActivityDecision
{
    internal ActivityDecision(string activityId, CreditUnit unit, CreditAmount submitted, ImmutableArray<CountedCredit> counted,
        ImmutableArray<NotCountedCredit> notCounted, ImmutableArray<ActivityNote> notes)
    {
        ActivityId = activityId;
        Unit = unit;
        Submitted = submitted;
        Counted = counted;
        NotCounted = notCounted;
        Notes = notes;
    }

    /// <summary>The activity's id.</summary>
    public string ActivityId { get; }

    /// <summary>The policy's unit, in which every amount of this decision is stated.</summary>
    public CreditUnit Unit { get; }

    /// <summary>The credit the activity brought, in the policy's unit (after any conversion).</summary>
    public CreditAmount Submitted { get; }

    /// <summary>The parts that counted.</summary>
    public ImmutableArray<CountedCredit> Counted { get; }

    /// <summary>The parts that did not count, each with its reason.</summary>
    public ImmutableArray<NotCountedCredit> NotCounted { get; }

    /// <summary>Remarks on how the activity was read (for example a conversion applied, or stated lines ignored).</summary>
    public ImmutableArray<ActivityNote> Notes { get; }

    /// <summary>The total counted.</summary>
    public CreditAmount CountedTotal
    {
        get
        {
            var sum = CreditAmount.Zero;
            foreach (var part in Counted)
            {
                sum += part.Amount;
            }
            return sum;
        }
    }

    /// <summary>The total not counted.</summary>
    public CreditAmount NotCountedTotal
    {
        get
        {
            var sum = CreditAmount.Zero;
            foreach (var part in NotCounted)
            {
                sum += part.Amount;
            }
            return sum;
        }
    }

    /// <summary>Formats the decision, for example "a1: 2 submitted, 2 counted".</summary>
    /// <returns>The formatted decision.</returns>
    public override string ToString() => $"{ActivityId}: {Submitted} submitted, {CountedTotal} counted";
}

/// <summary>A date that matters to the person, the rule that sets it, and how far it is from the as-of date.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Deadline
{
    internal Deadline(DeadlineKind kind, LocalDate date, int daysFromAsOf, PolicyRule rule, RecertificationRoute? route, bool applies)
    {
        Kind = kind;
        Date = date;
        DaysFromAsOf = daysFromAsOf;
        Rule = rule;
        Route = route;
        Applies = applies;
    }

    /// <summary>The route the date belongs to, or null for the expiration and for obligations that are not routes (the annual fee).</summary>
    public RecertificationRoute? Route { get; }

    /// <summary>
    /// Whether the date still applies to the person: it is the as-of date or later, and its route is open
    /// and can still succeed (an obligation, while it is due). A date that does not apply is shown only
    /// where it explains why a route closed.
    /// </summary>
    public bool Applies { get; }

    /// <summary>What the date is.</summary>
    public DeadlineKind Kind { get; }

    /// <summary>The date (the last day on which the thing is still possible).</summary>
    public LocalDate Date { get; }

    /// <summary>Days from the as-of date to <see cref="Date"/>; negative once passed.</summary>
    public int DaysFromAsOf { get; }

    /// <summary>The rule that sets the date.</summary>
    public PolicyRule Rule { get; }

    /// <summary>Formats the deadline, for example "last-ce-day 2026-05-29".</summary>
    /// <returns>The formatted deadline.</returns>
    public override string ToString() => $"{Kind.ToId()} {Date:uuuu'-'MM'-'dd}";
}

/// <summary>Where the person stands on the exam route.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ExamStanding
{
    internal ExamStanding(ExamRoute rule, int failedAttempts)
    {
        Rule = rule;
        FailedAttempts = failedAttempts;
    }

    /// <summary>The exam route rule.</summary>
    public ExamRoute Rule { get; }

    /// <summary>The failed attempts that count against the limit (since the cycle started or the last pass).</summary>
    public int FailedAttempts { get; }

    /// <summary>The attempts allowed.</summary>
    public int MaxAttempts => Rule.MaxAttempts;

    /// <summary>The attempts left, never negative.</summary>
    public int AttemptsLeft => FailedAttempts >= Rule.MaxAttempts ? 0 : Rule.MaxAttempts - FailedAttempts;

    /// <summary>Formats the standing, for example "1 of 3 attempts failed".</summary>
    /// <returns>The formatted standing.</returns>
    public override string ToString() => $"{FailedAttempts} of {MaxAttempts} attempts failed";
}

/// <summary>A fee due on the route that applies, with the rule that sets it.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class FeeDue
{
    internal FeeDue(FeeRule rule, Money amount)
    {
        Rule = rule;
        Amount = amount;
    }

    /// <summary>The fee rule.</summary>
    public FeeRule Rule { get; }

    /// <summary>What the fee is for.</summary>
    public FeeKind Kind => Rule.Kind;

    /// <summary>The amount due for this person (member or non-member).</summary>
    public Money Amount { get; }

    /// <summary>Formats the fee, for example "ce-recertification $65.00".</summary>
    /// <returns>The formatted fee.</returns>
    public override string ToString() => $"{Kind.ToId()} {Amount}";
}

/// <summary>The least additional credit needed in one category.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CategoryNeed
{
    internal CategoryNeed(Category category, CreditAmount amount)
    {
        Category = category;
        Amount = amount;
    }

    /// <summary>The category.</summary>
    public Category Category { get; }

    /// <summary>The least additional credit needed in it.</summary>
    public CreditAmount Amount { get; }

    /// <summary>Formats the need, for example "4 clinical".</summary>
    /// <returns>The formatted need.</returns>
    public override string ToString() => $"{Amount} {Category}";
}

/// <summary>
/// The least additional credit that would meet the cycle: in total, per category, and how much of
/// it must be approved by the body. Adding approved activities of these amounts in these categories
/// meets every requirement, and no smaller total would. Empty when the cycle is met, or when only the
/// exam route remains.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RecertificationPlan
{
    internal RecertificationPlan(CreditUnit unit, CreditAmount total, CreditAmount approved, ImmutableArray<CategoryNeed> byCategory, LocalDate completeBy)
    {
        Unit = unit;
        Total = total;
        Approved = approved;
        ByCategory = byCategory;
        CompleteBy = completeBy;
    }

    /// <summary>The unit of the amounts.</summary>
    public CreditUnit Unit { get; }

    /// <summary>The least additional credit in total.</summary>
    public CreditAmount Total { get; }

    /// <summary>How much of <see cref="Total"/> must be approved by the body.</summary>
    public CreditAmount Approved { get; }

    /// <summary>The least additional credit in each category still short; categories already met are left out.</summary>
    public ImmutableArray<CategoryNeed> ByCategory { get; }

    /// <summary>The last day an activity can be completed and still count (the end of the window).</summary>
    public LocalDate CompleteBy { get; }

    /// <summary>Whether nothing more is needed.</summary>
    public bool IsEmpty => Total.IsZero;

    /// <summary>Formats the plan, for example "18 more (10 approved) by 2026-02-28".</summary>
    /// <returns>The formatted plan.</returns>
    public override string ToString() => IsEmpty ? "nothing more needed" : $"{Total} more ({Approved} approved) by {CompleteBy:uuuu'-'MM'-'dd}";
}

/// <summary>A remark on the evaluation's inputs that does not change the outcome but that a person should know.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class EvaluationNote
{
    private string? message;

    internal EvaluationNote(string code, ImmutableArray<DecisionArgument> arguments)
    {
        Code = code;
        Arguments = arguments;
    }

    /// <summary>A stable code, for example "exam-attempt-after-as-of".</summary>
    public string Code { get; }

    /// <summary>The facts the note records, by name (for example <c>asOf</c>, <c>certifiedOn</c>, <c>attemptOn</c>).</summary>
    public ImmutableArray<DecisionArgument> Arguments { get; }

    /// <summary>A sentence naming the value concerned, made by the explanation layer from <see cref="Code"/> and <see cref="Arguments"/>.</summary>
    public string Message => message ??= ResultWords.Current.EvaluationNote(this);

    /// <summary>Formats the note as code and message.</summary>
    /// <returns>The formatted note.</returns>
    public override string ToString() => $"{Code}: {Message}";
}
