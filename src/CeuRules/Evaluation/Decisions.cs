using System;
using System.Collections.Immutable;
using CeuRules.Model;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Evaluation;

/// <summary>
/// One typed fact a decision was made from, by name: a date (<see cref="LocalDate"/>), an amount with
/// its unit (<see cref="Credit"/>), a count (<see cref="int"/> or <see cref="long"/>), a length of time
/// (<see cref="Period"/>), an identifier or a unit (<see cref="string"/>, <see cref="CreditUnit"/>,
/// <see cref="Category"/>, <see cref="LearningActivityKind"/>), or a list of identifiers
/// (<see cref="ImmutableArray{T}"/> of <see cref="string"/>).
/// </summary>
/// <remarks>
/// <para>The names are part of the contract of each decision code (docs/formats.md lists them); the
/// words a person reads are made from these facts by the explanation layer, never the other way round.</para>
/// <para>Equality is by name and value. This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct DecisionArgument : IEquatable<DecisionArgument>
{
    /// <summary>Creates an argument.</summary>
    /// <param name="name">The name, in camel case (for example <c>completedOn</c>).</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public DecisionArgument(string name, object value)
    {
        Name = Preconditions.CheckNotBlank(name);
        Value = Preconditions.CheckNotNull(value);
    }

    /// <summary>The name, in camel case; null only for the default value.</summary>
    public string Name { get; }

    /// <summary>The value; null only for the default value.</summary>
    public object Value { get; }

    /// <inheritdoc/>
    public bool Equals(DecisionArgument other) => Name == other.Name && Equals(Value, other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DecisionArgument other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Value);

    /// <summary>Whether two arguments are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when name and value are equal.</returns>
    public static bool operator ==(DecisionArgument left, DecisionArgument right) => left.Equals(right);

    /// <summary>Whether two arguments differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when name or value differ.</returns>
    public static bool operator !=(DecisionArgument left, DecisionArgument right) => !left.Equals(right);

    /// <summary>The name and the value, for logs.</summary>
    /// <returns>For example "completedOn=2020-01-01".</returns>
    public override string ToString() => $"{Name}={Value}";
}

/// <summary>
/// The stable codes of the evaluation's decisions about activities: why credit did not count
/// (<see cref="NotCountedCredit.Code"/>, finer than <see cref="NotCountedReason"/>) and what an activity's
/// notes record (<see cref="ActivityNote.Code"/>). docs/formats.md lists each code with its arguments.
/// </summary>
public static class DecisionCodes
{
    /// <summary>Completed after the as-of date (<c>completedOn</c>, <c>asOf</c>).</summary>
    public const string AfterAsOf = "after-as-of";

    /// <summary>Completed outside the window (<c>completedOn</c>, <c>windowStart</c>, <c>windowEnd</c>).</summary>
    public const string OutsideWindow = "outside-window";

    /// <summary>Another activity has the same id (<c>activityId</c>).</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>The same activity as another, by content (<c>duplicateOf</c>).</summary>
    public const string DuplicateContent = "duplicate-content";

    /// <summary>The body does not accept the activity's kind (<c>kind</c>).</summary>
    public const string KindNotAccepted = "kind-not-accepted";

    /// <summary>A CPR card of a validity that does not earn credit (<c>validMonths</c> when stated, <c>requiredValidMonths</c>, <c>creditPerCard</c>).</summary>
    public const string CprCardValidity = "cpr-card-validity";

    /// <summary>More CPR cards than count (<c>maxCards</c>, <c>limit</c>).</summary>
    public const string CprOverCap = "cpr-over-cap";

    /// <summary>No credit in a unit the body reads, and no documented duration it could convert (<c>statedUnits</c>).</summary>
    public const string UnknownUnit = "unknown-unit";

    /// <summary>Completed after the last day an activity of its kind may count (<c>completedOn</c>, <c>lastDay</c>, <c>kind</c>).</summary>
    public const string AfterCutoff = "after-cutoff";

    /// <summary>A recurring training repeated within its period (<c>repeatedActivityId</c>, <c>repeatedOn</c>, <c>countsOncePer</c>).</summary>
    public const string RecurringRepeat = "recurring-repeat";

    /// <summary>A self-study program without a purchase date (<c>completeWithin</c>).</summary>
    public const string SelfStudyNoPurchaseDate = "self-study-no-purchase-date";

    /// <summary>A self-study program completed too long after its purchase (<c>completedOn</c>, <c>lastDay</c>, <c>purchasedOn</c>, <c>completeWithin</c>).</summary>
    public const string SelfStudyLate = "self-study-late";

    /// <summary>A category the body does not have (<c>category</c>).</summary>
    public const string UnknownCategory = "unknown-category";

    /// <summary>No category, where the body sorts every unit into one.</summary>
    public const string NoCategory = "no-category";

    /// <summary>More credit claimed than the documented time supports (<c>minutes</c>, <c>minutesPerUnit</c>, <c>supported</c>, <c>claimed</c>).</summary>
    public const string TimeLimit = "time-limit";

    /// <summary>A non-approved activity without a documented duration (<c>minimumMinutes</c>).</summary>
    public const string NoDuration = "no-duration";

    /// <summary>A non-approved activity shorter than the minimum (<c>minutes</c>, <c>minimumMinutes</c>).</summary>
    public const string TooShort = "too-short";

    /// <summary>More non-approved credit claimed than its time supports (<c>minutes</c>, <c>minutesPerUnit</c>, <c>supported</c>, <c>claimed</c>, <c>impliedByUnits</c>).</summary>
    public const string DurationLimit = "duration-limit";

    /// <summary>Non-approved credit beyond the cap on it (<c>limit</c>).</summary>
    public const string NonApprovedOverCap = "non-approved-over-cap";

    /// <summary>Note: a CPR card's own credit lines are not used (<c>creditPerCard</c>).</summary>
    public const string CardLinesUnused = "card-lines-unused";

    /// <summary>Note: credit converted from the documented duration (<c>minutes</c>, <c>minutesPerUnit</c>, <c>credit</c>).</summary>
    public const string ConvertedFromDuration = "converted-from-duration";

    /// <summary>Note: credit converted from another unit (<c>from</c>, <c>factor</c>).</summary>
    public const string ConvertedFromUnit = "converted-from-unit";

    /// <summary>Note: credit lines in units this body does not read, left to other credentials (<c>count</c>).</summary>
    public const string OtherUnits = "other-units";

    /// <summary>Note: a recurring training without a title cannot be matched with earlier ones.</summary>
    public const string UntitledRecurring = "untitled-recurring";
}

/// <summary>The stable codes of an evaluation's notes on its inputs (<see cref="EvaluationNote.Code"/>).</summary>
public static class EvaluationNoteCodes
{
    /// <summary>The as-of date is before the certification date (<c>asOf</c>, <c>certifiedOn</c>).</summary>
    public const string AsOfBeforeCertification = "as-of-before-certification";

    /// <summary>An exam attempt after the as-of date, not counted (<c>attemptOn</c>, <c>asOf</c>).</summary>
    public const string ExamAttemptAfterAsOf = "exam-attempt-after-as-of";

    /// <summary>An exam passed after the certification date restarts the count of failed attempts (<c>attemptOn</c>, <c>certifiedOn</c>).</summary>
    public const string ExamPassedAfterCertification = "exam-passed-after-certification";
}

/// <summary>Building decision arguments inside the engine.</summary>
internal static class Decision
{
    /// <summary>The arguments of a decision, each made with its key (<see cref="ArgumentKey{T}.With"/>).</summary>
    internal static ImmutableArray<DecisionArgument> Args(params ReadOnlySpan<DecisionArgument> arguments) => [.. arguments];
}
